import type { CuePath } from './attribute-document.js';

/** How the candidate is written at the mention the features read. */
export type MentionForm = 'full' | 'partial' | 'role' | 'body' | 'pronoun' | 'none';

/** What the ranker reads about one candidate speaker of one quotation. */
export interface CandidateDescription {
  /** The cue the rules credited this candidate by, if they did. */
  readonly rulePath: CuePath | null;
  /** The corpus-wide rules' guess, where the document's own rules found no cue. */
  readonly registry: boolean;
  /** The speaker of a quotation in the paragraphs before, this quotation opening its paragraph with no cue. */
  readonly paragraphsBack: number;
  readonly form: MentionForm;
  /** A mention in the quotation's own sentence (else in the sentence before). */
  readonly sameSentence: boolean;
  /** The mention stands after the quotation. */
  readonly after: boolean;
  /** Words between the mention (or the previous quotation) and the quotation. */
  readonly wordsBetween: number;
  /** A reporting verb stands right before or after the mention ("said Ratcliff", "Ratcliff said"). */
  readonly nextToReportingVerb: boolean;
  /** The mention follows a preposition ("at Fort Knox"). */
  readonly oblique: boolean;
  /** The mention is its sentence's first (usually its subject). */
  readonly firstInSentence: boolean;
  /** A reporting verb stands within three words before the quotation's opening mark ("says, “…", "said that “…"). */
  readonly verbJustBefore: boolean;
  /** How many candidates the quotation has. */
  readonly rivals: number;
  /** The candidate is who spoke the quotation before this one. */
  readonly spokePrevious: boolean;
  /** How often the document mentions the candidate by name. */
  readonly speakerMentions: number;
  readonly quotationWords: number;
  /** The quotation opens with a capital letter: a sentence of its own rather than a phrase. */
  readonly fullSentence: boolean;
  readonly opensParagraph: boolean;
  /** Share of the document's quotations that are one or two words: scare quotes and titles, not reported speech. */
  readonly scareQuoteShare: number;
}

export interface SpeakerCandidate {
  readonly speaker: string;
  readonly description: CandidateDescription;
}

/**
 * A logistic model over `candidateFeatures`. The rules' own candidate is kept unless its probability falls below
 * `keepAbove`; where the rules name nobody, the most probable other candidate is taken from `addAbove` up.
 */
export interface SpeakerRankerModel {
  readonly features: readonly string[];
  readonly weights: readonly number[];
  readonly keepAbove: number;
  readonly addAbove: number;
}

const PATHS: readonly CuePath[] = ['trailing', 'leading', 'colon', 'tail', 'agreed', 'continuation'];
const FORMS: readonly MentionForm[] = ['full', 'partial', 'role', 'body', 'pronoun'];

/** The names of `candidateFeatures`' values, in order. */
export const CANDIDATE_FEATURES: readonly string[] = [
  'bias',
  ...PATHS.map((path) => `rule:${path}`),
  'registry',
  'carry-over',
  'paragraphs back',
  ...FORMS.map((form) => `form:${form}`),
  'same sentence',
  'after',
  'log words between',
  'next to reporting verb',
  'oblique',
  'first in sentence',
  'subject of a verb just before',
  'next to reporting verb, same sentence, before',
  'next to reporting verb, after',
  'log rivals',
  'spoke previous',
  'log speaker mentions',
  'log quotation words',
  'full sentence',
  'opens paragraph',
  'scare quote share',
];

export function candidateFeatures(description: CandidateDescription): number[] {
  const flag = (value: boolean): number => (value ? 1 : 0);
  return [
    1,
    ...PATHS.map((path) => flag(description.rulePath === path)),
    flag(description.registry),
    flag(description.paragraphsBack > 0),
    description.paragraphsBack,
    ...FORMS.map((form) => flag(description.form === form)),
    flag(description.sameSentence),
    flag(description.after),
    Math.log1p(description.wordsBetween),
    flag(description.nextToReportingVerb),
    flag(description.oblique),
    flag(description.firstInSentence),
    flag(description.verbJustBefore && description.firstInSentence && description.sameSentence && !description.after),
    flag(description.nextToReportingVerb && description.sameSentence && !description.after),
    flag(description.nextToReportingVerb && description.after),
    Math.log(Math.max(1, description.rivals)),
    flag(description.spokePrevious),
    Math.log1p(description.speakerMentions),
    Math.log1p(description.quotationWords),
    flag(description.fullSentence),
    flag(description.opensParagraph),
    description.scareQuoteShare,
  ];
}

/** The model's score of each candidate; nobody (abstaining) scores 0. */
function candidateScore(model: SpeakerRankerModel, candidate: SpeakerCandidate): number {
  const features = candidateFeatures(candidate.description);
  return features.reduce((sum, value, index) => sum + value * (model.weights[index] ?? 0), 0);
}

function candidateProbability(model: SpeakerRankerModel, candidate: SpeakerCandidate): number {
  return 1 / (1 + Math.exp(-candidateScore(model, candidate)));
}

/**
 * The rules' candidate (a cue's subject, else the corpus-wide guess) when the model gives it at least `keepAbove`;
 * where the rules have none, the most probable candidate from `addAbove` up; otherwise nobody (abstain).
 */
export function rankSpeakers(model: SpeakerRankerModel, candidates: readonly SpeakerCandidate[]): string | null {
  const ruled =
    candidates.find((candidate) => candidate.description.rulePath !== null) ??
    candidates.find((candidate) => candidate.description.registry);
  if (ruled) return candidateProbability(model, ruled) >= model.keepAbove ? ruled.speaker : null;
  let best: { speaker: string; probability: number } | null = null;
  for (const candidate of candidates) {
    const probability = candidateProbability(model, candidate);
    if (best === null || probability > best.probability) best = { speaker: candidate.speaker, probability };
  }
  return best !== null && best.probability >= model.addAbove ? best.speaker : null;
}
