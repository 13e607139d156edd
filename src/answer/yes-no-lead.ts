import type { WordNet } from '../lexicon/wordnet.js';
import { predicateWords } from '../search/predicate-words.js';
import type { Passage, QueryTerm } from '../search/search-index.js';
import { searchTerm, searchTerms, wordTerms } from '../search/search-terms.js';
import { SPEECH_VERBS } from '../text/speech-verbs.js';
import { wordLemmas } from '../text/word-lemmas.js';
import { wordTokens } from '../text/word-tokens.js';
import { questionKind } from '../search/question-kind.js';

/** How far after "not" its verb may stand: "does not "fundamentally" seek". */
const NEGATION_REACH = 3;
const SENSES = 2;

/**
 * The terms of the question's verbs, with WordNet's synonyms and narrower verbs of their frequent senses, and of
 * the phrasal verb a particle makes ("look for": "seek").
 */
function verbTerms(question: string, wordNet: WordNet): Set<string> {
  const predicates = predicateWords(question, wordNet);
  const tokens = wordTokens(question);
  const terms = new Set<string>();
  tokens.forEach((token, index) => {
    if (!predicates.has(token.start)) return;
    const lemmas = wordLemmas(token.norm).filter((lemma) => wordNet.senseCount(lemma, 'verb') > 0);
    const next = tokens[index + 1];
    const phrasal = next ? lemmas.map((lemma) => `${lemma} ${next.norm}`) : [];
    for (const lemma of [...lemmas, ...phrasal.filter((phrase) => wordNet.senseCount(phrase, 'verb') > 0)]) {
      const related = wordNet.related(lemma, 'verb', SENSES);
      for (const word of [lemma, ...related.synonyms, ...related.narrower]) {
        const content = word.split(' ').filter((part) => searchTerm(part) !== null);
        if (content.length === 1) for (const term of wordTerms(content[0] as string)) terms.add(term);
      }
    }
  });
  return terms;
}

/** Who speaks in the sentence: the narration's credit and the speakers of the quotations in it. */
function speakersOf(passage: Passage): string[] {
  const { document, sentence } = passage;
  const quoted = document.quotations
    .filter((quotation) => quotation.start < sentence.end && quotation.end > sentence.start)
    .map((quotation) => quotation.speaker);
  return [sentence.creditedSpeaker, ...quoted].filter((speaker): speaker is string => speaker !== null);
}

/** True when the sentence's terms name the term, in any form the corpus uses for it. */
function namedIn(terms: ReadonlySet<string>, term: QueryTerm): boolean {
  return (
    [...term.exact, ...term.related].some((option) => terms.has(option)) ||
    term.longForms.some((form) => form.every((part) => terms.has(part)))
  );
}

/** True when the text negates one of the verbs: "did not discuss", "does not "fundamentally" seek", "never met". */
function negates(text: string, verbs: ReadonlySet<string>): boolean {
  const tokens = wordTokens(text);
  return tokens.some(
    (token, index) =>
      (token.norm === 'not' || token.norm === 'never' || token.norm.endsWith("n't")) &&
      tokens
        .slice(index + 1, index + 1 + NEGATION_REACH)
        .some((after) => wordTerms(after.text).some((term) => verbs.has(term))),
  );
}

/**
 * For a yes/no question, the passage that answers "no": it names, by itself, everything the question names and
 * negates the question's verb or a synonym of it. Null when no passage does (the answer then gives no verdict).
 */
export function passageSayingNo(
  question: string,
  passages: readonly Passage[],
  queryTerms: readonly QueryTerm[],
  wordNet: WordNet,
): Passage | null {
  if (questionKind(question) !== 'yes_no') return null;
  const verbs = verbTerms(question, wordNet);
  if (verbs.size === 0) return null;
  const names = queryTerms.filter((term) => term.proper && !term.predicate);
  return (
    passages.find((passage) => {
      const terms = new Set(wordTokens(passage.text).flatMap((token) => wordTerms(token.text)));
      const named = names.every((term) => namedIn(terms, term));
      return named && negates(passage.text, verbs);
    }) ?? null
  );
}

/**
 * True for a yes/no question that none of the passages settles: no sentence holds both the question's verb (a
 * synonym or a narrower verb of it, negated or not) and what the question names ("Did Russia agree to stop helping Maduro?"
 * over passages on Maduro that never say Russia helped). Passages on the topic that do not say what is asked are no
 * answer to it.
 */
export function yesNoUnsettled(
  question: string,
  passages: readonly Passage[],
  queryTerms: readonly QueryTerm[],
  wordNet: WordNet,
): boolean {
  if (questionKind(question) !== 'yes_no') return false;
  // "Did Putin say ...": a verb asking for someone's words is answered by their words, whatever verb those use.
  if (wordTokens(question).some((token) => SPEECH_VERBS.includes(token.norm))) return false;
  const verbs = verbTerms(question, wordNet);
  if (verbs.size === 0) return false;
  const names = queryTerms.filter((term) => term.proper && !term.predicate);
  return !passages.some((passage) => {
    const terms = new Set(wordTokens(passage.text).flatMap((token) => wordTerms(token.text)));
    for (const speaker of speakersOf(passage)) for (const term of searchTerms(speaker)) terms.add(term);
    // The verb with what it is about, in one sentence: a neighbour's name may belong to another event.
    return [...verbs].some((verb) => terms.has(verb)) && names.every((term) => namedIn(terms, term));
  });
}
