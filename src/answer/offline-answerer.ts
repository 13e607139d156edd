import type { Passage, QueryTerm, SearchResult } from '../search/search-index.js';
import { lemmaTerms, searchTerm } from '../search/search-terms.js';
import { wordTokens } from '../text/word-tokens.js';
import type { AskResult, Citation } from './ask-result.js';
import type { Answerer, AnswerRequest } from './answerer.js';
import { decideDecline, DECLINE_THRESHOLDS, type DeclineDecision } from './decline-policy.js';
import { findAnswerSpan, needsAnswerSpan, type AnswerSpan } from './find-answer-span.js';
import { questionKind, type QuestionKind } from './question-kind.js';
import { describeCorpus, renderCitedAnswer } from './render-answer.js';
import { citationForPassage } from './select-citations.js';
import { passageSpeaksFor, speakerIsQuoted, speakersAskedAbout } from './speakers-asked-about.js';

const MAX_CITATIONS = 3;
/** A further passage is shown only when it covers nearly as much of the question as the best one. */
const RELATIVE_COVERAGE = 0.75;
/** A date, duration or number answers the question only in a sentence that holds most of its topic by itself. */
const TYPED_SENTENCE_COVERAGE = 0.6;

const WANTED: Readonly<Record<string, string>> = { when: 'a date', how_long: 'a duration', how_many: 'a number' };

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

