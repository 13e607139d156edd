import type { Passage, QueryTerm, SearchResult } from '../search/search-index.js';
import { searchTerm, textTerms, wordTerms } from '../search/search-terms.js';
import { predicateWords } from '../search/predicate-words.js';
import { wordTokens } from '../text/word-tokens.js';
import { SPEECH_VERBS as TEXT_SPEECH_VERBS } from '../text/speech-verbs.js';
import { SPEECH_VERBS } from '../corpus/speakers/speaker-lexicon.js';
import { tagWords } from '../corpus/speakers/tag-words.js';
import { DECLINE_THRESHOLDS, type DeclineDecision } from './decline-policy.js';
import {
  findAnswerSpan,
  findNameSpan,
  findPlaceSpan,
  findTimeOfDaySpan,
  needsAnswerSpan,
  type AnswerSpan,
  WEEKDAY,
} from './find-answer-span.js';
import { installedWordNet, type WordNet } from '../lexicon/wordnet.js';
import { questionRoles, valueOfOtherDoer } from './role-check.js';
import { asksForTimeOfDay, questionKind, type QuestionKind } from '../search/question-kind.js';

/**
 * A date, duration or number answers the question only in a sentence that holds half its topic by itself, the share
 * any passage needs: a stricter one refused dated sentences that put one topic word otherwise ("phone conversation":
 * talked to Putin on the phone); the event verb and the names still have to be there.
 */
const TYPED_SENTENCE_COVERAGE = DECLINE_THRESHOLDS.minCoverage;

const WANTED: Readonly<Record<string, string>> = { when: 'a date', how_long: 'a duration', how_many: 'a number' };

export interface TypedAnswer {
  /** The sentence that gives the date, duration or number. */
  readonly passage: Passage;
  readonly span: AnswerSpan;
  /** The sentence about the question's topic, when the date comes from the sentence before it. */
  readonly topic: Passage | null;
}

/** What a when / how long / how many question needs: the passage that answers it, or why none does. */
export type TypedAnswerCheck =
  | { readonly kind: QuestionKind; readonly typed: TypedAnswer | null; readonly decline: null }
  | { readonly kind: QuestionKind; readonly typed: null; readonly decline: DeclineDecision };

