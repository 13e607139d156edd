import { installedWordNet, type WordNet } from '../lexicon/wordnet.js';
import { asksForWords } from '../search/predicate-words.js';
import { type Passage, passageRank, type SearchResult } from '../search/search-index.js';
import { doerDoes, questionRoles } from './role-check.js';

/**
 * The retrieval with the question's verb counted in full in each sentence that reports the asked event: a clause there
 * has the question's doer as its subject and the verb in the articles' other words, so it is the same act by the same
 * party ("what did guaido ask the us for": "Guaido formally requested"; "did pompeo and lavrov cross paths": "Pompeo
 * met Lavrov"), and the passages are ranked again. Both engines answer from this retrieval.
 */
export function creditAskedEvent(
  question: string,
  retrieval: SearchResult,
  wordNet: WordNet = installedWordNet(),
): SearchResult {
  const { queryTerms } = retrieval;
  if (asksForWords(question, wordNet)) return retrieval;
  const roles = questionRoles(question, queryTerms, wordNet);
  const verb = roles.verb;
  if (!verb || roles.doers.length === 0) return retrieval;
  const index = queryTerms.indexOf(verb);
  const totalWeight = queryTerms.reduce((sum, term) => sum + term.weight, 0);
  if (totalWeight === 0) return retrieval;
  // A synonym, or for a verb the articles never use its broader act (`QueryTerm.broaderActs`), which counts for little
  // or nothing in a sentence that lacks some of the rest; here the clause itself says it is the asked event.
  const writesVerb = (forms: readonly string[]) =>
    forms.some((form) => verb.related.has(form) || verb.broaderActs.has(form));
  let changed = false;
  const passages = retrieval.passages.map((passage): Passage => {
    const held = passage.ownCredits[index] ?? 0;
    if (held >= verb.weight || !doerDoes(passage.text, roles.doers, writesVerb, wordNet)) return passage;
    changed = true;
    const gained = (verb.weight - (passage.credits[index] ?? 0)) / totalWeight;
    const ownGained = (verb.weight - held) / totalWeight;
    const full = (credits: readonly number[]) => credits.map((credit, at) => (at === index ? verb.weight : credit));
    return {
      ...passage,
      coverage: passage.coverage + gained,
      topicCoverage: passage.topicCoverage + gained,
      sentenceTopicCoverage: passage.sentenceTopicCoverage + ownGained,
      ownCredits: full(passage.ownCredits),
      credits: full(passage.credits),
    };
  });
  if (!changed) return retrieval;
  // The search ranked by the credit it gave; the passage reporting the event now ranks as its coverage says.
  const topScore = Math.max(...retrieval.passages.map((passage) => passage.score));
  const ranked = passages
    .map((passage, at) => ({ passage, at }))
    .sort((a, b) => passageRank(b.passage, topScore) - passageRank(a.passage, topScore) || a.at - b.at)
    .map(({ passage }) => passage);
  return { ...retrieval, passages: ranked };
}
