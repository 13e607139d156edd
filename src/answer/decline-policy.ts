import type { Passage, QueryTerm, SearchResult } from '../search/search-index.js';
import { questionKind } from '../search/question-kind.js';
import { asksForWords } from '../search/predicate-words.js';
import { installedWordNet, type WordNet } from '../lexicon/wordnet.js';
import { wordLemmas } from '../text/word-lemmas.js';
import { textTerms } from '../search/search-terms.js';
import { doersNamed, onlyOnReceivingEnd } from './argument-roles.js';
import { isSourceNoun } from './answer-about-sources.js';
import { askedKind, mentionsOnlyUnspecified } from './unspecified-mention.js';
import { eventDoer, questionRoles, type RoleConflict, roleConflict } from './role-check.js';

import type { DeclineReason } from './ask-result.js';

export interface DeclineDecision {
  readonly reason: DeclineReason;
  /** One short sentence for the user. */
  readonly message: string;
}

/** Thresholds tuned on the labelled question set in tests/fixtures/labelled-questions.ts (see README). */
export const DECLINE_THRESHOLDS = {
  /** A passage must hold at least this share of the question's weighted topic words. */
  minCoverage: 0.5,
  /** Decline when words the corpus never uses carry this share of the question's weight. */
  maxUnknownShare: 0.34,
} as const;

/**
 * True when the sentence by itself holds half of what an open question names (nouns, names, a name's adjective),
 * at least two of them and every name among them, and no name the question gives is missing: the question's verbs and adjectives may then be
 * the articles' in other words ("deploy" for "sent", "cover" for "discussing").
 */
function holdsWhatIsNamed(passage: Passage, terms: readonly QueryTerm[], speakersAside: boolean): boolean {
  if (passage.missingNames.length > 0) return false;
  // The people the question names by name may be what it is about (see `passagesNamingTheTopic`); a title ("the two
  // ministers") may stand for them in words a sentence does not hold.
  const isNamed = (term: QueryTerm) =>
    (!term.names || (!speakersAside && term.proper)) && (!term.predicate || term.proper);
  const named = terms.flatMap((term, index) => (isNamed(term) ? [index] : []));
  const weight = named.reduce((sum, index) => sum + (terms[index]?.weight ?? 0), 0);
  if (weight === 0) return false;
  const held = named.reduce((sum, index) => sum + (passage.ownCredits[index] ?? 0), 0);
  const namesHeld = named.every((index) => !terms[index]?.proper || (passage.ownCredits[index] ?? 0) > 0);
  // One thing named says too little: "What did Lavrov wear at the meeting?" is about the verb.
  const heldCount = named.filter((index) => (passage.ownCredits[index] ?? 0) > 0).length;
  // The same share as any passage's coverage: a stricter one for this rule alone, tuned on development questions,
  // refused answers whose nouns the articles also put in other words ("reaction": reciprocated).
  // Synonyms alone are too loose ("obstruction of justice": interference ... administration): one thing named must
  // be there in the question's own words, and not only a person, whom many sentences name.
  const ownWord = named.some(
    (index) => !terms[index]?.names && (passage.ownCredits[index] ?? 0) >= (terms[index]?.weight ?? 0),
  );
  return namesHeld && ownWord && heldCount >= 2 && held / weight >= DECLINE_THRESHOLDS.minCoverage;
}

const CREATIVE =
  /\btranslate\b[^.?!]{1,60}\binto\b|\b(?:write|compose|make up|invent|generate|draft|create)\b[^.?!]{1,40}\b(?:poem|poetry|song|lyrics|haiku|limerick|story|joke|essay|rap|sonnet|screenplay|fiction|tweet)\b|\b(?:poem|haiku|limerick|joke|song)\b/i;
const PERSONAL =
  /\b(?:phone|telephone|mobile|cell)\s+numbers?\b|\b(?:home|email|e-mail|postal|street)\s+address\b|\bwhere (?:does|do) \w+ live\b|\b(?:birthday|birth ?date|date of birth|social security|passport number|salary|net worth|bank account|password|medical|health record|religion|sexual)\b/i;
/** "the 1st birthday of the US exit from the deal": such a word of a thing, not of a person, asks nothing personal. */
const OF_A_THING = /^\s+of\s+(?:the|a|an)\b/i;

const EVERY_PERSONAL = new RegExp(PERSONAL.source, 'gi');

function asksPersonalData(question: string): boolean {
  return [...question.matchAll(EVERY_PERSONAL)].some(
    (match) => !OF_A_THING.test(question.slice(match.index + match[0].length)),
  );
}

