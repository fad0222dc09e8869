/**
 * The hostile data corpus of test/hardening-data.test.ts (issue 15 part 5), generated at test
 * time: wrong types, missing French, broken hours, 1 MB strings, markup and script payloads in
 * every text field, javascript:/data:/vbscript: URLs, duplicate ids, unknown references, empty
 * collections, deep nesting, prototype keys, files that are not data at all. Each case says
 * which widget reads it, what must still be shown, and which entries are bad (each must get
 * exactly one console error naming its collection, index and field).
 */
import type { Tag } from './hardening.js';

/** A bad entry: `collection[index]`, and the field its one console error names ('' for the entry itself). */
export interface Bad {
  at: string;
  field: string;
}

export interface Case {
  name: string;
  tag: Tag;
  /** Attributes of the widget besides `src`. */
  attrs?: string;
  /** The file: an object (sent as JSON) or raw text. */
  body: unknown;
  /** What the widget ends in. */
  state: 'content' | 'error' | 'empty' | 'not-found';
  /** Texts that must be shown (valid entries). */
  shows?: string[];
  /** The bad entries, each with its one error. */
  bad?: Bad[];
  /** For a file refused as a whole: its console error after the URL (`not valid JSON`…). */
  fileError?: string | RegExp;
  /** Other console errors this case causes (exact text after the source, or a widget's own message). */
  alsoLogged?: RegExp[];
}

/** Sets `parent.__ncPwned` (the test page) and `__ncPwned` (the frame) if it ever runs. */
const RUN = `parent.__ncPwned=(parent.__ncPwned||0)+1;window.__ncPwned=1`;
/** Markup and script payloads for text fields: each is shown as text, none runs. */
export const PAYLOADS = [
  `<img src=x onerror="${RUN}">`,
  `<script>${RUN}</script>`,
  `"><svg onload="${RUN}"></svg>`,
  `</p><iframe srcdoc="<script>${RUN}</script>"></iframe>`,
  `{{constructor.constructor('${RUN}')()}}`,
  `\${${RUN}}`,
  `<a href="javascript:${RUN}">lien</a>`,
  `&lt;b&gt;&amp;amp;<style>*{display:none}</style>`,
  `\u202eettirC\u202c <details open ontoggle="${RUN}">`,
];
export const PAYLOAD_URLS = [
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  ` javascript:${RUN}`,
  `java\tscript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  `vbscript:msgbox(1)`,
  `javascript://https://example.org/%0a${RUN}`,
];

const MB = 1024 * 1024;
const big = (n: number, unit = 'Lorem ipsum dolor sit amet, ') => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const deep = (depth: number): unknown => {
  let v: unknown = 'fond';
  for (let i = 0; i < depth; i++) v = i % 2 ? { x: v } : [v];
  return v;
};

// ---------------------------------------------------------------- valid entries

export const partner = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: { fr: name },
  type: 'commune',
  role: { fr: 'partenaire' },
  ...extra,
});
export const recommendation = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'recommandation',
  theme: 'acces-et-lien-social',
  title: { fr: title },
  summary: { fr: 'Un résumé.' },
  reported: { fr: 'Ce que l’équipe a constaté.' },
  actions: [{ text: { fr: 'Une action.' }, origin: 'suggestion' }],
  easyRead: { title: { fr: 'Facile' }, summary: { fr: 'Facile à lire.' } },
  ...extra,
});
export const question = (id: string, text: string, extra: Record<string, unknown> = {}) => ({
  id,
  theme: 'acces-et-lien-social',
  basis: 'acces-physique',
  audiences: ['institution'],
  weight: 2,
  text: { fr: text },
  easyRead: { fr: `${text} (facile)` },
  scores: { oui: 1, 'en-partie': 0.5, non: 0 },
  ...extra,
});
export const guichet = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: { fr: name },
  example: false,
  type: 'cpas',
  services: ['aide-sociale'],
  address: { postalCode: '1300', city: { fr: 'Wavre' } },
  walkIn: { slots: [{ days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '09:00', closes: '12:00' }] },
  ...extra,
});

