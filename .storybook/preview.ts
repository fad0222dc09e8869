/// <reference types="vite/client" />
import { html } from 'lit';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';

// ---------------------------------------------------------------- the manifest

/**
 * custom-elements.json is generated (`npm run build`, and `prebuild-storybook` before
 * `npm run build-storybook`); it is not committed. `import.meta.glob` gives `{}` when the
 * file is missing, so Storybook still starts, without the API tables.
 */
const found = import.meta.glob<{ modules?: unknown[] }>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(found)[0];

interface Item {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  fieldName?: string;
  description?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Item[];
  members?: Item[];
  slots?: Item[];
}

/**
 * The docs tables show the public API only: no private or protected members, no static
 * fields; a property that has an attribute is listed once, under its attribute; the
 * default slot (name "") gets a name, or Storybook would skip it.
 */
function publicApi(cem: { modules?: unknown[] }): unknown {
  const modules = (cem.modules ?? []) as { declarations?: Declaration[] }[];
  return {
    ...cem,
    modules: modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((decl) => {
        if (!decl.tagName) return decl;
        const attributes = decl.attributes ?? [];
        const fields = new Set(attributes.map((a) => a.fieldName ?? a.name));
        return {
          ...decl,
          attributes: attributes.map((a) =>
            a.fieldName && a.fieldName !== a.name
              ? { ...a, description: `${a.description ?? ''} (Property: \`${a.fieldName}\`.)`.trim() }
              : a,
          ),
          members: decl.members?.filter(
            (m) => !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_') && !fields.has(m.name),
          ),
          slots: decl.slots?.map((s) => (s.name ? s : { ...s, name: 'default' })),
        };
      }),
    })),
  };
}

if (manifest?.modules) {
  setCustomElementsManifest(publicApi(manifest));
} else {
  console.warn('[storybook] custom-elements.json not found: run `npm run build` (or `npx cem analyze`) for the API tables.');
}

// ---------------------------------------------------------------- toolbar: locale and theme

type StoryLocale = 'fr' | 'nl' | 'de' | 'en';
type StoryTheme = 'default' | 'dark' | 'custom';

/** Events, slots, CSS custom properties and parts are documented, not set from a control. */
const DOCUMENTED_ONLY = new Set(['events', 'slots', 'css custom properties', 'css shadow parts']);

const preview: Preview = {
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => [
          name,
          DOCUMENTED_ONLY.has(String(argType.table?.category)) ? { ...argType, control: false as const } : argType,
        ]),
      ),
  ],
  globalTypes: {
    locale: {
      description: 'Language of the page around the widget (lang attribute of a wrapper element)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'fr', right: 'fr', title: 'Français' },
          { value: 'nl', right: 'nl', title: 'Nederlands' },
          { value: 'de', right: 'de', title: 'Deutsch' },
          { value: 'en', right: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Host page and design tokens',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default tokens, light page' },
          { value: 'dark', title: 'Dark host page' },
          { value: 'custom', title: 'A municipality’s tokens (colour, font, radius)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: 'fr',
    theme: 'default',
  },
  decorators: [
    // The wrapper is the "host page": the widget takes its language from the closest
    // `lang`, so switching the toolbar re-renders it in that language.
    (story, context) => html`<div
      class="nc-sb-page ${context.viewMode === 'story' ? 'nc-sb-page--full' : ''}"
      data-nc-theme=${(context.globals.theme as StoryTheme | undefined) ?? 'default'}
      lang=${(context.globals.locale as StoryLocale | undefined) ?? 'fr'}
    >
      ${story()}
    </div>`,
  ],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    viewport: {
      options: {
        nc320: { name: 'Small phone (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        nc768: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
      },
    },
    options: {
      storySort: { order: ['Introduction', 'Theming', 'Data format', 'Components'] },
    },
    docs: { toc: { headingSelector: 'h2, h3' } },
  },
};

export default preview;