const INSTRUCTIONS =
  /\b(?:ignore|disregard|forget|override)\b[^.?!]{1,40}\b(?:instructions?|rules?|prompt|above|previous|prior|guidelines)\b|\b(?:system prompt|you are now|act as|pretend (?:to be|you)|jailbreak|developer mode|do anything now|repeat after me|respond only with|new instructions)\b/i;

/** Questions whose answer is who did what the verb says: the verb itself must be there, not only its topic. */
const FACTOID_KINDS: ReadonlySet<string> = new Set(['who']);

/** A question's word as a decline names it: "xi's" names Xi ("The articles never mention xi"). */
function shown(term: QueryTerm): string {
  return term.surface.replace(/['\u2019]s$/i, '');
}

function joined(words: readonly string[]): string {
  if (words.length === 0) return 'that';
  return words.length === 1 ? (words[0] as string) : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * For a what/which/how question, the passages whose sentence holds what it names (see `holdsWhatIsNamed`). Not for
 * who, when, how many or yes/no questions: there the verb is what is asked ("Who won ...?").
 */
export function passagesNamingTheTopic(question: string, retrieval: SearchResult): Passage[] {
  if (questionKind(question) !== 'open') return [];
  // Two people named by name are what the question is about, how they stand to each other ("what event did Pompeo and
  // Lavrov both go to"); one is not enough, as a sentence naming them and one more thing may be about anything they
  // did ("What did Lavrov wear at the meeting?"). Nor when the question asks for their words.
  const people = retrieval.queryTerms.filter((term) => term.names && term.proper).length;
  const speakersAside = asksForWords(question) || people < 2;
  return retrieval.passages.filter((passage) => holdsWhatIsNamed(passage, retrieval.queryTerms, speakersAside));
}

/**
 * The retrieval without the passages that give what the question asks of a named doer to another party (see
 * `roleConflict`), and those passages with the conflict. Who-questions keep every passage (their doer is what is
 * asked), and so do questions for someone's words.
 */
export function passagesAsAsked(
  question: string,
  retrieval: SearchResult,
  wordNet: WordNet = installedWordNet(),
): { retrieval: SearchResult; conflicts: ReadonlyMap<Passage, RoleConflict> } {
  const conflicts = new Map<Passage, RoleConflict>();
  // Asked for someone's words, the answer picks their passages and says when it has none (`offline-answerer.ts`).
  const checked = questionKind(question) !== 'who' && !asksForWords(question);
  const roles = checked ? questionRoles(question, retrieval.queryTerms, wordNet) : null;
  if (!roles || roles.doers.length === 0) return { retrieval, conflicts };
  for (const passage of retrieval.passages) {
    const conflict = roleConflict(passage, roles, wordNet);
    if (conflict) conflicts.set(passage, conflict);
  }
  if (conflicts.size === 0) return { retrieval, conflicts };
  return {
    retrieval: { ...retrieval, passages: retrieval.passages.filter((passage) => !conflicts.has(passage)) },
    conflicts,
  };
}

/**
 * Decides whether the corpus supports an answer. Requests for fiction, personal data or to change the bot's
 * rules are refused outright; otherwise the best passage must cover the question's topic words, and passages that
 * give the question's action to another party do not count (see `passagesAsAsked`): when the rest do not support an
 * answer, the decline says whom the articles report it of.
 */
export function decideDecline(
  question: string,
  retrieval: SearchResult,
  wordNet: WordNet = installedWordNet(),
): DeclineDecision | null {
  const decision = declineOnWords(question, retrieval, wordNet);
  if (decision) return decision;
  const asAsked = passagesAsAsked(question, retrieval, wordNet);
  const conflict = retrieval.passages.map((passage) => asAsked.conflicts.get(passage)).find((found) => found);
  if (conflict && declineOnWords(question, asAsked.retrieval, wordNet)) {
    return {
      reason: 'not_supported',
      message: `The articles report this of ${conflict.instead}, not of ${conflict.doer.surface}.`,
    };
  }
  // Where passages name what the question asks its doer to have done, and every one has someone else doing it, the
  // articles report it of them ("what sanctions did Russia put on Iran": Washington's sanctions).
  // Not in who-questions (the doer is what is asked), nor for someone's words (whose passages the answer picks), nor
  // in when / how long / how many questions, whose dated or counted passage is checked on its own (`typed-answer.ts`).
  if (!['open', 'yes_no', 'where'].includes(questionKind(question)) || asksForWords(question)) return null;
  const roles = questionRoles(question, retrieval.queryTerms, wordNet);
  const doing = retrieval.passages
    .map((passage) => eventDoer(passage, roles, wordNet))
    .filter((found) => found.kind !== 'absent');
  const first = doing[0];
  if (first?.kind !== 'other' || !doing.every((found) => found.kind === 'other')) return null;
  return {
    reason: 'not_supported',
    message: `The articles report this of ${first.instead}, not of ${first.doer.surface}.`,
  };
}

/**
 * True when the word can say what someone did: a verb in WordNet. An adjective or adverb ("the rightful president",
 * "who exactly") says how or which, not who did what.
 */
function tellsWhatWasDone(term: QueryTerm, wordNet: WordNet): boolean {
  return wordLemmas(term.surface.toLowerCase()).some((lemma) => wordNet.senseCount(lemma, 'verb') > 0);
}

function declineOnWords(question: string, retrieval: SearchResult, wordNet: WordNet): DeclineDecision | null {
  if (INSTRUCTIONS.test(question)) {
    return {
      reason: 'embedded_instructions',
      message: 'I only answer questions about the corpus, and I do not follow instructions given inside a question.',
    };
  }
  if (CREATIVE.test(question)) {
    return {
      reason: 'creative_request',
      message: 'I only report what the articles say; I do not write poems, stories or other new text.',
    };
  }
  if (asksPersonalData(question)) {
    return { reason: 'personal_data', message: 'I do not look up or share personal information about anyone.' };
  }
  const totalWeight = retrieval.queryTerms.reduce((sum, term) => sum + term.weight, 0);
  if (totalWeight === 0) {
    return { reason: 'not_supported', message: 'The question names nothing the articles could answer.' };
  }
  // In a who, when, where, how many or yes/no question a word of the same contexts may be another thing of the same
  // field ("ambassador": secretary), whose person, date or number would answer wrongly: only the word or a synonym counts.
  const kind = questionKind(question);
  const open = kind === 'open';
  const unknown = retrieval.queryTerms.filter((term) => !term.known || (term.onlySimilar && !open));
  // Named things only: "The articles never mention bad" misleads when an adjective was merely said otherwise.
  const missing = unknown.filter((term) => !term.predicate).map(shown);
  const neverMentioned = `The articles never mention ${missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} or ${missing.at(-1)}`}.`;
  // Only things named count here: a verb or adjective the articles do not use may be said in other words, which
  // the passages' coverage of the rest of the question decides.
  // A name the articles never use is someone or somewhere they do not report on, however much of the rest they cover
  // ("How did Israel react to Iran's uranium plans?").
  const absentNames = retrieval.queryTerms.filter((term) => term.proper && !term.known).map(shown);
  if (absentNames.length > 0) {
    return { reason: 'not_in_corpus', message: `The articles never mention ${joined(absentNames)}.` };
  }
  const unknownWeight = unknown.reduce((sum, term) => sum + (term.predicate ? 0 : term.weight), 0);
  if (unknownWeight / totalWeight >= DECLINE_THRESHOLDS.maxUnknownShare) {
    return { reason: 'not_in_corpus', message: neverMentioned };
  }
  // A who question asks who did what its verb says: when the articles never use that verb nor a synonym of it,
  // they do not say who did it, whatever they report on the rest ("Who won the 2016 election?").
  const doing = (term: QueryTerm) => term.predicate && tellsWhatWasDone(term, wordNet);
  const unsaid = unknown.filter(doing).map((term) => term.surface);
  if (kind === 'who' && unsaid.length > 0) {
    return {
      reason: 'not_supported',
      message: `The articles never use the word ${joined(unsaid)}, so they do not say who.`,
    };
  }
  // Nor do they say it when no passage on the topic holds one of its verbs, adjectives or adverbs itself or a synonym:
  // the person a sentence names did something else there ("Who leads the Nusra Front?": its positions attacked).
  // One is enough, as a phrase's other words may be put otherwise ("backed away": shied away).
  const doneBy = retrieval.queryTerms.flatMap((term, index) => (term.predicate && !term.proper ? [index] : []));
  // Only a verb says what was done: "who exactly is Geng Shuang" has none, so there is nothing a passage must hold.
  // A light verb ("who was Pompeo due to see") may be any of its senses there: one of their synonyms will do ("meet").
  const saysIt = (passage: Passage, index: number) => {
    if ((passage.ownCredits[index] ?? 0) > 0) return true;
    const senses = retrieval.queryTerms[index]?.lightSenses;
    return senses !== undefined && senses.size > 0 && [...textTerms(passage.text)].some((term) => senses.has(term));
  };
  if (
    FACTOID_KINDS.has(kind) &&
    doneBy.some((index) => doing(retrieval.queryTerms[index] as QueryTerm)) &&
    !retrieval.passages.some(
      (passage) =>
        passage.topicCoverage >= DECLINE_THRESHOLDS.minCoverage && doneBy.some((index) => saysIt(passage, index)),
    )
  ) {
    const verbs = joined(doneBy.map((index) => retrieval.queryTerms[index]?.surface ?? ''));
    return {
      reason: 'not_supported',
      message: `No passage on this says ${verbs}, so the articles do not say ${kind === 'who' ? 'who' : 'it'}.`,
    };
  }
  const best = retrieval.passages[0];
  const supporting = retrieval.passages.filter(
    (passage) =>
      passage.topicCoverage >= DECLINE_THRESHOLDS.minCoverage && passage.coverage >= DECLINE_THRESHOLDS.minCoverage,
  );
  // A question naming several people or things asks how they stand to each other ("Did Lavrov meet Zelenskiy?", "What
  // did Trump tweet after the Sochi meeting?"): a sentence must name them all, or the passages are about something else.
  // Asked for someone's words, the answer itself says that they are not given on it, and shows what is reported.
  const proper = retrieval.queryTerms.flatMap((term, index) => (term.proper && !term.predicate ? [index] : []));
  if (
    (kind === 'yes_no' || !asksForWords(question)) &&
    proper.length > 1 &&
    !retrieval.passages.some((passage) => proper.every((index) => (passage.ownCredits[index] ?? 0) > 0))
  ) {
    return {
      reason: 'not_supported',
      message: `The articles do not mention ${joined(
        proper.flatMap((index) => {
          const term = retrieval.queryTerms[index];
          return term ? [shown(term)] : [];
        }),
      )} together.`,
    };
  }
  // A question about what someone did is not answered by what was done to them: when every passage on the topic that
  // names a doer of the question writes them only as a preposition's object, the roles are the other way round.
  const reversed = doersNamed(question, retrieval.queryTerms).filter((doer) => {
    const index = retrieval.queryTerms.indexOf(doer);
    const naming = retrieval.passages.filter(
      (passage) => passage.topicCoverage >= DECLINE_THRESHOLDS.minCoverage && (passage.ownCredits[index] ?? 0) > 0,
    );
    return naming.length > 0 && naming.every((passage) => onlyOnReceivingEnd(passage, doer));
  });
  if (kind !== 'who' && reversed.length > 0) {
    return {
      reason: 'not_supported',
      message: `The articles report this as done to ${joined(reversed.map((term) => term.surface))}, not by them.`,
    };
  }
  // A which-question asks which ones: a passage that holds its noun only as the question puts it does not say
  // ("urged Tehran and European countries" for "which European countries did Moscow urge").
  const kindAsked = askedKind(question);
  // "which hotel was Pompeo booked into": the one thing asked for, in no form in the articles, is not there to pick;
  // nor, for "which", is one of a kind they hold only words of the same contexts for ("establishment"), where "what
  // penalties" may still be described by "sanctions".
  const kindTerm =
    kindAsked && retrieval.queryTerms.find((term) => term.surface.toLowerCase() === kindAsked.head.text.toLowerCase());
  const picksOne = kindAsked?.picksOne === true;
  // Which outlet or article says a thing is the sources' to answer, not their text's.
  if (
    kindAsked &&
    kindTerm &&
    (!kindTerm.known || (picksOne && kindTerm.onlySimilar)) &&
    !isSourceNoun(kindAsked.head.text)
  ) {
    return {
      reason: 'not_in_corpus',
      message: `The articles never mention ${shown(kindTerm)}, so they do not say which.`,
    };
  }
  if (
    kindAsked &&
    supporting.length > 0 &&
    supporting.every((passage) => mentionsOnlyUnspecified(kindAsked, passage.text))
  ) {
    return {
      reason: 'not_supported',
      message: `The articles mention ${kindAsked.phrase} but do not say which.`,
    };
  }
  if (passagesNamingTheTopic(question, retrieval).length > 0) return null;
  // Passages that hold the topic but not a name the question gives are about someone or something else.
  if (supporting.length > 0 && supporting.every((passage) => passage.missingNames.length > 0)) {
    const names = [...new Set(supporting.flatMap((passage) => passage.missingNames))];
    const others = retrieval.queryTerms
      .filter((term) => term.known && term.weight > 0 && !names.includes(term.surface))
      .map((term) => term.surface);
    return {
      reason: 'not_supported',
      message: `The articles do not mention ${joined(names)} in connection with ${joined(others)}.`,
    };
  }
  if (
    !best ||
    best.coverage < DECLINE_THRESHOLDS.minCoverage ||
    !retrieval.passages.some((passage) => passage.topicCoverage >= DECLINE_THRESHOLDS.minCoverage)
  ) {
    return {
      reason: 'not_supported',
      message: missing.length > 0 ? neverMentioned : 'The articles do not say enough to answer that.',
    };
  }
  return null;
}
