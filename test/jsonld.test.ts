/**
 * schema.org JSON-LD of counters (src/components/guichet-finder/jsonld.ts).
 */
import { expect } from '@open-wc/testing';
import { toJsonLd } from '../src/components/guichet-finder/jsonld.js';
import type { Guichet } from '../src/data/model.js';
import fr from '../src/data/default/fr.json';

const real: Guichet = {
  id: 'accueil',
  name: { fr: 'Accueil de la population', nl: 'Onthaal bevolking' },
  example: false,
  type: 'administration-communale',
  services: ['documents-administratifs'],
  address: { street: { fr: 'Place d’Exemple 1' }, postalCode: '1300', city: { fr: 'Wavre', nl: 'Waver' } },
  geo: { lat: 50.717, lon: 4.601 },
  phone: '+3210000000',
  email: 'accueil@example.org',
  url: 'https://example.org/accueil',
  hours: { slots: [{ days: ['Mo', 'Tu'], opens: '08:30', closes: '12:00' }, { days: ['Sa'], opens: '20:00', closes: '24:00' }] },
  walkIn: { slots: [{ days: ['Mo'], opens: '09:00', closes: '11:00' }] },
  periods: [{ name: { fr: 'Été' }, from: '2027-07-01', to: '2027-08-31', hours: { slots: [{ days: ['We'], opens: '09:00', closes: '12:00' }] } }],
  closures: [{ from: '2026-12-24', to: '2026-12-31' }, { from: '2027-01-02' }],
  notes: { fr: 'Entrée par la cour.' },
};

describe('jsonld: toJsonLd', () => {
  it('gives a GovernmentOffice with its address, contact and opening hours specifications', () => {
    expect(toJsonLd([real], 'nl')).to.deep.equal({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'GovernmentOffice',
          name: 'Onthaal bevolking',
          address: { '@type': 'PostalAddress', streetAddress: 'Place d’Exemple 1', postalCode: '1300', addressLocality: 'Waver', addressCountry: 'BE' },
          url: 'https://example.org/accueil',
          geo: { '@type': 'GeoCoordinates', latitude: 50.717, longitude: 4.601 },
          telephone: '+3210000000',
          email: 'accueil@example.org',
          openingHoursSpecification: [
            { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday'], opens: '08:30', closes: '12:00' },
            { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Saturday'], opens: '20:00', closes: '23:59' },
            {
              '@type': 'OpeningHoursSpecification',
              dayOfWeek: ['https://schema.org/Wednesday'],
              opens: '09:00',
              closes: '12:00',
              validFrom: '2027-07-01',
              validThrough: '2027-08-31',
            },
            { '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: '2026-12-24', validThrough: '2026-12-31' },
            { '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: '2027-01-02', validThrough: '2027-01-02' },
          ],
          description: 'Entrée par la cour.',
        },
      ],
    });
  });

  it('a counter that is not a public office is a Place; unknown or string hours give no specification', () => {
    const ld = toJsonLd([{ ...real, type: 'epn', hours: undefined, periods: undefined, closures: undefined }, { ...real, id: 'b', hours: 'Mo 09:00-12:00', periods: undefined, closures: undefined }], 'fr');
    const graph = ld!['@graph'] as Record<string, unknown>[];
    expect(graph[0]['@type']).to.equal('Place');
    expect(graph[0].name).to.equal('Accueil de la population');
    expect(graph[0]).to.not.have.property('openingHoursSpecification');
    expect(graph[1]).to.not.have.property('openingHoursSpecification');
  });

  it('gives nothing for example (demo) counters: null for the built-in data', () => {
    expect(toJsonLd(fr.guichets as Guichet[], 'fr')).to.equal(null);
    expect(toJsonLd([], 'fr')).to.equal(null);
    expect((toJsonLd([real, { ...real, id: 'demo', example: true }], 'fr')!['@graph'] as unknown[]).length).to.equal(1);
  });
});
