/// <reference types="vite/client" />
import { html } from 'lit';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import type { InputType, StrictArgTypes } from 'storybook/internal/types';

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
  parameters?: { name: string; type?: { text?: string } }[];
  return?: { type?: { text?: string } };
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

// ---------------------------------------------------------------- controls from the manifest

/**
 * The manifest gives each attribute and property its TypeScript type as text
 * (`string | undefined`, `number`, `'a' | 'b'`). Storybook maps only the bare names `string`,
 * `number`, `boolean` to a control and shows a JSON editor for anything else, so the type is
 * read here, once for every widget: `undefined` and `null` are dropped from a union, a union of
 * string literals becomes a choice. The text shown in the docs table stays the manifest's.
 * What the manifest cannot say stays in the stories: a type alias (`CardVariant`: the analyzer
 * does not expand it), a number range, a list of valid ids.
 */
function controlType(text: string): InputType['type'] | undefined {
  const parts = text
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t && t !== 'undefined' && t !== 'null');
  if (parts.length === 1 && ['string', 'number', 'boolean'].includes(parts[0]!)) {
    return { name: parts[0] as 'string' | 'number' | 'boolean' };
  }
  const literals = parts.map((t) => /^(['"])(.*)\1$/.exec(t)?.[2]);
  if (parts.length > 1 && literals.every((l) => l !== undefined)) {
    return { name: 'enum', value: literals as string[] };
  }
  return undefined;
}

/** The public methods of a tag, from the manifest (Storybook's table leaves methods out). */
function methodsOf(tag: unknown): StrictArgTypes {
  if (typeof tag !== 'string' || !manifest?.modules) return {};
  const decl = (manifest.modules as { declarations?: Declaration[] }[])
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === tag);
  const methods = (decl?.members ?? []).filter(
    (m) => m.kind === 'method' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_'),
  );
  return Object.fromEntries(
    methods.map((m) => {
      const signature = `(${(m.parameters ?? []).map((p) => `${p.name}: ${p.type?.text ?? 'unknown'}`).join(', ')}) => ${m.return?.type?.text ?? 'void'}`;
      return [
        `${m.name}()`,
        {
          name: `${m.name}()`,
          description: m.description,
          control: false as const,
          table: { category: 'methods', type: { summary: signature } },
        },
      ];
    }),
  );
}

/** Events, slots, CSS custom properties, parts and methods are documented, not set from a control. */
const DOCUMENTED_ONLY = new Set(['events', 'slots', 'css custom properties', 'css shadow parts', 'methods']);

// ---------------------------------------------------------------- toolbar: locale, easy read, theme

type StoryLocale = 'fr' | 'nl' | 'de' | 'en';
type StoryTheme = 'default' | 'high-contrast' | 'municipal' | 'dark';

/** `easyRead:true` in a URL is the string "true"; the toolbar sets the same string. */
const easyReadOn = (value: unknown): boolean => value === true || value === 'true';

/**
 * Easy read on every widget of a story. A story may hold several widgets, some written
 * with the args, some with fixed attributes: the decorator passes `easy-read: true` in the
 * args (so Lit's own binding agrees), and sets the attribute on every `nc-*` element under
 * the story's canvas, now and whenever one is added or loses it (a MutationObserver, one per
 * canvas, so a widget rendered later is caught too). Switched off, it removes the attribute
 * only where it added it: a story that shows easy read by itself keeps it.
 */
interface EasyReadState {
  on: boolean;
  forced: Set<Element>;
}
const easyReadStates = new WeakMap<Element, EasyReadState>();

function sweepEasyRead(root: Element, state: EasyReadState): void {
  if (state.on) {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('nc-') && !el.hasAttribute('easy-read')) {
        el.setAttribute('easy-read', '');
        state.forced.add(el);
      }
    }
  } else {
    for (const el of state.forced) el.removeAttribute('easy-read');
    state.forced.clear();
  }
}

function applyEasyRead(root: Element | undefined, on: boolean): void {
  if (!root) return;
  let state = easyReadStates.get(root);
  if (!state) {
    if (!on) return;
    const created: EasyReadState = { on, forced: new Set() };
    easyReadStates.set(root, created);
    new MutationObserver(() => created.on && sweepEasyRead(root, created)).observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['easy-read'],
    });
    state = created;
  }
  state.on = on;
  const current = state;
  // After this render: the renderer writes the story into the canvas once the decorators return.
  queueMicrotask(() => sweepEasyRead(root, current));
}

/** The widths the widgets must work at: 320 px (WCAG 1.4.10 reflow), a common phone, a tablet, a laptop. */
const VIEWPORTS = {
  nc320: { name: '320 px (reflow, smallest phone)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
  nc412: { name: '412 px (phone)', styles: { width: '412px', height: '915px' }, type: 'mobile' },
  nc768: { name: '768 px (tablet)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  nc1280: { name: '1280 px (laptop)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
} as const;

const preview: Preview = {
  // A Docs page for every component, its tables from custom-elements.json.
  tags: ['autodocs'],
  argTypesEnhancers: [
    ({ argTypes, component }) => ({
      ...Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => {
          const category = String(argType.table?.category);
          if (DOCUMENTED_ONLY.has(category)) return [name, { ...argType, control: false as const }];
          const text = argType.table?.type?.summary;
          if ((category === 'attributes' || category === 'properties') && typeof text === 'string') {
            const type = controlType(text);
            if (type) return [name, { ...argType, type }];
          }
          return [name, argType];
        }),
      ),
      ...methodsOf(component),
    }),
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
    easyRead: {
      description: 'Easy read (easy-read attribute) on every widget of the story',
      toolbar: {
        title: 'Easy read',
        icon: 'book',
        items: [
          { value: 'false', title: 'Easy read: as the story says' },
          { value: 'true', title: 'Easy read: on for every widget' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Design tokens set on the page around the widget',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default tokens' },
          { value: 'high-contrast', title: 'High contrast (black on white, strong borders)' },
          { value: 'municipal', title: 'Municipal example (green, square corners, host font)' },
          { value: 'dark', title: 'Dark host page (the card keeps its tokens)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: 'fr',
    easyRead: 'false',
    theme: 'default',
  },
  decorators: [
    // The wrapper is the "host page": the widget takes its language from the closest
    // `lang`, so switching the toolbar re-renders it in that language; the theme's tokens
    // are set on it (.storybook/preview-head.html) and inherit into every widget.
    (story, context) => {
      const easyRead = easyReadOn(context.globals.easyRead);
      applyEasyRead(context.canvasElement as Element | undefined, easyRead);
      const args = easyRead && 'easy-read' in context.args ? { ...context.args, 'easy-read': true } : context.args;
      return html`<div
        class="nc-sb-page ${context.viewMode === 'story' ? 'nc-sb-page--full' : ''}"
        data-nc-theme=${(context.globals.theme as StoryTheme | undefined) ?? 'default'}
        lang=${(context.globals.locale as StoryLocale | undefined) ?? 'fr'}
      >
        ${story({ args })}
      </div>`;
    },
  ],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    viewport: { options: VIEWPORTS },
    // The accessibility panel runs axe-core (bundled: no request) with the rule sets CI uses.
    a11y: {
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      },
    },
    options: {
      storySort: { order: ['Introduction', 'Theming', 'Data format', 'Accessibility', 'Components'] },
    },
    docs: { toc: { headingSelector: 'h2, h3' } },
  },
};

export default preview;
