/**
 * The self-check's scoring (src/components/self-check/scoring.ts), table-driven: levels and their edges,
 * weights, polarity, « je ne sais pas » and skipped answers, « à clarifier », order, question selection
 * and the question set's version.
 */
import { expect } from '@open-wc/testing';
import {
  ANSWER_VALUES,
  LEVELS,
  levelOf,
  percentOf,
  questionSetVersion,
  scoreThemes,
  selectQuestions,
  type Answers,
  type ThemeResult,
  topicsToRaise,
} from '../src/components/self-check/scoring.js';
import type { Audience, Question } from '../src/data/model.js';
import frJson from '../src/data/default/fr.json';

const GOOD = { oui: 1, 'en-partie': 0.5, non: 0 };
const REVERSED = { oui: 0, 'en-partie': 0.5, non: 1 };

/** A question: `+` Oui is good, `-` Oui is weak. */
function q(id: string, theme: string, opts: { weight?: number; polarity?: '+' | '-'; audiences?: Audience[]; scores?: Question['scores'] } = {}): Question {
  return {
    id,
    theme,
    basis: 'r',
    audiences: opts.audiences ?? ['travailleur', 'institution'],
    weight: opts.weight ?? 1,
    text: { fr: `${id} ?` },
    easyRead: { fr: `${id} ?` },
    scores: opts.scores ?? (opts.polarity === '-' ? REVERSED : GOOD),
  };
}

/** Two themes of three questions; a2 and b3 reversed; b1 weighs 3. */
const SET: Question[] = [
  q('a1', 'a'),
  q('a2', 'a', { polarity: '-' }),
  q('a3', 'a', { weight: 2 }),
  q('b1', 'b', { weight: 3 }),
  q('b2', 'b'),
  q('b3', 'b', { polarity: '-' }),
];
const all = (value: Answers[string], questions = SET): Answers => Object.fromEntries(questions.map((x) => [x.id, value]));
/** The good answer of every question. */
const allGood: Answers = Object.fromEntries(SET.map((x) => [x.id, x.scores.oui === 1 ? 'oui' : 'non']));
const allWeak: Answers = Object.fromEntries(SET.map((x) => [x.id, x.scores.oui === 1 ? 'non' : 'oui']));

/** The part of a result a case checks. */
const brief = (r: ThemeResult) => [r.theme, r.level, r.percent, r.counted, r.unknown.join(), r.skipped.join()];

