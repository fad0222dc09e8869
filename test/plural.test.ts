/**
 * Plurals (src/shared/i18n.ts `plural`): the form is chosen by Intl.PluralRules for the
 * locale the widget renders in, each form is its own XLIFF unit, `many` falls back to `other`.
 */
import { expect } from '@open-wc/testing';
import { loadMessages, plural, withLocale } from '../src/shared/i18n.js';
import { cardMessages } from '../src/shared/message-packs.js';
import { resultCount } from '../src/shared/states.js';
import type { Locale } from '../src/data/model.js';

// The shared strings (`state.results#…`) are in every widget's pack: the card's will do.
before(() => Promise.all((['nl', 'de', 'en'] as Locale[]).map((l) => loadMessages(l, cardMessages))));

const count = (locale: Locale, n: number) => withLocale(locale, () => resultCount(n));

describe('plural', () => {
  const table: [Locale, number, string][] = [
    ['fr', 0, '0 résultat'], // French: 0 is singular
    ['fr', 1, '1 résultat'],
    ['fr', 2, '2 résultats'],
    ['fr', 1_000_000, '1000000 résultats'], // CLDR `many`, which the message does not give: `other`
    ['nl', 0, '0 resultaten'], // Dutch: 0 is plural
    ['nl', 1, '1 resultaat'],
    ['nl', 3, '3 resultaten'],
    ['de', 0, '0 Ergebnisse'],
    ['de', 1, '1 Ergebnis'],
    ['de', 2, '2 Ergebnisse'],
    ['en', 0, '0 results'],
    ['en', 1, '1 result'],
    ['en', 18, '18 results'],
  ];
  for (const [locale, n, want] of table) {
    it(`${locale} ${n} → « ${want} »`, () => {
      expect(count(locale, n)).to.equal(want);
    });
  }

  it('French 1 000 000 is CLDR `many`, so the fallback to `other` is really exercised', () => {
    expect(new Intl.PluralRules('fr').select(1_000_000)).to.equal('many');
  });

  it('a form the message does not give falls back to `other`; outside a render it speaks French', () => {
    const forms = { one: () => 'un', other: () => 'autre' };
    expect(plural(1, forms)).to.equal('un');
    expect(plural(0, forms), 'French 0 is one').to.equal('un');
    expect(withLocale('nl', () => plural(0, forms)), 'Dutch 0 is other').to.equal('autre');
    expect(withLocale('en', () => plural(1, { other: () => 'only other' }))).to.equal('only other');
  });
});