export function listed(names: readonly string[]): string {
  return names.length === 1 ? (names[0] as string) : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** The topic words as the question wrote them: what a decline says is missing. */
function topicWords(retrieval: SearchResult): string {
  const words = retrieval.queryTerms.filter((term) => !term.names).map((term) => term.surface);
  return words.length > 0 ? listed(words).replace(/ or ([^ ]+)$/, ' and $1') : 'that';
}

/** The sentence before, in the same paragraph: narration often dates an event once ("on Tuesday ... Then, ..."). */
function previousSentence(passage: Passage): Passage | null {
  const previous = passage.document.sentences[passage.sentence.index - 1];
  if (!previous || previous.paragraphIndex !== passage.sentence.paragraphIndex) return null;
  return {
    ...passage,
    id: `${passage.document.id}:${previous.index}`,
    sentence: previous,
    text: passage.document.text.slice(previous.start, previous.end),
  };
}

/** Where the topic words stand in the text: a date or number is read as the one nearest to them. */
function topicPositions(text: string, topic: readonly QueryTerm[]): number[] {
  const wanted = new Set(topic.flatMap((term) => [...term.exact]));
  return wordTokens(text)
    .filter((token) => wordTerms(token.text).some((term) => wanted.has(term)))
    .map((token) => token.start);
}

/**
 * A passage that gives the date, duration or number asked for, in a sentence that holds most of the topic and
 * names every entity the question names (so New START's date never answers for the INF treaty); or, for a date,
 * in the sentence just before such a sentence.
 */
function typedAnswer(
  kind: QuestionKind,
  retrieval: SearchResult,
  spanOf: (text: string, near: readonly number[]) => AnswerSpan | null,
  othersValue: (text: string, span: AnswerSpan) => boolean,
): TypedAnswer | null {
  // A verb the articles never use cannot be asked of the dated sentence; the rest of the topic can.
  const topic = retrieval.queryTerms.filter((term) => !term.names && (term.known || !term.predicate));
  const topicWeight = topic.reduce((sum, term) => sum + term.weight, 0);
  // The word itself, or when the corpus never uses it, a synonym: a synonym's sense may be another ("expire" is also
  // "exit"), so it stands in only for a word the articles never write.
  const holds = (terms: ReadonlySet<string>, term: QueryTerm) =>
    term.phrases.some((phrase) => phrase.every((part) => terms.has(part))) ||
    (!term.inCorpus && [...term.related].some((option) => terms.has(option)));
  const onTopic = retrieval.passages.filter((passage) => passage.topicCoverage >= DECLINE_THRESHOLDS.minCoverage);
  const termsOf = new Map(onTopic.map((passage) => [passage.id, textTerms(passage.text)]));
  // A verb of the question that a sentence on the topic uses itself names the event asked about ("suspend"): a date
  // in a sentence without it dates another event ("The US pulled out of the INF ... in February").
  const eventVerbs = topic.filter(
    (term) =>
      term.predicate && term.inCorpus && onTopic.some((passage) => holds(termsOf.get(passage.id) ?? new Set(), term)),
  );
  // An entity may be named by a derivation ("Venezuelan" for Venezuela), never by a synonym of something else: its
  // related words are its own forms, so they count for it as the word itself does.
  const holdsNamed = (terms: ReadonlySet<string>, term: QueryTerm) =>
    holds(terms, term) || (term.entity && [...term.related].some((option) => terms.has(option)));
  const candidates = onTopic.filter((passage) => {
    // A name the question gives that neither the sentence nor its neighbours hold: the date is another's ("When did
    // Guaido declare ...": Tehran "announced" on May 8).
    if (passage.missingNames.length > 0) return false;
    // Nor one of a person the question names by name that neither the sentence (by name, role or pronoun) nor its
    // neighbours hold: "when is Trump going to visit Russia" is not dated by "the Secretary of State will visit".
    if (retrieval.queryTerms.some((term, index) => term.names && term.proper && (passage.credits[index] ?? 0) === 0))
      return false;
    const terms = termsOf.get(passage.id) ?? new Set<string>();
    // A verb the articles never use, read as its broader act where the sentence holds the rest (`search-index.ts`),
    // counts as much there as in the passage's coverage.
    const broaderAct = (term: QueryTerm) =>
      [...term.broaderActs].some((option) => terms.has(option))
        ? (passage.ownCredits[retrieval.queryTerms.indexOf(term)] ?? 0)
        : 0;
    const own = topic.reduce((sum, term) => sum + (holdsNamed(terms, term) ? term.weight : broaderAct(term)), 0);
    if (topicWeight > 0 && own / topicWeight < TYPED_SENTENCE_COVERAGE) return false;
    if (!eventVerbs.every((term) => holds(terms, term))) return false;
    return topic.every((term) => !term.entity || holdsNamed(terms, term));
  });
  for (const passage of candidates) {
    const span = spanOf(passage.text, topicPositions(passage.text, topic));
    if (span && !othersValue(passage.text, span)) return { passage, span, topic: null };
  }
  // Only then the sentence before: a sentence that dates the thing itself ("it expires in February 2021") says more
  // than one that follows a dated sentence about something else ("In February, the United States said it was exiting").
  for (const passage of kind === 'when' ? candidates : []) {
    const previous = previousSentence(passage);
    const earlier = previous ? spanOf(previous.text, []) : null;
    if (previous && earlier && !othersValue(previous.text, earlier))
      return { passage: previous, span: earlier, topic: passage };
  }
  return null;
}

/**
 * For a where-question, the best passage (holding most of the question, neighbours included) that names a place the
 * question does not: the answer leads with it. Its absence alone is no reason to decline, as the place may stand
 * farther from the topic words (see `namesAnyPlace`).
 */
function placeAnswer(question: string, retrieval: SearchResult): TypedAnswer | null {
  const named = new Set(wordTokens(question).map((token) => token.norm));
  const topic = retrieval.queryTerms.filter((term) => !term.names);
  for (const passage of retrieval.passages) {
    if (passage.coverage < DECLINE_THRESHOLDS.minCoverage || passage.missingNames.length > 0) continue;
    const span = findPlaceSpan(passage.text, named, topicPositions(passage.text, topic));
    if (span) return { passage, span, topic: null };
  }
  return null;
}

/**
 * For a where-question, whether a passage holding most of it names a place the question does not anywhere in its
 * sentence ("to meet with Trump at the upcoming G20 summit in Japan"): one that names none ("Trump talked to Putin on
 * the phone ... last Friday") cannot say where.
 */
function namesAnyPlace(question: string, retrieval: SearchResult): boolean {
  const named = new Set(wordTokens(question).map((token) => token.norm));
  return retrieval.passages.some(
    (passage) =>
      passage.coverage >= DECLINE_THRESHOLDS.minCoverage &&
      passage.missingNames.length === 0 &&
      findPlaceSpan(
        passage.text,
        named,
        wordTokens(passage.text).map((token) => token.start),
      ) !== null,
  );
}

/** "What is the name of the carrier?", "what was the operation called": the answer is a name. */
const ASKS_FOR_NAME = /\bnames? of\b|^what (?:is|was|are|were)\s(?:.*\s)?called\b/i;

/**
 * For a question asking for a name, whether a passage on its topic gives a name next to a word of it; not when the
 * articles speak of the thing without naming it ("an aircraft carrier group"). Not a lead: which of several names is
 * the one asked for ("Russian President Vladimir Putin and Foreign Minister Sergey Lavrov") takes a parse.
 */
function namesTheThing(question: string, retrieval: SearchResult): boolean {
  // The question's own words: a speaker's title stands for their name in search ("Kremlin aide": Yury Ushakov).
  const asked = textTerms(question);
  const given = (word: string) => [...textTerms(word)].some((term) => asked.has(term));
  return retrieval.passages.some(
    (passage) =>
      passage.coverage >= DECLINE_THRESHOLDS.minCoverage &&
      passage.missingNames.length === 0 &&
      findNameSpan(passage.text, given, topicPositions(passage.text, retrieval.queryTerms)) !== null,
  );
}

/**
 * The answer-type check both engines apply: a when, how long or how many question is answered only from a passage
 * holding a date, duration or number tied to what is asked; otherwise it is declined, saying what is missing.
 */
/** The noun a what/which question asks for: "what's the range of ...", "what level will ...". */
const ASKED_NOUN = /^(?:what|which)(?:['’]s|\s+(?:is|was|are|were))?\s+(?:the\s+)?(\p{Ll}+)\b/iu;
/** WordNet's kinds of quantity: a noun under them asks for a number ("range", "size", "percentage"). */
const QUANTITIES = new Set(['magnitude', 'magnitude relation']);

/** True when a what/which question asks for a quantity by its noun's first sense ("What is the range of ...?"). */
function asksForQuantity(question: string, wordNet: WordNet): boolean {
  const noun = ASKED_NOUN.exec(question.trim())?.[1]?.toLowerCase();
  if (!noun) return false;
  const lemma = wordNet.senseCount(noun, 'noun') > 0 ? noun : noun.replace(/s$/, '');
  return wordNet.kindsAbove(lemma, 1).some((kind) => kind.some((word) => QUANTITIES.has(word)));
}

/** WordNet's kinds for a time of day ("noon", "morning") and for daytime ("afternoon", "evening"). */
const PARTS_OF_DAY = new Set(['time of day', 'daytime']);

/** Senses read for a part of the day: "morning" is one only in its third (its first is a time period). */
const PART_OF_DAY_SENSES = 3;

/** True for a word with a noun sense that is a part of the day ("evening", "morning", "midnight"). */
function isPartOfDay(word: string, wordNet: WordNet): boolean {
  return wordNet.kindsAbove(word, PART_OF_DAY_SENSES).some((kind) => kind.some((lemma) => PARTS_OF_DAY.has(lemma)));
}

const STATEMENT_TERMS = new Set([...SPEECH_VERBS, ...TEXT_SPEECH_VERBS].map((verb) => searchTerm(verb)));

/** True when the question's verb is one of saying ("When did Lavrov announce ...?"): its date is the statement's. */
function asksForStatement(question: string, wordNet: WordNet): boolean {
  const verbs = predicateWords(question, wordNet);
  return wordTokens(question).some((token) => verbs.has(token.start) && STATEMENT_TERMS.has(searchTerm(token.text)));
}

/** "what year", "in which year": the question asks for a year, which a month or a weekday does not give. */
const YEAR_ASKED = /\b(?:what|which)\s+year\b/i;
const YEAR = /\b(?:19|20)\d{2}\b/;
/** "which day in feb", "what exact date": the question asks for a day, which a month or a year alone does not give. */
const DAY_ASKED = /\b(?:what|which)\s+(?:exact\s+|precise\s+)?(?:day|date)\b/i;
const DAY = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\b|\\b${WEEKDAY}\\b`, 'i');

export function checkTypedAnswer(
  question: string,
  retrieval: SearchResult,
  wordNet: WordNet = installedWordNet(),
): TypedAnswerCheck {
  const asked = questionKind(question);
  const kind = asked === 'open' && asksForQuantity(question, wordNet) ? 'how_many' : asked;
  if (kind === 'where') {
    const place = placeAnswer(question, retrieval);
    if (place || namesAnyPlace(question, retrieval)) return { kind, typed: place, decline: null };
    return {
      kind,
      typed: null,
      decline: { reason: 'not_supported', message: `The articles do not give a place for ${topicWords(retrieval)}.` },
    };
  }
  if (kind === 'open' && ASKS_FOR_NAME.test(question) && !namesTheThing(question, retrieval)) {
    return {
      kind,
      typed: null,
      decline: { reason: 'not_supported', message: `The articles do not give a name for ${topicWords(retrieval)}.` },
    };
  }
  if (!needsAnswerSpan(kind)) return { kind, typed: null, decline: null };
  // "When did Pompeo become ...?" is not answered by the day he said something ("Pompeo said on Tuesday"); "When did
  // Iran announce ...?" is.
  // A question with a verb of its own asks when something was done ("when did Russia rejoin the INF treaty"): a date
  // that names a thing ("the 1987 ... Treaty") is not its answer. Without one it may ask for the thing's own date.
  // "when did the us exit …": "did" asks when something was done, whatever the tagger makes of the verb.
  const eventAsked = tagWords(question).some(
    (word) => word.pos === 'VERB' || (word.pos === 'AUX' && /^(?:do|does|did|will|would)$/i.test(word.text)),
  );
  // Nor does a date or number of what another party did: "when did Russia rejoin ..." is not dated by the US's exit.
  const roles = questionRoles(question, retrieval.queryTerms, wordNet);
  // "What year was the INF treaty signed?" is not answered by "In February, …": a year asked for is a year given.
  const yearAsked = YEAR_ASKED.test(question);
  const dayAsked = DAY_ASKED.test(question);
  // "What time did the press conference begin?" is not answered by "on Tuesday": a time of day asked is one given.
  const timeOfDay = kind === 'when' && asksForTimeOfDay(question);
  const statementAsked = asksForStatement(question, wordNet);
  const typed = typedAnswer(
    kind,
    retrieval,
    (text, near) =>
      timeOfDay
        ? findTimeOfDaySpan(text, near, (word) => isPartOfDay(word, wordNet))
        : findAnswerSpan(kind, text, near, statementAsked, !eventAsked),
    (text, span) =>
      valueOfOtherDoer(text, span.start, roles, wordNet) ||
      (yearAsked && !YEAR.test(text.slice(span.start, span.end))) ||
      (dayAsked && !DAY.test(text.slice(span.start, span.end))),
  );
  if (typed) return { kind, typed, decline: null };
  return {
    kind,
    typed: null,
    decline: {
      reason: 'not_supported',
      message: `The articles do not give ${timeOfDay ? 'a time of day' : WANTED[kind]} for ${topicWords(retrieval)}.`,
    },
  };
}