describe('self-check scoring: scoreThemes', () => {
  const cases: { name: string; answers: Answers; questions?: Question[]; expected: unknown[][] }[] = [
    {
      name: 'all good answers (polarity per question): every theme solide at 100 %',
      answers: allGood,
      expected: [
        ['a', 'solide', 100, 3, '', ''],
        ['b', 'solide', 100, 3, '', ''],
      ],
    },
    {
      name: 'all weak answers: every theme à renforcer at 0 %',
      answers: allWeak,
      expected: [
        ['a', 'a-renforcer', 0, 3, '', ''],
        ['b', 'a-renforcer', 0, 3, '', ''],
      ],
    },
    {
      name: 'all « je ne sais pas »: no score, every theme à clarifier, every question listed apart',
      answers: all('ne-sait-pas'),
      expected: [
        ['a', 'a-clarifier', null, 0, 'a1,a2,a3', ''],
        ['b', 'a-clarifier', null, 0, 'b1,b2,b3', ''],
      ],
    },
    {
      name: 'answering « Oui » everywhere: reversed questions score 0 (a: (1+0+2)/4, b: (3+1+0)/5)',
      answers: all('oui'),
      expected: [
        ['a', 'solide', 75, 3, '', ''],
        ['b', 'solide', 80, 3, '', ''],
      ],
    },
    {
      name: 'answering « Non » everywhere: only the reversed questions score (a: 1/4, b: 1/5), weakest first',
      answers: all('non'),
      expected: [
        ['b', 'a-renforcer', 20, 3, '', ''],
        ['a', 'a-renforcer', 25, 3, '', ''],
      ],
    },
    {
      name: 'mostly « je ne sais pas » in one theme: à clarifier, its score still given, placed after the scored themes',
      answers: { ...allGood, a1: 'ne-sait-pas', a2: 'ne-sait-pas', b2: 'non' },
      expected: [
        ['b', 'solide', 80, 3, '', ''],
        ['a', 'a-clarifier', 100, 1, 'a1,a2', ''],
      ],
    },
    {
      name: 'mixed, weighted: a = (0.5×1 + 1×1 + 0×2)/4 = 38 %; b = (1×3 + 0.5 + 0)/5 = 70 %',
      answers: { a1: 'en-partie', a2: 'non', a3: 'non', b1: 'oui', b2: 'en-partie', b3: 'oui' },
      expected: [
        ['a', 'a-renforcer', 38, 3, '', ''],
        ['b', 'en-chemin', 70, 3, '', ''],
      ],
    },
    {
      name: 'weights: b1 (weight 3) good, b2 and b3 weak → 3/5 = 60 %, not the unweighted 33 %',
      answers: { ...allGood, b2: 'non', b3: 'oui' },
      expected: [
        ['b', 'en-chemin', 60, 3, '', ''],
        ['a', 'solide', 100, 3, '', ''],
      ],
    },
    {
      name: 'skipped questions (missing or undefined) are out of the denominator and listed apart',
      answers: { a1: 'oui', a2: undefined, b1: 'oui', b2: 'oui', b3: 'ne-sait-pas' },
      expected: [
        ['b', 'solide', 100, 2, 'b3', ''],
        ['a', 'a-clarifier', 100, 1, '', 'a2,a3'],
      ],
    },
    {
      name: 'exactly half unknown or skipped (2 of 4) is à clarifier; under half (1 of 3) is scored',
      questions: [...SET, q('b4', 'b')],
      answers: { ...allGood, b4: 'oui', b2: 'ne-sait-pas', b3: undefined, a3: 'ne-sait-pas' },
      expected: [
        ['a', 'solide', 100, 2, 'a3', ''],
        ['b', 'a-clarifier', 100, 2, 'b2', 'b3'],
      ],
    },
    {
      name: 'an answer that is not one of the four counts as skipped',
      answers: { ...allGood, a1: 'peut-être' as never },
      expected: [
        ['a', 'solide', 100, 2, '', 'a1'],
        ['b', 'solide', 100, 3, '', ''],
      ],
    },
    {
      name: 'equal scores keep the themes’ order',
      answers: { a1: 'en-partie', a2: 'en-partie', a3: 'en-partie', b1: 'en-partie', b2: 'en-partie', b3: 'en-partie' },
      expected: [
        ['a', 'en-chemin', 50, 3, '', ''],
        ['b', 'en-chemin', 50, 3, '', ''],
      ],
    },
    {
      name: 'no questions: no themes',
      questions: [],
      answers: {},
      expected: [],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      expect(scoreThemes(c.questions ?? SET, c.answers).map(brief)).to.deep.equal(c.expected);
    });
  }

  it('a theme result lists all its questions in order, and its exact score', () => {
    const [b] = scoreThemes(SET, { ...allGood, b2: 'non', b3: 'oui' });
    expect(b).to.deep.equal({ theme: 'b', level: 'en-chemin', score: 0.6, percent: 60, counted: 3, unknown: [], skipped: [], questions: ['b1', 'b2', 'b3'] });
  });

  it('changed answers change the result; the answers given are not modified', () => {
    const answers = { ...allWeak };
    const frozen = JSON.stringify(answers);
    const before = scoreThemes(SET, answers).find((r) => r.theme === 'a')!;
    const after = scoreThemes(SET, { ...answers, a3: 'oui' }).find((r) => r.theme === 'a')!;
    expect([before.level, before.percent]).to.deep.equal(['a-renforcer', 0]);
    expect([after.level, after.percent]).to.deep.equal(['en-chemin', 50]);
    expect(JSON.stringify(answers)).to.equal(frozen);
  });

  it('level edges through scoreThemes: a theme scoring 0.746 shows 75 % and is solide, 0.744 shows 74 % and is en chemin', () => {
    const one = (oui: number) => scoreThemes([q('x', 't', { scores: { oui, 'en-partie': 0, non: 0 } })], { x: 'oui' })[0];
    expect([one(0.746).percent, one(0.746).level]).to.deep.equal([75, 'solide']);
    expect([one(0.744).percent, one(0.744).level]).to.deep.equal([74, 'en-chemin']);
    expect([one(0.396).percent, one(0.396).level]).to.deep.equal([40, 'en-chemin']);
    expect([one(0.394).percent, one(0.394).level]).to.deep.equal([39, 'a-renforcer']);
  });
});

