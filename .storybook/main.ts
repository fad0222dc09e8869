import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook reads the project's vite.config.ts: its `build` key (library mode) is ignored,
 * its `plugins` are kept. `nc-minify` is dropped here: it re-minifies the library's chunks,
 * which Storybook's own build already minifies.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // addon-a11y runs axe-core in the preview (bundled into the static build: no other origin).
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  staticDirs: [
    // The error stories point `src` at these files (relative URLs: fixtures/…).
    // The directory export example is kept once, in test/fixtures/ (the tests and the demo read it there).
    { from: '../test/fixtures/contacts-en-wallonie-example.json', to: '/fixtures/contacts-en-wallonie-example.json' },
    { from: '../stories/fixtures', to: '/fixtures' },
    // The JSON Schema of the data format, linked from the Data format page.
    { from: '../schema', to: '/schema' },
  ],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  viteFinal(viteConfig) {
    viteConfig.plugins = (viteConfig.plugins ?? []).filter(
      (p) => !(p && typeof p === 'object' && 'name' in p && p.name === 'nc-minify'),
    );
    // The renderer imports lit/directive-helpers.js; pre-bundled with the rest of Lit, the dev
    // server loads one Lit, not two ("Multiple versions of Lit loaded").
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'],
    };
    return viteConfig;
  },
};

export default config;
