import { expect } from '@open-wc/testing';
import { indexCounters, normalize, search } from '../src/components/guichet-finder/search.js';
import { communes } from '../scripts/guichets-fixture.mjs';

const counter = (id: string, postalCode: string, fr: string, nl?: string) => ({ id, address: { postalCode, city: nl ? { fr, nl } : { fr } } });
const COUNTERS = [
  counter('wavre', '1300', 'Wavre', 'Waver'),
  counter('limal', '1300', 'Limal'),
  counter('lln', '1348', 'Louvain-la-Neuve'),
  counter('ottignies', '1340', 'Ottignies'),
  counter('braine', '1420', 'Braine-l’Alleud', 'Eigenbrakel'),
  counter('court', '1490', 'Court-Saint-Étienne'),
  counter('namur', '5000', 'Namur'),
  counter('jambes', '5100', 'Jambes'),
];
const index = indexCounters(COUNTERS, communes());
const ids = (q: string) => search(index, q).items.map((c) => c.id);
const communeIds = (q: string) => search(index, q).communes.map((c) => c.id);

describe('search: normalisation', () => {
  for (const [input, want] of [
    ['Court-Saint-Étienne', 'court saint etienne'],
    ['  LOUVAIN   la-Neuve ', 'louvain la neuve'],
    ['Braine-l’Alleud', 'braine l alleud'],
    ["Braine-l'Alleud", 'braine l alleud'],
    ['Hélécine', 'helecine'],
    ['Œuvre', 'oeuvre'],
    ['1348', '1348'],
    ['', ''],
  ] as const) {
    it(`« ${input} » → « ${want} »`, () => expect(normalize(input)).to.equal(want));
  }
});

describe('search: by commune or postal code', () => {
  it('an empty query finds every counter', () => expect(ids('  ')).to.have.length(COUNTERS.length));
  it('a French name, any case or accent', () => {
    expect(ids('wavre')).to.deep.equal(['wavre', 'limal']);
    expect(ids('WAVRE')).to.deep.equal(['wavre', 'limal']);
    expect(communeIds('wavre')).to.deep.equal(['wavre']);
    expect(ids('court saint etienne')).to.deep.equal(['court']);
    expect(ids('Court-St')).to.deep.equal([]);
  });
  it('the Dutch name: « Waver », « Eigenbrakel »', () => {
    expect(ids('Waver')).to.deep.equal(['wavre', 'limal']);
    expect(ids('eigenbrakel')).to.deep.equal(['braine']);
  });
  it('a section written with spaces: « Louvain la Neuve »; the commune « ottignies » finds its sections', () => {
    expect(ids('Louvain la Neuve')).to.deep.equal(['lln', 'ottignies']);
    expect(communeIds('Louvain la Neuve')).to.deep.equal(['ottignies-louvain-la-neuve']);
    expect(ids('ottignies')).to.deep.equal(['lln', 'ottignies']);
  });
  it('a postal code, or its first digits', () => {
    expect(ids('1348')).to.deep.equal(['lln', 'ottignies']);
    expect(communeIds('1348')).to.deep.equal(['ottignies-louvain-la-neuve']);
    expect(ids('13')).to.deep.equal(['wavre', 'limal', 'lln', 'ottignies']);
    expect(ids('1')).to.deep.equal([]);
  });
  it('a counter outside the known communes, by its own postal code and city', () => {
    expect(ids('5000')).to.deep.equal(['namur']);
    expect(ids('namur')).to.deep.equal(['namur']);
    expect(ids('jambes')).to.deep.equal(['jambes']);
    expect(communeIds('namur')).to.deep.equal([]);
  });
  it('a partial name of three letters or more: « brai »', () => {
    expect(ids('brai')).to.deep.equal(['braine']);
    expect(communeIds('brai')).to.include.members(['braine-l-alleud', 'braine-le-chateau']);
    expect(ids('xyz')).to.deep.equal([]);
  });
  it('10 000 counters: a search takes a few milliseconds', async () => {
    const { generateGuichets } = await import('../scripts/guichets-fixture.mjs');
    const big = indexCounters(generateGuichets(10000).guichets, communes());
    const t = performance.now();
    for (const q of ['w', 'wa', 'wav', 'wavr', 'wavre', '1', '13', '130', '1300']) search(big, q);
    expect((performance.now() - t) / 9).to.be.below(16);
    expect(search(big, 'wavre').items.length).to.be.above(300);
  });
});