describe('self-check scoring: levels', () => {
  it('three levels: under 40 %, 40 to 74 %, 75 % and over', () => {
    expect(LEVELS.map((l) => [l.id, l.min])).to.deep.equal([
      ['a-renforcer', 0],
      ['en-chemin', 0.4],
      ['solide', 0.75],
    ]);
  });

  const edges: [score: number, percent: number, level: string][] = [
    [0, 0, 'a-renforcer'],
    [0.39, 39, 'a-renforcer'],
    [0.394, 39, 'a-renforcer'],
    [0.395, 40, 'en-chemin'], // shown as 40 %: en chemin, as shown
    [0.4, 40, 'en-chemin'],
    [2 / 5, 40, 'en-chemin'],
    [0.74, 74, 'en-chemin'],
    [0.744, 74, 'en-chemin'],
    [0.745, 75, 'solide'], // shown as 75 %: solide, as shown
    [0.746, 75, 'solide'],
    [0.75, 75, 'solide'],
    [3 / 4, 75, 'solide'],
    [0.285, 29, 'a-renforcer'], // 28.499999… in binary floating point: still 29
    [1, 100, 'solide'],
  ];
  for (const [score, percent, level] of edges) {
    it(`${score} → ${percent} % → ${level}`, () => {
      expect(percentOf(score)).to.equal(percent);
      expect(levelOf(score)).to.equal(level);
    });
  }

  it('the four answers, in the order offered', () => {
    expect(ANSWER_VALUES).to.deep.equal(['oui', 'en-partie', 'non', 'ne-sait-pas']);
  });
});

describe('self-check scoring: selectQuestions', () => {
  const pool = [
    q('w1', 'b', { audiences: ['travailleur'] }),
    q('i1', 'a', { audiences: ['institution'] }),
    q('both1', 'a'),
    q('w2', 'a', { audiences: ['travailleur'] }),
    q('i2', 'b', { audiences: ['institution'] }),
    q('orphan', 'zzz'),
  ];
  const cases: { name: string; opts: Parameters<typeof selectQuestions>[1]; expected: string[] }[] = [
    { name: 'a worker: their questions and those for both, grouped by theme in theme order, data order inside', opts: { audience: 'travailleur', themeOrder: ['a', 'b'] }, expected: ['both1', 'w2', 'w1'] },
    { name: 'an institution', opts: { audience: 'institution', themeOrder: ['a', 'b'] }, expected: ['i1', 'both1', 'i2'] },
    { name: 'the theme order decides', opts: { audience: 'institution', themeOrder: ['b', 'a'] }, expected: ['i2', 'i1', 'both1'] },
    { name: 'a theme subset', opts: { audience: 'institution', themes: ['b'], themeOrder: ['a', 'b'] }, expected: ['i2'] },
    { name: 'an empty subset means every theme', opts: { audience: 'travailleur', themes: [], themeOrder: ['a', 'b'] }, expected: ['both1', 'w2', 'w1'] },
    { name: 'a subset naming an unknown theme selects nothing of it', opts: { audience: 'travailleur', themes: ['nope'], themeOrder: ['a', 'b'] }, expected: [] },
    { name: 'a question of a theme not in themeOrder is left out; a theme listed twice counts once', opts: { audience: 'travailleur', themeOrder: ['a', 'a'] }, expected: ['both1', 'w2'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(selectQuestions(pool, c.opts).map((x) => x.id)).to.deep.equal(c.expected);
    });
  }

  it('the built-in questions: each audience gets every theme, in the themes’ order', () => {
    const data = frJson as unknown as { themes: { id: string }[]; questions: Question[] };
    const themeOrder = data.themes.map((t) => t.id);
    for (const audience of ['travailleur', 'institution'] as const) {
      const asked = selectQuestions(data.questions, { audience, themeOrder });
      expect(asked.length, audience).to.be.at.least(18);
      const themesInOrder = asked.map((x) => x.theme).filter((t, i, list) => list.indexOf(t) === i);
      expect(themesInOrder).to.deep.equal(themeOrder);
      expect(asked.every((x) => x.audiences.includes(audience))).to.equal(true);
    }
  });
});

