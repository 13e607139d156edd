import { installedWordNet, type WordNet } from '../lexicon/wordnet.js';
import type { Passage } from '../search/search-index.js';
import type { AskResult, Citation } from './ask-result.js';
import type { Answerer, AnswerRequest } from './answerer.js';
import {
  decideDecline,
  DECLINE_THRESHOLDS,
  type DeclineDecision,
  passagesNamingTheTopic,
  passagesAsAsked,
} from './decline-policy.js';
import { describeCorpus, renderCitedAnswer } from './render-answer.js';
import { citationForPassage, citationForSentence } from './select-citations.js';
import { continuingSentence } from './continuing-sentence.js';
import { questionKind } from '../search/question-kind.js';
import { checkTypedAnswer, listed } from './typed-answer.js';
import { passageSayingNo, yesNoUnsettled } from './yes-no-lead.js';
import { namesAny, passageSpeaksFor, speakerIsQuoted, speakersAskedAbout } from './speakers-asked-about.js';
import { describePerson } from './person-description.js';
import { unquotedPartyDecline } from './unquoted-party.js';

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

function declined(decision: DeclineDecision, request: AnswerRequest): AskResult {
  return {
    status: 'declined',
    answer: `${decision.message} ${describeCorpus(request.corpus)}`,
    citations: [],
    reason: decision.reason,
    engine: 'offline',
    corpusVersion: request.corpus.version,
  };
}