function listed(names: readonly string[]): string {
  return names.length === 1 ? (names[0] as string) : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

function notQuotedOnThis(speakers: ReadonlySet<string>): string {
  return `The articles do not give ${listed([...speakers])}'s own words on this. What they report:`;
}

function sentenceTerms(text: string): Set<string> {
  return new Set(
    wordTokens(text).flatMap((token) =>
      [searchTerm(token.text), ...lemmaTerms(token.text)].filter((term): term is string => term !== null),
    ),
  );
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

interface TypedAnswer {
  /** The sentence that gives the date, duration or number. */
  readonly passage: Passage;
  readonly span: AnswerSpan;
  /** The sentence about the question's topic, when the date comes from the sentence before it. */
  readonly topic: Passage | null;
}

/**
 * A passage that gives the date, duration or number asked for, in a sentence that holds most of the topic and
 * names every entity the question names (so New START's date never answers for the INF treaty); or, for a date,
 * in the sentence just before such a sentence.
 */
function typedAnswer(kind: QuestionKind, retrieval: SearchResult): TypedAnswer | null {
  const topic = retrieval.queryTerms.filter((term) => !term.names);
  const topicWeight = topic.reduce((sum, term) => sum + term.weight, 0);
  const holds = (terms: ReadonlySet<string>, term: QueryTerm) =>
    term.phrases.some((phrase) => phrase.every((part) => terms.has(part)));
  for (const passage of retrieval.passages) {
    if (passage.topicCoverage < DECLINE_THRESHOLDS.minCoverage) continue;
    const terms = sentenceTerms(passage.text);
    // Only the words themselves count here: a synonym's sense may be another ("expire" is also "exit").
    const own = topic.reduce((sum, term) => sum + (holds(terms, term) ? term.weight : 0), 0);
    if (topicWeight > 0 && own / topicWeight < TYPED_SENTENCE_COVERAGE) continue;
    // An entity may be named by a derivation ("Venezuelan" for Venezuela), never by a synonym of something else.
    if (
      !topic.every(
        (term) => !term.entity || holds(terms, term) || [...term.related].some((option) => terms.has(option)),
      )
    )
      continue;
    const span = findAnswerSpan(kind, passage.text, topicPositions(passage.text, topic));
    if (span) return { passage, span, topic: null };
    const previous = kind === 'when' ? previousSentence(passage) : null;
    const earlier = previous ? findAnswerSpan(kind, previous.text, []) : null;
    if (previous && earlier) return { passage: previous, span: earlier, topic: passage };
  }
  return null;
}

/** Where the topic words stand in the text: a date or number is read as the one nearest to them. */
function topicPositions(text: string, topic: readonly QueryTerm[]): number[] {
  const wanted = new Set(topic.flatMap((term) => [...term.exact]));
  return wordTokens(text)
    .filter((token) =>
      [searchTerm(token.text), ...lemmaTerms(token.text)].some((term) => term !== null && wanted.has(term)),
    )
    .map((token) => token.start);
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
export function createOfflineAnswerer(): Answerer {
  return {
    engine: 'offline',
    async answer(request: AnswerRequest): Promise<AskResult> {
      const { question, corpus, retrieval } = request;
      const decline = decideDecline(question, retrieval);
      if (decline) return declined(decline, request);
      const asked = speakersAskedAbout(question, corpus);
      const silent = [...asked].filter((speaker) => !speakerIsQuoted(corpus, speaker));
      const kind = questionKind(question);
      const typed = needsAnswerSpan(kind) ? typedAnswer(kind, retrieval) : null;
      if (needsAnswerSpan(kind) && !typed) {
        return declined(
          {
            reason: 'not_supported',
            message: `The articles do not give ${WANTED[kind]} for ${topicWords(retrieval)}.`,
          },
          request,
        );
      }
      const best = retrieval.passages[0] as Passage;
      // "What did Putin say ..." is answered with Putin's words first, when they are among the relevant passages.
      const forced = typed ? [typed.passage, ...(typed.topic ? [typed.topic] : [])] : [];
      const ranked = [
        ...forced,
        ...retrieval.passages.filter((passage) => !forced.some((chosen) => chosen.id === passage.id)),
      ];
      const ordered =
        asked.size === 0
          ? ranked
          : [
              ...ranked.filter((passage) => passageSpeaksFor(passage, asked)),
              ...ranked.filter((passage) => !passageSpeaksFor(passage, asked)),
            ];
      const chosen: { citation: Citation; paragraph: string; speaksForAsked: boolean; passage: Passage }[] = [];
      for (const passage of ordered) {
        if (chosen.length === MAX_CITATIONS) break;
        if (!forced.includes(passage)) {
          if (passage.coverage < Math.max(DECLINE_THRESHOLDS.minCoverage, best.coverage * RELATIVE_COVERAGE)) continue;
          if (passage.topicCoverage < DECLINE_THRESHOLDS.minCoverage) continue;
          // Focused evidence: a sentence that holds none of the topic itself only rides on its neighbours.
          if (chosen.length > 0 && passage.sentenceTopicCoverage === 0) continue;
        }
        const citation = citationForPassage(passage, 0);
        const paragraph = `${passage.document.id}:${passage.sentence.paragraphIndex}`;
        if (!chosen.some((other) => overlaps(other.citation, citation)))
          chosen.push({ citation, paragraph, speaksForAsked: passageSpeaksFor(passage, asked), passage });
      }
      const ordering = inReadingOrder(chosen);
      const citations = ordering.map((citation, index) => ({ ...citation, n: index + 1 }));
      // Asked for someone's words and shown only other passages: say so, rather than let the passages pass for theirs.
      const notTheirs =
        asked.size > 0 && silent.length === asked.size
          ? `${listed(silent)} ${silent.length === 1 ? 'is' : 'are'} not quoted in the articles. What they report:\n`
          : asked.size > 0 && !chosen.some((entry) => entry.speaksForAsked)
            ? `${notQuotedOnThis(asked)}\n`
            : '';
      const typedCitation = typed
        ? citations[
            ordering.findIndex((citation) =>
              chosen.some((entry) => entry.citation === citation && entry.passage === typed.passage),
            )
          ]
        : undefined;
      // The direct answer: the date, duration or number itself, in the article's words, with its citation number.
      const lead =
        typed && typedCitation
          ? `${typed.passage.text.slice(typed.span.start, typed.span.end)} [${typedCitation.n}].\n`
          : '';
      return {
        status: 'answered',
        answer: `${lead}${notTheirs}${renderCitedAnswer(citations)}`,
        citations,
        engine: 'offline',
        corpusVersion: corpus.version,
      };
    },
  };
}
