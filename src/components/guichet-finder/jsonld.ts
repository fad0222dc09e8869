/**
 * Counters as schema.org JSON-LD (`GovernmentOffice` for a CPAS or a communal administration,
 * `Place` otherwise), with `OpeningHoursSpecification` for the opening hours, the periods
 * (`validFrom`/`validThrough`) and the closures (opens = closes = 00:00, the usual way of
 * saying « closed that day »). Walk-in hours have no schema.org property: they are not emitted.
 * Example (demo) counters are never emitted: no search engine should take them for real.
 * Pure; lazy (loaded only when the page asks for JSON-LD).
 */
import type { Guichet, Hours, Locale, LocalizedText, Weekday } from '../../data/model.js';

const DAY_URL: Record<Weekday, string> = {
  Mo: 'https://schema.org/Monday',
  Tu: 'https://schema.org/Tuesday',
  We: 'https://schema.org/Wednesday',
  Th: 'https://schema.org/Thursday',
  Fr: 'https://schema.org/Friday',
  Sa: 'https://schema.org/Saturday',
  Su: 'https://schema.org/Sunday',
};

type Json = Record<string, unknown>;
const pick = (t: LocalizedText, locale: Locale) => t[locale] ?? t.fr;

function specs(h: Hours | undefined, valid?: { from: string; to: string }): Json[] {
  if (!h || typeof h === 'string') return [];
  return h.slots.map((s) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: s.days.map((d) => DAY_URL[d]),
    opens: s.opens,
    closes: s.closes === '24:00' ? '23:59' : s.closes,
    ...(valid && { validFrom: valid.from, validThrough: valid.to }),
  }));
}

/**
 * The JSON-LD of `guichets` (texts in `locale`, French where missing): one object with an
 * `@graph`, or `null` when no counter is left once the example ones are set aside.
 */
export function toJsonLd(guichets: readonly Guichet[], locale: Locale): Json | null {
  const real = guichets.filter((g) => !g.example);
  if (!real.length) return null;
  const graph = real.map((g) => {
    const office = g.type === 'cpas' || g.type === 'administration-communale';
    const hours = [
      ...specs(g.hours),
      ...(g.periods ?? []).flatMap((p) => specs(p.hours, p)),
      ...(g.closures ?? []).map((c) => ({
        '@type': 'OpeningHoursSpecification',
        opens: '00:00',
        closes: '00:00',
        validFrom: c.from,
        validThrough: c.to ?? c.from,
      })),
    ];
    const node: Json = {
      '@type': office ? 'GovernmentOffice' : 'Place',
      name: pick(g.name, locale),
      address: {
        '@type': 'PostalAddress',
        ...(g.address.street && { streetAddress: pick(g.address.street, locale) }),
        postalCode: g.address.postalCode,
        addressLocality: pick(g.address.city, locale),
        addressCountry: 'BE',
      },
    };
    if (g.url) node.url = g.url;
    if (g.geo) node.geo = { '@type': 'GeoCoordinates', latitude: g.geo.lat, longitude: g.geo.lon };
    if (g.phone) node.telephone = g.phone;
    if (g.email) node.email = g.email;
    if (hours.length) node.openingHoursSpecification = hours;
    if (g.notes) node.description = pick(g.notes, locale);
    return node;
  });
  return { '@context': 'https://schema.org', '@graph': graph };
}