describe('self-check scoring: questionSetVersion', () => {
  const base = questionSetVersion(SET);

  it('8 hexadecimal digits, the same on every call', () => {
    expect(base).to.match(/^[0-9a-f]{8}$/);
    expect(questionSetVersion(SET)).to.equal(base);
    expect(questionSetVersion(SET.map((x) => ({ ...x })))).to.equal(base);
  });

  it('independent of the questions’ order and of their texts', () => {
    expect(questionSetVersion([...SET].reverse())).to.equal(base);
    expect(questionSetVersion(SET.map((x) => ({ ...x, text: { fr: 'Autre libellé ?', nl: 'Andere?' }, easyRead: { fr: 'Autre ?' } })))).to.equal(base);
  });

  const changes: [string, (x: Question) => Question][] = [
    ['an id', (x) => (x.id === 'a1' ? { ...x, id: 'a9' } : x)],
    ['a theme', (x) => (x.id === 'a1' ? { ...x, theme: 'b' } : x)],
    ['a weight', (x) => (x.id === 'a1' ? { ...x, weight: 2 } : x)],
    ['a score', (x) => (x.id === 'a1' ? { ...x, scores: { ...x.scores, 'en-partie': 0.6 } } : x)],
    ['a polarity', (x) => (x.id === 'a1' ? { ...x, scores: REVERSED } : x)],
  ];
  for (const [what, change] of changes) {
    it(`changes with ${what}`, () => {
      expect(questionSetVersion(SET.map(change))).to.not.equal(base);
    });
  }

  it('changes when a question is added or removed', () => {
    expect(questionSetVersion(SET.slice(1))).to.not.equal(base);
    expect(questionSetVersion([...SET, q('c1', 'c')])).to.not.equal(base);
  });
});

describe('self-check scoring: questions about the respondent’s own feelings (scored: false)', () => {
  const feelings: Question[] = [
    { ...q('f1', 'sante', { polarity: '-' }), scored: false },
    { ...q('f2', 'sante', { polarity: '-' }), scored: false },
    q('s1', 'sante'),
    { ...q('f3', 'seul', { polarity: '-' }), scored: false },
  ];

  it('are never scored: the most stressed answers leave the theme to its other questions, and a theme of feelings alone has no result', () => {
    const results = scoreThemes(feelings, { f1: 'oui', f2: 'oui', s1: 'oui', f3: 'oui' });
    expect(results.map((r) => [r.theme, r.level, r.percent, r.questions])).to.deep.equal([['sante', 'solide', 100, ['s1']]]);
  });

  it('are the topics to raise, in order', () => {
    expect(topicsToRaise(feelings).map((x) => x.id)).to.deep.equal(['f1', 'f2', 'f3']);
  });

  it('change the question set version only where the flag is set', () => {
    const plain = feelings.map(({ scored: _, ...rest }) => rest as Question);
    expect(questionSetVersion(plain)).to.not.equal(questionSetVersion(feelings));
    expect(questionSetVersion(plain.slice(2, 3))).to.equal(questionSetVersion(feelings.slice(2, 3)));
  });
});
