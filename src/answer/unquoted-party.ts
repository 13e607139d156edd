import type { Corpus } from '../corpus/corpus-types.js';
import { installedWordNet, type WordNet } from '../lexicon/wordnet.js';
import { questionKind } from '../search/question-kind.js';
import type { Passage, SearchResult } from '../search/search-index.js';
import type { DeclineDecision } from './decline-policy.js';
import { doneByAnyOf, doneByWordsOf } from './role-check.js';
import { speakerIsQuoted, speakersAskedAbout, speakerWordsAsked } from './speakers-asked-about.js';
import { listed } from './typed-answer.js';

/**
 * Declines "what did X say ..." (an open question) when the cited passages would be read as X's words but are not:
 * X is a speaker the articles never quote, or a party they know by no speaker's name ("the business leaders",
 * "Iran"), and no cited sentence has X as a clause's subject. Reported stances still answer ("Geng Shuang ruled
 * out", "Tehran announced"). Both engines apply it to the passages they cite, so neither answers from others' words.
 */
export function unquotedPartyDecline(
  question: string,
  corpus: Corpus,
  retrieval: SearchResult,
  cited: readonly Passage[],
  wordNet: WordNet = installedWordNet(),
): DeclineDecision | null {
  // Who and yes/no questions may be answered by others' words ("did the US say it wants a war with Iran": Pompeo's).
  if (questionKind(question) !== 'open') return null;
  const asked = speakersAskedAbout(question, corpus);
  if (asked.size > 0) {
    const silent = [...asked].filter((speaker) => !speakerIsQuoted(corpus, speaker));
    if (silent.length < asked.size) return null;
    const surnames = silent.map((speaker) => speaker.split(/\s+/).at(-1)?.toLowerCase() ?? '');
    if (cited.some((passage) => doneByWordsOf(passage.text, surnames))) return null;
    return {
      reason: 'not_supported',
      message: `${listed(silent)} ${silent.length === 1 ? 'is' : 'are'} not quoted in the articles.`,
    };
  }
  const partyWords = speakerWordsAsked(question, wordNet);
  const party = retrieval.queryTerms.filter((term) => partyWords.includes(term.surface.toLowerCase()));
  if (party.length === 0 || cited.some((passage) => doneByAnyOf(passage.text, party, wordNet))) return null;
  return { reason: 'not_supported', message: `The articles do not give the words of ${partyWords.join(' ')} on this.` };
}
