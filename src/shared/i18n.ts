/**
 * Per-widget UI strings on top of @lit/localize's XLIFF workflow.
 *
 * @lit/localize's own runtime keeps ONE active locale and ONE `msg` per module
 * instance, and `configureLocalization` throws the second time it is called. A library
 * that called it would break a host app that localises with @lit/localize too, and
 * could not show a French and a Dutch widget side by side. So we never call it:
 *
 * - `msg` below is our own function, typed as @lit/localize's `msg`, so that
 *   `lit-localize extract` still finds every call (it recognises the type brand) and
 *   `lit-localize build` still writes `src/generated/locales/<locale>.ts`.
 * - Each widget resolves its own locale. While it renders (synchronously, inside
 *   `withLocale`), `msg` looks strings up in that locale's templates. Outside a render
 *   it returns the French source.
 * - Every call names its id (`msg('…', { id: 'card.details' })`): stable ids for
 *   translators, and no message hashing shipped to browsers.
 * - Locale modules load lazily, once per page and widget: a French page loads none, a Dutch
 *   card only the card's strings.
 */
import type { Locale } from '../data/model.js';
import { chunkFailed } from '../util/retry.js';

/**
 * What `str\`…\`` returns: the same shape as @lit/localize's (the generated locale modules
 * build it with their own copy of the tag). Our own code, not @lit/localize's `internal/`
 * files (which exist only because that package has no exports map): nothing at run time
 * comes from @lit/localize, whose tools stay a build-time dependency.
 */
export interface StrResult {
  strTag: true;
  strings: readonly string[];
  values: readonly unknown[];
}
/** A locale's templates: message id → string or `str` result (values in the translation's order). */
type TemplateMap = Record<string, string | StrResult | unknown>;

/**
 * Tag for strings with values: `msg(str\`Question ${n}\`, { id })`. Its type carries
 * @lit/localize's brand, so that `lit-localize extract` recognises it.
 */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({ strTag: true, strings, values })) as ((
  strings: TemplateStringsArray,
  ...values: unknown[]
) => StrResult) & { _LIT_LOCALIZE_STR_?: never };

type Target = Exclude<Locale, 'fr'>;

/**
 * One widget's UI strings, one lazy module per locale (src/generated/messages/<widget>.<locale>.ts,
 * split by scripts/messages.mjs from lit-localize's output): a Dutch card downloads the card's
 * strings, not the finder's. Each module also holds the shared strings (errors, states).
 */
export type MessagePack = Record<Target, () => Promise<{ templates: TemplateMap }>>;

/** Per locale, the strings of every pack loaded so far (ids are unique across packs). */
const templates = new Map<Locale, TemplateMap>();
/** Per pack and locale: the load under way, or `true` once its strings are in `templates`. */
const packs = new WeakMap<MessagePack, Map<Locale, Promise<void> | true>>();

/** True when the UI strings of `pack` in `locale` are ready to render synchronously. */
export function messagesReady(locale: Locale, pack: MessagePack | undefined): boolean {
  return locale === 'fr' || !pack || packs.get(pack)?.get(locale) === true;
}

/** Loads the UI strings of `pack` in `locale` (once per page). */
export function loadMessages(locale: Locale, pack: MessagePack | undefined): Promise<void> {
  if (messagesReady(locale, pack)) return Promise.resolve();
  let mine = packs.get(pack!);
  if (!mine) packs.set(pack!, (mine = new Map()));
  let p = mine.get(locale) as Promise<void> | undefined;
  if (!p) {
    p = pack![locale as Target]().then(
      (mod) => {
        templates.set(locale, Object.assign(templates.get(locale) ?? {}, mod.templates));
        mine.set(locale, true);
      },
      (error: unknown) => {
        mine.delete(locale); // allow a retry
        chunkFailed();
        throw error;
      },
    );
    mine.set(locale, p);
  }
  return p;
}

let active: TemplateMap | undefined;
let activeLocale: Locale = 'fr';

/** Runs `fn` (a synchronous render) with `locale` as the locale of `msg` and `plural`. */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  const previous = [active, activeLocale] as const;
  active = templates.get(locale);
  activeLocale = active ? locale : 'fr';
  try {
    return fn();
  } finally {
    [active, activeLocale] = previous;
  }
}

/** The plural forms of one message, each a `msg` call with its own id (`….count#one`, `….count#other`). */
export interface PluralForms {
  zero?: () => string;
  one?: () => string;
  two?: () => string;
  few?: () => string;
  many?: () => string;
  other: () => string;
}

const rules = new Map<Locale, Intl.PluralRules>();

/**
 * The form of a count in the current locale, by `Intl.PluralRules` (lit-localize has no
 * plurals): `plural(n, { one: () => msg(str\`${n} guichet\`, { id: 'finder.count#one' }), other: … })`.
 * French 0 and 1 are `one`; Dutch, German and English 0 is `other`. A form the message
 * does not give (`many`…) falls back to `other`. Each form is its own XLIFF unit, so
 * translators see and translate every form.
 */
export function plural(n: number, forms: PluralForms): string {
  const locale = activeLocale;
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return (forms[r.select(n)] ?? forms.other)();
}

type Message = string | StrResult;

/** Joins a `str` template's strings and values; `order` maps translated slots to source values. */
function join(strings: readonly string[], values: readonly unknown[], order?: readonly unknown[]): string {
  let out = strings[0];
  for (let i = 1; i < strings.length; i++) out += String(values[order ? (order[i - 1] as number) : i - 1]) + strings[i];
  return out;
}

function lookup(template: Message, options: { id: string }): string {
  const translated = active?.[options.id] as Message | undefined;
  if (typeof template === 'string') return typeof translated === 'string' ? translated : template;
  return translated && typeof translated !== 'string'
    ? join(translated.strings, template.values, translated.values)
    : join(template.strings, template.values);
}

/**
 * Localised UI string, for use inside a widget's render: `msg('Réessayer', { id: 'retry' })`
 * or `msg(str\`… ${n} …\`, { id: '…' })`. Typed as @lit/localize's `msg` so that its
 * extractor finds the calls.
 */
export const msg = lookup as unknown as ((template: Message, options: { id: string; desc?: string }) => string) & {
  _LIT_LOCALIZE_MSG_?: never;
};

