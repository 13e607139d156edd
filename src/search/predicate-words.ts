import { type TaggedWord, tagWords } from '../corpus/speakers/tag-words.js';
import lemmatizer from 'wink-lemmatizer';
import { LRUCache } from 'lru-cache';
import { installedWordNet, type WordNet } from '../lexicon/wordnet.js';
import { SPEECH_VERBS } from '../text/speech-verbs.js';

/** Auxiliaries after which English puts the bare verb: "did Pompeo post", "will the talks resume". */
const DO_SUPPORT = /^(?:do|does|did|will|would|can|could|should|may|might|must|shall)$/i;
const PREDICATE_TAGS = new Set(['VERB', 'ADJ', 'ADV']);
/** Tags that may stand between the auxiliary and its bare verb, in the subject ("did the US State Dept ..."). */
const SUBJECT_TAGS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'PRON', 'NUM', 'CCONJ', 'PART', 'PUNCT']);

/**
 * Start offsets of the question's words that say what happened or how (verbs, adjectives, adverbs) rather than
 * name what it is about. The tagger reads "did Pompeo post" as a noun "post"; the first bare verb (a WordNet verb
 * lemma as written) after a do-support auxiliary and its subject is taken as the verb, as English grammar has it.
 */
export function predicateWords(question: string, wordNet: WordNet): Set<number> {
  const words = tagWords(question);
  const predicates = new Set<number>();
  // An ordinal written in figures ("the 13th") names a day, whatever its tag.
  for (const word of words) if (PREDICATE_TAGS.has(word.pos) && !/^\d/.test(word.text)) predicates.add(word.start);
  words.forEach((word, index) => {
    if (!DO_SUPPORT.test(word.text)) return;
    // The subject's own nouns may be verbs too ("does New START lapse", "will the talks resume"): the bare verb is
    // the last such word before the clause goes on (a preposition, a verb) or ends.
    let verb: number | null = null;
    for (const next of words.slice(index + 1)) {
      // A verb the tagger sees ends the subject, and is the verb: "did the phone call cover" (not "call").
      if (next.pos === 'VERB') {
        verb = null;
        break;
      }
      if (!SUBJECT_TAGS.has(next.pos)) break;
      const bare = next.text.toLowerCase();
      if (next.pos !== 'PROPN' && /^\p{Ll}+$/u.test(bare) && wordNet.senseCount(bare, 'verb') > 0) verb = next.start;
    }
    if (verb !== null) predicates.add(verb);
  });
  // "Who chairs the committee": the word after a subject "who" (and its adverbs) is the verb, though the tagger may
  // read a verb in -s as a plural noun.
  const [first, ...rest] = words;
  const verb = rest.find((word) => word.pos !== 'ADV');
  if (
    first?.text.toLowerCase() === 'who' &&
    verb?.pos === 'NOUN' &&
    /^\p{Ll}+s$/u.test(verb.text) &&
    wordNet.senseCount(lemmatizer.verb(verb.text), 'verb') > 0
  )
    predicates.add(verb.start);
  return predicates;
}

const SPEECH_VERB_SET: ReadonlySet<string> = new Set(SPEECH_VERBS);
const MENTIONS_SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_VERBS.join('|')})\\b`, 'i');
const asksForWordsCache = new WeakMap<WordNet, LRUCache<string, boolean>>();

/**
 * True when the question asks for someone's words ("What did X say ...", "did Lavrov call for"): a verb of saying is
 * its verb. The answer says when they are not given. Not when the word is a noun there ("the phone call").
 */
export function asksForWords(question: string, wordNet: WordNet = installedWordNet()): boolean {
  if (!MENTIONS_SPEECH_VERB.test(question)) return false;
  // Each answer asks this of its question several times (decline policy, role check, answer), and tagging costs.
  let answers = asksForWordsCache.get(wordNet);
  if (!answers) {
    answers = new LRUCache<string, boolean>({ max: 1_000 });
    asksForWordsCache.set(wordNet, answers);
  }
  let asks = answers.get(question);
  if (asks === undefined) {
    const predicates = predicateWords(question, wordNet);
    asks = tagWords(question).some(
      (word) => SPEECH_VERB_SET.has(word.text.toLowerCase()) && (word.pos === 'VERB' || predicates.has(word.start)),
    );
    answers.set(question, asks);
  }
  return asks;
}

const FUNCTION_TAGS = new Set(['ADP', 'SCONJ', 'CCONJ']);

/** "Going to" and "due to" before a verb mark when it happens ("was Pompeo going to see", "due to arrive"). */
const TIME_MARKER = /^(?:going|due)$/i;
const VERB_TAGS = new Set(['VERB', 'AUX']);

/** True when the word is "going" or "due" in "going to" / "due to" before a verb: it says when, not what. */
function marksTime(words: readonly TaggedWord[], index: number): boolean {
  const [word, to, verb] = words.slice(index, index + 3);
  return (
    word !== undefined &&
    TIME_MARKER.test(word.text) &&
    to?.text.toLowerCase() === 'to' &&
    to.pos === 'PART' &&
    verb !== undefined &&
    VERB_TAGS.has(verb.pos)
  );
}

/**
 * Start offsets of the question's auxiliaries and modals ("ought", "might", "does"): they say how a thing is asked,
 * and one the articles never use names nothing they lack ("who ought to rule venezuela").
 */
export function auxiliaryWords(question: string): Set<number> {
  return new Set(tagWords(question).flatMap((word) => (word.pos === 'AUX' ? [word.start] : [])));
}

/**
 * Start offsets of the question's prepositions and conjunctions ("per", "since", "besides"), and of "going" and "due"
 * before "to" and a verb: they relate what it names or say when, and name nothing, so one the articles never use says
 * nothing about what they cover ("who was Pompeo going to see": the articles say "will visit").
 */
export function functionWords(question: string): Set<number> {
  const words = tagWords(question);
  return new Set(
    words.flatMap((word, index) => (FUNCTION_TAGS.has(word.pos) || marksTime(words, index) ? [word.start] : [])),
  );
}

/** Where each word that modifies the noun straight after it starts ("kremlin" in "the kremlin aide"). */
export function nounModifiers(question: string): Set<number> {
  const words = tagWords(question);
  return new Set(
    words.flatMap((word, index) =>
      ['NOUN', 'PROPN', 'ADJ'].includes(word.pos) && words[index + 1]?.pos === 'NOUN' ? [word.start] : [],
    ),
  );
}
