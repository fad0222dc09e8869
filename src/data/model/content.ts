/** The article's content: themes, recommendations and findings, its source, the self-check's questions. */
import type { Id, LocalizedText } from './text.js';

/** A theme groups recommendations, findings and self-check questions. */
export interface Theme {
  id: Id;
  title: LocalizedText;
  /** One or two sentences on what the theme covers. */
  description: LocalizedText;
}

/**
 * `recommandation`: something the article states as a recommendation of the day.
 * `constat`: a finding or open question the article reports.
 */
export type EntryKind = 'recommandation' | 'constat';

/** Where an action comes from. */
export type ActionOrigin = 'article' | 'suggestion';

/** Something an institution can do. */
export interface Action {
  text: LocalizedText;
  /**
   * `article`: the article says it. `suggestion`: the library's own suggestion,
   * labelled as such in the UI.
   */
  origin: ActionOrigin;
}

/**
 * A quote, only where the source has one. `text.fr` is the verbatim French;
 * the other languages are translations, shown beside the original and marked as such.
 */
export interface Quote {
  text: LocalizedText;
  /** Attributed exactly as the source does (e.g. "un participant"). */
  attribution: LocalizedText;
}

/** Easy-to-read version: short sentences, common words. */
export interface EasyRead {
  title: LocalizedText;
  summary: LocalizedText;
}

/** A recommendation or a finding of the day. */
export interface Recommendation {
  id: Id;
  kind: EntryKind;
  /** Id of a theme. */
  theme: Id;
  title: LocalizedText;
  summary: LocalizedText;
  /** What the article reports. */
  reported: LocalizedText;
  /** What an institution can do. @minItems 1 */
  actions: Action[];
  quote?: Quote;
  easyRead: EasyRead;
}

/** The source the content comes from. */
export interface Source {
  /** Title of the day or document. */
  title: LocalizedText;
  /** Who organised it. */
  organiser: LocalizedText;
  /** When, as the source states it (free text, e.g. "février"). */
  date?: LocalizedText;
  /**
   * An absolute http(s) URL.
   * @format uri
   * @pattern ^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\s]
   */
  url?: string;
}

/**
 * Who a self-check question is for. `travailleur`: a worker, about their own practice.
 * `institution`: a manager, about the institution.
 */
export type Audience = 'travailleur' | 'institution';

/** An answer to a self-check question: « Oui », « En partie », « Non », « Je ne sais pas ». */
export type AnswerValue = 'oui' | 'en-partie' | 'non' | 'ne-sait-pas';

/** What each answer to a question scores. */
export interface AnswerScores {
  /**
   * Score of « Oui », 0 (weak) to 1 (good).
   * @minimum 0
   * @maximum 1
   */
  oui: number;
  /**
   * Score of « En partie », 0 (weak) to 1 (good).
   * @minimum 0
   * @maximum 1
   */
  'en-partie': number;
  /**
   * Score of « Non », 0 (weak) to 1 (good).
   * @minimum 0
   * @maximum 1
   */
  non: number;
}

/** A self-check question. */
export interface Question {
  /** Public id, carried by the self-check's exports. */
  id: Id;
  /** Id of the theme the question belongs to. */
  theme: Id;
  /** Id of the recommendation or finding (in `recommendations`) the question comes from. */
  basis: Id;
  /**
   * Who answers it; a question for both counts in both quizzes. No audience twice.
   * @minItems 1
   * @maxItems 2
   * @uniqueItems true
   */
  audiences: Audience[];
  /**
   * How much the question counts in its theme's score: an integer, 1 to 3.
   * @minimum 1
   * @maximum 3
   * @asType integer
   */
  weight: number;
  /** The question. */
  text: LocalizedText;
  /** Easy-to-read wording: common words, short sentences. */
  easyRead: LocalizedText;
  /**
   * What each answer scores, 0 (weak) to 1 (good): polarity differs per question (for « do you
   * end up doing procedures in people's place? », « Oui » is the weak answer). « Je ne sais pas »
   * scores nothing: it is left out of the score and counted apart.
   */
  scores: AnswerScores;
  /**
   * `false` for a question about the respondent's own feelings (stress, fear, doubt): it is never
   * scored, and the results show it as a topic to raise with the team, not as a weakness.
   * Default: scored.
   */
  scored?: boolean;
}
