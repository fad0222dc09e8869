// A generated data file of counters for tests, stories and the benchmark (npm run bench): a
// region's whole directory, e.g. 10 000 counters, built in code (no big file in the repository).
// Every counter is an example (`example: true`): invented names, no street number, no phone
// number that could be dialled (+3200000000-style placeholders).
//
//   import { generateGuichets } from '../scripts/guichets-fixture.mjs';
//   el.data = generateGuichets(10000);
//
// Deterministic (a small seeded generator): the same n gives the same file.

/** The 27 communes of Brabant wallon: French and Dutch names, postal codes, approximate centres. */
export const COMMUNES = [["Beauvechain", "Bevekom", ["1320"], 50.781, 4.772], ["Braine-l'Alleud", "Eigenbrakel", ["1420", "1421", "1428"], 50.683, 4.368], ["Braine-le-Château", "Kasteelbrakel", ["1440"], 50.68, 4.272], ["Chastre", null, ["1450"], 50.609, 4.643], ["Chaumont-Gistoux", null, ["1325"], 50.678, 4.718], ["Court-Saint-Étienne", null, ["1490"], 50.634, 4.568], ["Genappe", "Genepiën", ["1470", "1471", "1472", "1473", "1474", "1476"], 50.611, 4.451], ["Grez-Doiceau", "Graven", ["1390"], 50.74, 4.697], ["Hélécine", "Heilissem", ["1357"], 50.761, 4.983], ["Incourt", null, ["1315"], 50.692, 4.798], ["Ittre", "Itter", ["1460", "1461"], 50.643, 4.264], ["Jodoigne", "Geldenaken", ["1370"], 50.723, 4.87], ["La Hulpe", "Terhulpen", ["1310"], 50.731, 4.485], ["Lasne", null, ["1380"], 50.685, 4.484], ["Mont-Saint-Guibert", null, ["1435"], 50.634, 4.611], ["Nivelles", "Nijvel", ["1400", "1401", "1402", "1404"], 50.598, 4.328], ["Orp-Jauche", null, ["1350"], 50.682, 4.956], ["Ottignies-Louvain-la-Neuve", null, ["1340", "1341", "1342", "1348"], 50.666, 4.569], ["Perwez", "Perwijs", ["1360"], 50.624, 4.813], ["Ramillies", null, ["1367"], 50.635, 4.904], ["Rebecq", "Roosbeek", ["1430"], 50.664, 4.131], ["Rixensart", null, ["1330", "1331", "1332"], 50.712, 4.528], ["Tubize", "Tubeke", ["1480"], 50.69, 4.205], ["Villers-la-Ville", null, ["1495"], 50.585, 4.529], ["Walhain", null, ["1457"], 50.621, 4.697], ["Waterloo", null, ["1410"], 50.715, 4.399], ["Wavre", "Waver", ["1300", "1301"], 50.717, 4.601]];

const TYPES = ['cpas', 'administration-communale', 'epn', 'maison-medicale', 'service-social', 'bibliotheque', 'autre'];
const SERVICES = ['aide-sociale', 'aide-numerique', 'documents-administratifs', 'sante', 'emploi', 'logement', 'energie', 'famille'];

const slug = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The communes in the library's format (`communes` collection). */
export function communes() {
  return COMMUNES.map(([fr, nl, postalCodes, lat, lon]) => ({
    id: slug(fr),
    name: nl ? { fr, nl } : { fr },
    postalCodes,
    center: { lat, lon },
  }));
}

/** A data file (format version 1) with `n` example counters spread over the 27 communes. */
export function generateGuichets(n = 10000, seed = 1) {
  let s = seed >>> 0 || 1;
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const guichets = [];
  for (let i = 0; i < n; i++) {
    const [city, , codes, lat, lon] = COMMUNES[i % COMMUNES.length];
    const kind = i % 10;
    const hours = kind === 9 ? undefined : { slots: [{ days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '08:30', closes: '12:00' }, { days: ['Mo', 'Tu', 'We', 'Th'], opens: '13:00', closes: '16:00' }] };
    const walkIn =
      kind === 9 || kind === 8
        ? undefined
        : kind === 7
          ? { slots: [] }
          : { slots: [{ days: pick([['Mo', 'We', 'Fr'], ['Tu', 'Th'], ['Mo', 'Tu', 'We', 'Th', 'Fr']]), opens: '09:00', closes: pick(['11:30', '12:00']) }] };
    guichets.push({
      id: `exemple-${i + 1}`,
      name: { fr: `Guichet d’exemple ${i + 1} — ${city}` },
      example: true,
      type: TYPES[i % TYPES.length],
      services: [SERVICES[i % SERVICES.length], SERVICES[(i * 3 + 1) % SERVICES.length]].filter((v, j, a) => a.indexOf(v) === j),
      address: { postalCode: codes[i % codes.length], city: { fr: city } },
      geo: { lat: +(lat + (rnd() - 0.5) * 0.04).toFixed(5), lon: +(lon + (rnd() - 0.5) * 0.06).toFixed(5) },
      ...(hours && { hours }),
      ...(walkIn && { walkIn }),
      accessibility: { stepFree: i % 3 !== 0 },
    });
  }
  return { formatVersion: 1, guichets, communes: communes() };
}