/** The embedded engine: no model, no network. Answers with the most relevant sentences, verbatim, or declines. */
export function createOfflineAnswerer(wordNet: WordNet = installedWordNet()): Answerer {
  return {
    engine: 'offline',
    async answer(request: AnswerRequest): Promise<AskResult> {
      const { question, corpus } = request;
      const decline = decideDecline(question, request.retrieval, wordNet);
      if (decline) return declined(decline, request);
      // A passage with another party doing what the question asks of its doer is not evidence for it.
      const { retrieval } = passagesAsAsked(question, request.retrieval, wordNet);
      const described = describePerson(question, corpus, retrieval);
      if (described) {
        const citation = citationForPassage(described.passage, 1);
        return {
          status: 'answered',
          answer: `${described.lead} [1].\n${renderCitedAnswer([citation])}`,
          citations: [citation],
          engine: 'offline',
          corpusVersion: corpus.version,
        };
      }
      const asked = speakersAskedAbout(question, corpus);
      const silent = [...asked].filter((speaker) => !speakerIsQuoted(corpus, speaker));
      const { typed, decline: untyped } = checkTypedAnswer(question, retrieval, wordNet);
      if (untyped) return declined(untyped, request);
      const best = retrieval.passages[0] as Passage;
      // "What did Putin say ..." is answered with Putin's words first, when they are among the relevant passages.
      const forced = typed ? [typed.passage, ...(typed.topic ? [typed.topic] : [])] : [];
      const ranked = [
        ...forced,
        ...retrieval.passages.filter((passage) => !forced.some((chosen) => chosen.id === passage.id)),
      ];
      // Someone's sentence that holds nothing of the topic by itself ("What did Ushakov say about North Korea?": his
      // words on Ukraine, beside Lavrov's on North Korea) is not them speaking on it.
      // Another speaker the question names is topic too ("What did Lavrov say about Pompeo?").
      const askedWords = [...asked].join(' ').toLowerCase();
      const namedOthers = retrieval.queryTerms.flatMap((term, index) =>
        term.proper && term.names && !askedWords.includes(term.surface.toLowerCase()) ? [index] : [],
      );
      // When the topic names a common thing, a place alone is not it, nor a synonym ("exchange": change): Pompeo's words
      // urging Moscow are not what he told the business leaders in Moscow. The thing must be there in its own word.
      const things = retrieval.queryTerms.flatMap((term, index) =>
        !term.proper && !term.names && !term.predicate && term.inCorpus ? [index] : [],
      );
      // A topic that is only someone named ("What did Lavrov say about Zelenskiy?") is held by naming them, below.
      const holdsTopic = (passage: Passage) =>
        things.length > 0
          ? things.some((index) => (passage.ownCredits[index] ?? 0) >= (retrieval.queryTerms[index]?.weight ?? 0))
          : namedOthers.length === 0 && passage.sentenceTopicCoverage > 0;
      // Nor is a sentence that leaves out a name the question gives ("What did Lavrov say about the Arctic summit in
      // Finland?": his words on the G20 summit in Japan).
      const speaksOnTopic = (passage: Passage) =>
        passageSpeaksFor(passage, asked) &&
        passage.missingNames.length === 0 &&
        (holdsTopic(passage) || namedOthers.some((index) => (passage.ownCredits[index] ?? 0) > 0));
      const ordered =
        asked.size === 0
          ? ranked
          : [...ranked.filter(speaksOnTopic), ...ranked.filter((passage) => !speaksOnTopic(passage))];
      const naming = passagesNamingTheTopic(question, retrieval);
      const chosen: { citation: Citation; paragraph: string; speaksForAsked: boolean; passage: Passage }[] = [];
      for (const passage of ordered) {
        if (chosen.length === MAX_CITATIONS) break;
        // Asked what someone said and given their words: others' sentences would pass for theirs.
        if (chosen.some((entry) => entry.speaksForAsked) && !speaksOnTopic(passage)) break;
        // The asked person's own words on the topic are what the question wants, however little else they hold.
        if (!forced.includes(passage) && !naming.includes(passage) && !speaksOnTopic(passage)) {
          if (passage.coverage < Math.max(DECLINE_THRESHOLDS.minCoverage, best.coverage * RELATIVE_COVERAGE)) continue;
          if (passage.topicCoverage < DECLINE_THRESHOLDS.minCoverage) continue;
          // Focused evidence: a sentence that holds none of the topic itself only rides on its neighbours.
          if (chosen.length > 0 && passage.sentenceTopicCoverage === 0) continue;
        }
        const citation = citationForPassage(passage, 0);
        const paragraph = `${passage.document.id}:${passage.sentence.paragraphIndex}`;
        if (!chosen.some((other) => overlaps(other.citation, citation)))
          chosen.push({ citation, paragraph, speaksForAsked: speaksOnTopic(passage), passage });
      }
      // An open question about what the best sentence reports may be answered by the sentence that goes on with it
      // ("why did putin say mueller deserves credit": his next sentence), which shares few of its words. It reads as
      // part of the best citation, so it is added beyond the usual number.
      const first = chosen[0];
      const following =
        first && questionKind(question) === 'open'
          ? continuingSentence(first.passage.document, first.passage.sentence)
          : null;
      if (first && following) {
        const citation = citationForSentence(first.passage.document, following, 0);
        if (!chosen.some((other) => overlaps(other.citation, citation))) chosen.push({ ...first, citation });
      }
      const unquoted = unquotedPartyDecline(
        question,
        corpus,
        retrieval,
        chosen.map((entry) => entry.passage),
        wordNet,
      );
      if (unquoted) return declined(unquoted, request);
      const ordering = inReadingOrder(chosen);
      const citations = ordering.map((citation, index) => ({ ...citation, n: index + 1 }));
      // Asked for someone's words and shown only other passages: say so, rather than let the passages pass for theirs.
      const wordsMissing =
        asked.size > 0 && silent.length === asked.size
          ? `${listed(silent)} ${silent.length === 1 ? 'is' : 'are'} not quoted in the articles.`
          : asked.size > 0 && !chosen.some((entry) => entry.speaksForAsked)
            ? `The articles do not give ${listed([...asked])}'s own words on this.`
            : '';
      const notTheirs = wordsMissing === '' ? '' : `${wordsMissing} What they report:\n`;
      // A verb the articles never use was read past: say so, so the passages are not taken for that very thing.
      const unmatched = retrieval.queryTerms.filter((term) => !term.known).map((term) => term.surface);
      const unmatchedNote =
        unmatched.length > 0 && notTheirs === ''
          ? `The articles never use the word${unmatched.length === 1 ? '' : 's'} ${listed(unmatched).replace(/ or ([^ ]+)$/, ' and $1')}. What they report on the rest of the question:\n`
          : '';
      const typedCitation = typed
        ? citations[
            ordering.findIndex((citation) =>
              chosen.some((entry) => entry.citation === citation && entry.passage === typed.passage),
            )
          ]
        : undefined;
      // The direct answer: the date, duration or number itself, in the article's words, with its citation number.
      // A yes/no question that a cited passage answers by negating its verb gets its "No" first.
      const sayingNo = passageSayingNo(
        question,
        chosen.map((entry) => entry.passage),
        retrieval.queryTerms,
        wordNet,
      );
      const noCitation = sayingNo
        ? citations[
            ordering.findIndex((citation) =>
              chosen.some((entry) => entry.citation === citation && entry.passage === sayingNo),
            )
          ]
        : undefined;
      // A yes/no question whose verb no cited sentence holds is answered with the passages on its topic, said to be
      // no more than that: the articles may put the verb in words WordNet does not join ("keep talking": maintain
      // dialogue), so declining it refused answerable questions.
      const unsettled =
        notTheirs === '' &&
        yesNoUnsettled(
          question,
          chosen.map((entry) => entry.passage),
          retrieval.queryTerms,
          wordNet,
        );
      const unsettledNote = unsettled
        ? 'The articles do not answer this in so many words. What they report on it:\n'
        : unmatchedNote;
      const lead =
        typed && typedCitation
          ? `${typed.passage.text.slice(typed.span.start, typed.span.end)} [${typedCitation.n}].\n`
          : noCitation
            ? `No [${noCitation.n}].\n`
            : '';
      // Asked what someone said, when no passage found gives any words of theirs and none shown even names them, nor
      // answers with a date, number or "No": the articles do not say what they said, and others' passages would pass
      // for an answer. A who-question names people to ask who spoke about them.
      if (
        notTheirs !== '' &&
        lead === '' &&
        questionKind(question) !== 'who' &&
        !retrieval.passages.some((passage) => passageSpeaksFor(passage, asked)) &&
        !chosen.some((entry) => namesAny(entry.passage.text, asked, corpus))
      )
        return declined({ reason: 'not_supported', message: wordsMissing }, request);
      return {
        status: 'answered',
        answer: `${lead}${notTheirs}${unsettledNote}${renderCitedAnswer(citations)}`,
        citations,
        engine: 'offline',
        corpusVersion: corpus.version,
      };
    },
  };
}
