import type { Passage } from '../search/search-index.js';
import type { AskResult, Citation } from './ask-result.js';
import type { Answerer, AnswerRequest } from './answerer.js';
import { decideDecline, DECLINE_THRESHOLDS } from './decline-policy.js';
import { describeCorpus, renderCitedAnswer } from './render-answer.js';
import { citationForPassage } from './select-citations.js';
import { passageSpeaksFor, speakersAskedAbout } from './speakers-asked-about.js';

const MAX_CITATIONS = 3;
/** A further passage is shown only when it covers nearly as much of the question as the best one. */
const RELATIVE_COVERAGE = 0.75;

function overlaps(a: Citation, b: Citation): boolean {
  return a.source === b.source && a.start < b.end && b.start < a.end;
}

/**
 * Citations from one paragraph read best in the article's order: each paragraph keeps the place of its most
 * relevant citation, and its citations follow the text.
 */
function inReadingOrder(chosen: readonly { citation: Citation; paragraph: string }[]): Citation[] {
  const paragraphs = [...new Set(chosen.map((entry) => entry.paragraph))];
  return paragraphs.flatMap((paragraph) =>
    chosen
      .filter((entry) => entry.paragraph === paragraph)
      .map((entry) => entry.citation)
      .sort((a, b) => a.start - b.start),
  );
}

function notQuotedOnThis(speakers: ReadonlySet<string>): string {
  const names = [...speakers];
  const who = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
  return `The articles do not give ${who}'s own words on this. What they report:`;
}

/** The embedded engine: no model, no network. Answers with the most relevant sentences, verbatim, or declines. */
export function createOfflineAnswerer(): Answerer {
  return {
    engine: 'offline',
    async answer({ question, corpus, retrieval }: AnswerRequest): Promise<AskResult> {
      const decline = decideDecline(question, retrieval);
      if (decline) {
        return {
          status: 'declined',
          answer: `${decline.message} ${describeCorpus(corpus)}`,
          citations: [],
          reason: decline.reason,
          engine: 'offline',
          corpusVersion: corpus.version,
        };
      }
      const best = retrieval.passages[0] as Passage;
      const asked = speakersAskedAbout(question, corpus);
      // "What did Putin say ..." is answered with Putin's words first, when they are among the relevant passages.
      const ordered =
        asked.size === 0
          ? retrieval.passages
          : [...retrieval.passages.filter((passage) => passageSpeaksFor(passage, asked)), ...retrieval.passages.filter((passage) => !passageSpeaksFor(passage, asked))];
      const chosen: { citation: Citation; paragraph: string; speaksForAsked: boolean }[] = [];
      for (const passage of ordered) {
        if (chosen.length === MAX_CITATIONS) break;
        if (passage.coverage < Math.max(DECLINE_THRESHOLDS.minCoverage, best.coverage * RELATIVE_COVERAGE)) continue;
        if (passage.topicCoverage < DECLINE_THRESHOLDS.minCoverage) continue;
        const citation = citationForPassage(passage, 0);
        const paragraph = `${passage.document.id}:${passage.sentence.paragraphIndex}`;
        if (!chosen.some((other) => overlaps(other.citation, citation))) chosen.push({ citation, paragraph, speaksForAsked: passageSpeaksFor(passage, asked) });
      }
      const citations = inReadingOrder(chosen).map((citation, index) => ({ ...citation, n: index + 1 }));
      // Asked for someone's words and shown only other passages: say so, rather than let the passages pass for theirs.
      const notTheirs = asked.size > 0 && !chosen.some((entry) => entry.speaksForAsked) ? `${notQuotedOnThis(asked)}\n` : '';
      return {
        status: 'answered',
        answer: `${notTheirs}${renderCitedAnswer(citations)}`,
        citations,
        engine: 'offline',
        corpusVersion: corpus.version,
      };
    },
  };
}
