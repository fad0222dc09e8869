import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/recommendation-card.js';
import tokens from '../src/shared/tokens.json';
import publicIds from '../src/data/public-ids.json';

/**
 * The token playground: the main global tokens as controls, applied to a card, so a designer
 * sees the widget change while editing them, with the CSS to copy and the contrast of the
 * colour pairs. Names, defaults and descriptions come from src/shared/tokens.json, the one
 * list of tokens (the Theming page's tables are generated from it too).
 */

const TOKENS = [
  '--nc-color-primary',
  '--nc-color-on-primary',
  '--nc-color-surface',
  '--nc-color-text',
  '--nc-font-family',
  '--nc-font-size',
  '--nc-radius',
] as const;
type Token = (typeof TOKENS)[number];

interface PlaygroundArgs extends Record<Token, string> {
  recommendation: string;
  variant: 'full' | 'compact';
}

const listed = (name: Token) => {
  const token = tokens.global.find((t) => t.name === name);
  if (!token) throw new Error(`theming.stories: ${name} is not in src/shared/tokens.json`);
  return token;
};

const isColour = (name: Token) => name.startsWith('--nc-color-');

// ---------------------------------------------------------------- contrast (WCAG 2 relative luminance)

function luminance(hex: string): number | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const digits = m[1]!.length === 3 ? [...m[1]!].map((d) => d + d).join('') : m[1]!;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(digits.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The contrast ratio of two #rgb / #rrggbb colours, or undefined for anything else. */
function contrast(a: string, b: string): number | undefined {
  const [la, lb] = [luminance(a), luminance(b)];
  if (la === undefined || lb === undefined) return undefined;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const PAIRS: { label: string; fg: Token; bg: Token; min: number }[] = [
  { label: 'Text on surface', fg: '--nc-color-text', bg: '--nc-color-surface', min: 4.5 },
  { label: 'Primary (links, button text) on surface', fg: '--nc-color-primary', bg: '--nc-color-surface', min: 4.5 },
  { label: 'Text on primary (« Recommandation » badge)', fg: '--nc-color-on-primary', bg: '--nc-color-primary', min: 4.5 },
];

// ---------------------------------------------------------------- the story

const meta: Meta<PlaygroundArgs> = {
  title: 'Theming/Token playground',
  // Not a component: no Docs page of its own; it is shown in the Theming page.
  tags: ['!autodocs'],
  args: {
    recommendation: 'acces-physique',
    variant: 'compact',
    ...(Object.fromEntries(TOKENS.map((name) => [name, listed(name).default])) as Record<Token, string>),
  },
  argTypes: {
    recommendation: { control: 'select', options: publicIds.recommendations, table: { category: 'card' } },
    variant: { control: 'inline-radio', options: ['full', 'compact'], table: { category: 'card' } },
    ...Object.fromEntries(
      TOKENS.map((name) => [
        name,
        {
          name,
          description: listed(name).description,
          control: isColour(name) ? { type: 'color' } : { type: 'text' },
          table: { category: 'tokens', defaultValue: { summary: listed(name).default } },
        },
      ]),
    ),
  },
  parameters: {
    docs: {
      description: {
        component:
          'Edit the tokens in the controls: the card changes as you type. Copy the CSS below into your site’s stylesheet.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<PlaygroundArgs>;

export const TokenPlayground: Story = {
  name: 'Token playground',
  render: (args) => {
    const changed = TOKENS.filter((name) => args[name] && args[name] !== listed(name).default);
    const css = changed.length
      ? `nc-recommendation-card {\n${changed.map((name) => `  ${name}: ${args[name]};`).join('\n')}\n}`
      : '/* All tokens at their defaults: nothing to write. */';
    const values = Object.fromEntries(TOKENS.map((name) => [name, args[name] || listed(name).default]));
    return html`<div class="nc-sb-playground" style=${styleMap(values)}>
      <nc-recommendation-card recommendation=${args.recommendation} variant=${args.variant}
        ><a href="#recommandations">Lire les recommandations de la journée sur notre site</a></nc-recommendation-card
      >
      <section class="nc-sb-playground__notes" aria-label="CSS and contrast">
        <p><strong>Your CSS</strong></p>
        <pre><code>${css}</code></pre>
        <p><strong>Contrast</strong> (WCAG 2.2, 1.4.3: 4.5:1 for text)</p>
        <ul>
          ${PAIRS.map(({ label, fg, bg, min }) => {
            const ratio = contrast(values[fg]!, values[bg]!);
            return html`<li>
              ${label}:
              ${ratio === undefined
                ? html`not measured (give both colours as #rrggbb)`
                : html`<strong>${ratio.toFixed(2)}:1</strong>
                    ${ratio >= min ? html`(at least ${min}:1, fine)` : html`<strong>below ${min}:1, too low</strong>`}`}
            </li>`;
          })}
        </ul>
      </section>
    </div>`;
  },
};