const file = (collections: Record<string, unknown>) => ({ formatVersion: 1, ...collections });

// ---------------------------------------------------------------- the cases

function partnerCases(): Case[] {
  const ok = partner('valide', 'Partenaire valide');
  const tag = 'nc-partner-list' as const;
  const one = (name: string, bad: unknown, field: string): Case => ({
    name,
    tag,
    body: file({ partners: [ok, bad] }),
    state: 'content',
    shows: ['Partenaire valide'],
    bad: [{ at: 'partners[1]', field }],
  });
  return [
    one('partners: name is a string, not an object', { ...partner('a', 'x'), name: 'Nom' }, 'name'),
    one('partners: name.fr is a number', { ...partner('a', 'x'), name: { fr: 42 } }, 'name.fr'),
    one('partners: missing French (name in Dutch only)', { ...partner('a', 'x'), name: { nl: 'Alleen Nederlands' } }, 'name.fr'),
    one('partners: missing French (role in German only)', { ...partner('a', 'x'), role: { de: 'Partner' } }, 'role.fr'),
    one('partners: empty French name', { ...partner('a', 'x'), name: { fr: '   ' } }, 'name.fr'),
    one('partners: type is a number', { ...partner('a', 'x'), type: 7 }, 'type'),
    one('partners: languages is a string', partner('a', 'x', { languages: 'fr' }), 'languages'),
    one('partners: shortName is an object', partner('a', 'x', { shortName: {} }), 'shortName'),
    one('partners: an entry that is null', null, ''),
    one('partners: an entry that is a number', 42, ''),
    one('partners: an entry that is an array', [partner('a', 'x')], ''),
    one('partners: id with markup', partner('<b>id</b>', 'x'), 'id'),
    one('partners: a 1 MB id (capitals: not an id)', partner(big(MB, 'A'), 'x'), 'id'),
    one('partners: an unknown field holding 10 000 levels of nesting', partner('a', 'x', { junk: deep(10_000) }), 'junk'),
    one('partners: description nested instead of text', partner('a', 'x', { description: { fr: deep(500) } }), 'description.fr'),
    one('partners: a __proto__ field', JSON.parse(`{"id":"a","name":{"fr":"x"},"type":"commune","role":{"fr":"p"},"__proto__":{"polluted":1}}`), '__proto__'),
    ...PAYLOAD_URLS.map((url, i) => one(`partners: website ${JSON.stringify(url.slice(0, 24))}`, partner(`u${i}`, 'x', { url }), 'url')),
    ...PAYLOAD_URLS.slice(0, 5).map((logo, i) => one(`partners: logo ${JSON.stringify(logo.slice(0, 24))}`, partner(`l${i}`, 'x', { logo }), 'logo')),
    one('partners: logo data:image/svg+xml with a script', partner('a', 'x', { logo: `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${RUN}"/>` }), 'logo'),
    {
      name: 'partners: markup and script payloads in every text field (shown as text)',
      tag,
      body: file({
        partners: PAYLOADS.map((p, i) =>
          partner(`p${i}`, `Nom ${i} ${p}`, { shortName: `C${i}${p}`, role: { fr: `Rôle ${p}` }, description: { fr: `Description ${p}` }, url: `https://example.org/?q="><script>${RUN}</script>` }),
        ),
      }),
      attrs: 'show-description layout="list"',
      state: 'content',
      shows: PAYLOADS.map((p, i) => `Nom ${i} ${p}`),
    },
    {
      name: 'partners: duplicate ids (the second is dropped)',
      tag,
      body: file({ partners: [ok, partner('valide', 'Doublon')] }),
      state: 'content',
      shows: ['Partenaire valide'],
      bad: [{ at: 'partners[1] "valide"', field: 'id' }],
    },
    {
      name: 'partners: "constructor" as an id (refused: every object has one), "tostring" kept',
      tag,
      body: file({ partners: [partner('constructor', 'Constructeur'), partner('tostring', 'Chaîne')] }),
      state: 'content',
      shows: ['Chaîne'],
      bad: [{ at: 'partners[0] "constructor"', field: 'id' }],
    },
    {
      name: 'partners: a 1 MB name (shown)',
      tag,
      body: file({ partners: [ok, partner('long', `Début ${big(MB)}`)] }),
      state: 'content',
      shows: ['Partenaire valide', 'Début Lorem ipsum'],
    },
    { name: 'partners: an empty collection', tag, body: file({ partners: [] }), state: 'empty' },
    {
      name: 'partners: the collection is an object',
      tag,
      body: file({ partners: { valide: ok } }),
      state: 'content',
      shows: ['Centre local de promotion de la santé du Brabant wallon'],
      bad: [{ at: '', field: 'partners' }],
    },
    {
      name: 'partners: 500 bad entries of every kind and one valid one',
      tag,
      body: file({ partners: [...Array.from({ length: 500 }, (_, i) => ({ ...partner(`b${i}`, 'x'), type: `t${i}` })), ok] }),
      state: 'content',
      shows: ['Partenaire valide'],
      bad: Array.from({ length: 500 }, (_, i) => ({ at: `partners[${i}]`, field: 'type' })),
    },
    {
      name: 'file: unknown top-level fields and a __proto__ key, valid partners kept',
      tag,
      body: `{"formatVersion":1,"__proto__":{"polluted":1},"extra":${JSON.stringify(deep(2000))},"partners":[${JSON.stringify(ok)}]}`,
      state: 'content',
      shows: ['Partenaire valide'],
      bad: [
        { at: '', field: '__proto__' },
        { at: '', field: 'extra' },
      ],
    },
    { name: 'file: not JSON', tag, body: '{ formatVersion: 1, partners: [', state: 'error', fileError: /^not valid JSON: line \d+, column \d+: \S/ },
    { name: 'file: empty', tag, body: '', state: 'error', fileError: /^not valid JSON: line \d+, column \d+: \S/ },
    { name: 'file: HTML instead of JSON', tag, body: `<!doctype html><script>${RUN}</script>`, state: 'error', fileError: /^not valid JSON: line \d+, column \d+: \S/ },
    { name: 'file: null', tag, body: 'null', state: 'error', fileError: 'not a data file of format version 1', alsoLogged: [/expected a JSON object/] },
    { name: 'file: an array', tag, body: [ok], state: 'error', fileError: 'not a data file of format version 1', alsoLogged: [/expected a JSON object/] },
    { name: 'file: a string', tag, body: '"partners"', state: 'error', fileError: 'not a data file of format version 1', alsoLogged: [/expected a JSON object/] },
    { name: 'file: formatVersion 2', tag, body: { formatVersion: 2, partners: [ok] }, state: 'error', fileError: 'not a data file of format version 1', alsoLogged: [/field "formatVersion": expected 1/] },
    { name: 'file: formatVersion "1" (a string)', tag, body: { formatVersion: '1', partners: [ok] }, state: 'error', fileError: 'not a data file of format version 1', alsoLogged: [/field "formatVersion": expected 1/] },
    {
      name: 'file: 100 000 levels of nesting (refused as not valid JSON or as not a data file, never thrown)',
      tag,
      body: `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      state: 'error',
      fileError: /^(not valid JSON|not a data file of format version 1)$/,
      alsoLogged: [/expected a JSON object/],
    },
    {
      name: 'partners: an entry holding 100 000 levels of nesting',
      tag,
      body: `{"formatVersion":1,"partners":[${JSON.stringify(ok)},{"id":"a","name":{"fr":"x"},"type":"commune","role":{"fr":"p"},"junk":${'['.repeat(100_000)}${']'.repeat(100_000)}}]}`,
      state: 'content',
      shows: ['Partenaire valide'],
      bad: [{ at: 'partners[1] "a"', field: 'junk' }],
    },
    {
      name: 'file: a byte-order mark before valid JSON',
      tag,
      body: `\ufeff${JSON.stringify(file({ partners: [ok] }))}`,
      state: 'content',
      shows: ['Partenaire valide'],
    },
  ];
}

function cardCases(): Case[] {
  const tag = 'nc-recommendation-card' as const;
  const ok = recommendation('site-valide', 'Recommandation valide');
  const attrs = 'recommendation="site-valide"';
  const one = (name: string, bad: unknown, field: string, at = 'recommendations[1]'): Case => ({
    name,
    tag,
    attrs,
    body: file({ recommendations: [ok, bad] }),
    state: 'content',
    shows: ['Recommandation valide'],
    bad: [{ at, field }],
  });
  return [
    one('recommendations: kind unknown', recommendation('a', 'x', { kind: 'avis' }), 'kind'),
    one('recommendations: actions empty', recommendation('a', 'x', { actions: [] }), 'actions'),
    one('recommendations: action origin unknown', recommendation('a', 'x', { actions: [{ text: { fr: 't' }, origin: 'inventé' }] }), 'actions[0].origin'),
    one('recommendations: missing French summary', recommendation('a', 'x', { summary: { en: 'English only' } }), 'summary.fr'),
    one('recommendations: easyRead is a string', recommendation('a', 'x', { easyRead: 'facile' }), 'easyRead'),
    one('recommendations: quote without attribution', recommendation('a', 'x', { quote: { text: { fr: 'q' } } }), 'quote.attribution'),
    {
      name: 'recommendations: an unknown theme (a reference to nothing)',
      tag,
      attrs,
      body: file({ recommendations: [ok, recommendation('orpheline', 'x', { theme: 'n-existe-pas' })] }),
      state: 'content',
      shows: ['Recommandation valide'],
      bad: [{ at: 'recommendations[1] "orpheline"', field: 'theme' }],
    },
    {
      name: 'recommendations: payloads in every text field (shown as text)',
      tag,
      attrs: 'recommendation="piegee"',
      body: file({
        recommendations: [
          recommendation('piegee', `Titre ${PAYLOADS[0]}`, {
            summary: { fr: `Résumé ${PAYLOADS[1]}` },
            reported: { fr: `Constat ${PAYLOADS[2]}` },
            actions: PAYLOADS.map((p) => ({ text: { fr: `Action ${p}` }, origin: 'article' })),
            quote: { text: { fr: `Citation ${PAYLOADS[3]}` }, attribution: { fr: `Auteur ${PAYLOADS[6]}` } },
            easyRead: { title: { fr: `Facile ${PAYLOADS[4]}` }, summary: { fr: `Résumé facile ${PAYLOADS[5]}` } },
          }),
        ],
      }),
      state: 'content',
      shows: [`Titre ${PAYLOADS[0]}`, `Résumé ${PAYLOADS[1]}`, `Constat ${PAYLOADS[2]}`, `Citation ${PAYLOADS[3]}`, `Action ${PAYLOADS[8]}`],
    },
    {
      name: 'recommendations: the one asked for is bad (not found, its error, the rest kept)',
      tag,
      attrs: 'recommendation="cassee"',
      body: file({ recommendations: [ok, recommendation('cassee', 'x', { title: { fr: 42 } })] }),
      state: 'not-found',
      bad: [{ at: 'recommendations[1] "cassee"', field: 'title.fr' }],
      alsoLogged: [/unknown recommendation "cassee"/],
    },
    {
      name: 'recommendations: an empty collection',
      tag,
      attrs,
      body: file({ recommendations: [] }),
      state: 'not-found',
      alsoLogged: [/unknown recommendation "site-valide"/],
    },
    {
      name: 'themes: a bad theme (wrong type), valid recommendation kept',
      tag,
      attrs,
      body: file({
        themes: [
          { id: 'formation-et-outils', title: 'Formation', description: { fr: 'd' } },
          { id: 'acces-et-lien-social', title: { fr: 'Accès' }, description: { fr: 'd' } },
        ],
        recommendations: [ok],
      }),
      state: 'content',
      shows: ['Recommandation valide'],
      bad: [{ at: 'themes[0]', field: 'title' }],
    },
    {
      name: 'source: a javascript: URL',
      tag,
      attrs,
      body: file({ source: { title: { fr: 'Source' }, organiser: { fr: 'Org' }, url: PAYLOAD_URLS[0] }, recommendations: [ok] }),
      state: 'content',
      shows: ['Recommandation valide'],
      bad: [{ at: '', field: 'source.url' }],
    },
  ];
}

function selfCheckCases(): Case[] {
  const tag = 'nc-self-check' as const;
  const ok = question('site-valide', 'Question valide ?');
  const attrs = 'audience="institution"';
  const one = (name: string, bad: unknown, field: string, at = 'questions[1]'): Case => ({
    name,
    tag,
    attrs,
    body: file({ questions: [ok, bad] }),
    state: 'content',
    shows: ['Question valide ?'],
    bad: [{ at, field }],
  });
  return [
    one('questions: weight 7', question('a', 'x', { weight: 7 }), 'weight'),
    one('questions: score above 1', question('a', 'x', { scores: { oui: 2, 'en-partie': 0.5, non: 0 } }), 'scores.oui'),
    one('questions: audiences twice the same', question('a', 'x', { audiences: ['institution', 'institution'] }), 'audiences'),
    one('questions: missing French text', question('a', 'x', { text: { nl: 'Vraag?' } }), 'text.fr'),
    one('questions: text is a number (1e308)', question('a', 'x', { text: { fr: 1e308 } }), 'text.fr'),
    {
      name: 'questions: an unknown theme (a reference to nothing)',
      tag,
      attrs,
      body: file({ questions: [ok, question('orpheline', 'x', { theme: 'n-existe-pas' })] }),
      state: 'content',
      shows: ['Question valide ?'],
      bad: [{ at: 'questions[1] "orpheline"', field: 'theme' }],
    },
    {
      name: 'questions: payloads in the text (shown as text)',
      tag,
      attrs,
      body: file({ questions: [question('piegee', `Question ${PAYLOADS[0]} ${PAYLOADS[2]} ?`)] }),
      state: 'content',
      shows: [`Question ${PAYLOADS[0]} ${PAYLOADS[2]} ?`],
    },
    {
      name: 'questions: "constructor" as a question id (refused: it would read as already answered)',
      tag,
      attrs,
      body: file({ questions: [question('constructor', 'Question constructeur ?'), ok] }),
      state: 'content',
      shows: ['Question valide ?'],
      bad: [{ at: 'questions[0] "constructor"', field: 'id' }],
    },
    {
      name: 'questions: "constructor" as a theme id',
      tag,
      attrs,
      body: file({ questions: [ok, question('proto', 'x', { theme: 'constructor' })] }),
      state: 'content',
      shows: ['Question valide ?'],
      bad: [{ at: 'questions[1] "proto"', field: 'theme' }],
    },
    {
      name: 'questions: "tostring" and "valueof" as ids (kept)',
      tag,
      attrs,
      body: file({ questions: [question('tostring', 'Question chaîne ?'), question('valueof', 'Question valeur ?')] }),
      state: 'content',
      shows: ['Question chaîne ?'],
    },
  ];
}

function finderCases(): Case[] {
  const tag = 'nc-guichet-finder' as const;
  const ok = guichet('valide', 'Guichet valide');
  const one = (name: string, bad: unknown, field: string, kept = false): Case => ({
    name,
    tag,
    body: file({ guichets: [ok, bad] }),
    state: 'content',
    shows: kept ? ['Guichet valide', 'Guichet aux horaires cassés'] : ['Guichet valide'],
    bad: [{ at: 'guichets[1]', field }],
  });
  const broken = (hours: string) => guichet('casse', 'Guichet aux horaires cassés', { hours });
  return [
    one('guichets: hours out of range (kept, hours unknown)', broken('Mo-Fr 25:00-26:00'), 'hours', true),
    one('guichets: hours « sunrise-sunset » (kept)', broken('Mo-Fr sunrise-sunset'), 'hours', true),
    one('guichets: hours with a comma between rules (kept)', broken('Mo-Fr 09:00-12:00, Sa 10:00-12:00'), 'hours', true),
    one('guichets: a 1 MB hours string, broken at its end (kept)', broken(`Mo-Fr 09:00-12:00; ${'Sa 10:00-11:00; '.repeat(MB / 16)}Su 25:00-26:00`), 'hours', true),
    one('guichets: hours is a number', guichet('a', 'x', { hours: 42 }), 'hours'),
    one('guichets: a slot that closes before it opens', guichet('a', 'x', { walkIn: { slots: [{ days: ['Mo'], opens: '12:00', closes: '09:00' }] } }), 'walkIn.slots[0].closes'),
    one('guichets: an unknown weekday', guichet('a', 'x', { walkIn: { slots: [{ days: ['Xx'], opens: '09:00', closes: '12:00' }] } }), 'walkIn.slots[0].days[0]'),
    one('guichets: a date that does not exist', guichet('a', 'x', { closures: [{ from: '2026-02-30' }] }), 'closures[0].from'),
    one('guichets: latitude 1e308', guichet('a', 'x', { geo: { lat: 1e308, lon: 4 } }), 'geo.lat'),
    one('guichets: a phone with letters', guichet('a', 'x', { phone: 'javascript:alert(1)' }), 'phone'),
    one('guichets: a javascript: website', guichet('a', 'x', { url: PAYLOAD_URLS[0] }), 'url'),
    one('guichets: a data: website', guichet('a', 'x', { url: PAYLOAD_URLS[4] }), 'url'),
    one('guichets: postal code with markup', guichet('a', 'x', { address: { postalCode: '<b>1300</b>', city: { fr: 'Wavre' } } }), 'address.postalCode'),
    {
      name: 'guichets: payloads in every text field and an e-mail with markup (shown as text)',
      tag,
      body: file({
        guichets: [
          guichet('piege', `Guichet ${PAYLOADS[0]}`, {
            email: `x@y"><script>${RUN}</script>`,
            otherServices: [{ fr: `Service ${PAYLOADS[1]}` }],
            publics: [{ fr: `Public ${PAYLOADS[2]}` }],
            address: { street: { fr: `Rue ${PAYLOADS[3]}` }, postalCode: '1300', city: { fr: `Wavre ${PAYLOADS[6]}` } },
            notes: { fr: `Note ${PAYLOADS[4]}` },
          }),
        ],
      }),
      state: 'content',
      shows: [`Guichet ${PAYLOADS[0]}`],
    },
    {
      name: 'guichets: "constructor" as a service (refused; it read as « [object Object] »), "tostring" shown as it is',
      tag,
      body: file({ guichets: [ok, guichet('proto', 'Guichet prototype', { services: ['constructor'] }), guichet('chaine', 'Guichet chaîne', { services: ['tostring'] })] }),
      state: 'content',
      shows: ['Guichet valide', 'Guichet chaîne', 'tostring'],
      bad: [{ at: 'guichets[1] "proto"', field: 'services[0]' }],
    },
    { name: 'guichets: an empty collection', tag, body: file({ guichets: [] }), state: 'empty' },
  ];
}

export function corpus(): Case[] {
  return [...partnerCases(), ...cardCases(), ...selfCheckCases(), ...finderCases()];
}

/** A file of about `bytes` of valid partners (for the long-task measurement). */
export function bigPartners(bytes: number): { body: string; count: number } {
  const entries: string[] = [];
  let size = 40;
  for (let i = 0; size < bytes; i++) {
    const e = JSON.stringify(partner(`p${i}`, `Partenaire ${i}`, { description: { fr: big(380) }, url: `https://example.org/${i}` }));
    entries.push(e);
    size += e.length + 1;
  }
  return { body: `{"formatVersion":1,"partners":[${entries.join(',')}]}`, count: entries.length };
}
