import type { Corpus, CorpusDocument } from '../corpus/corpus-types.js';
import { installedWordNet, type WordNet } from '../lexicon/wordnet.js';
import type { QueryTerm, SearchResult } from '../search/search-index.js';
import { wordLemmas } from '../text/word-lemmas.js';
import { searchTerm, searchTerms, textTerms } from '../search/search-terms.js';
import { wordTokens } from '../text/word-tokens.js';
import { asksForTimeOfDay } from '../search/question-kind.js';
import type { AskResult, Citation, Engine } from './ask-result.js';
import { holdsClockTime } from './find-answer-span.js';
import { citationAt } from './select-citations.js';

type SourceQuestion = 'count' | 'list' | 'quoted' | 'outlet' | 'dateline' | 'date' | 'title' | 'author';

const SOURCE_NOUNS =
  '(?:articles?|pieces?|stor(?:y|ies)|outlets?|publications?|publishers?|sources?|headlines?|titles?|corpus|documents?|reports?|websites?|sites?|(?:news)?papers?|agenc(?:y|ies))';
const SOURCE_NOUN = new RegExp(`\\b${SOURCE_NOUNS}\\b`, 'i');
const WHOLE_SOURCE_NOUN = new RegExp(`^${SOURCE_NOUNS}$`, 'i');

/** Whether a word names one of the sources ("outlet", "article", "website"), which metadata, not text, answers. */
export function isSourceNoun(word: string): boolean {
  return WHOLE_SOURCE_NOUN.test(word);
}

const KINDS: readonly (readonly [SourceQuestion, RegExp])[] = [
  // Checked first: "who wrote" asks for a person, which an outlet's name does not answer.
  [
    'author',
    // Reporters and journalists also appear in questions about what they asked, so they count only after "who is".
    /\bwho (?:wrote|authored|penned)\b|\bwho (?:is|was|are|were) the (?:authors?|writers?|journalists?|reporters?)\b|\b(?:authors?|writers?|bylines?)\b.+\b(?:articles?|pieces?|stor(?:y|ies)|reports?)\b|\b(?:articles?|pieces?|stor(?:y|ies)|reports?)\b.+\b(?:authors?|writers?|bylines?)\b/i,
  ],
  // One word may qualify the noun: "how many news stories", "how many different sources", "which news websites".
  ['count', /\bhow many (?:\w+ )?(?:articles|pieces|stories|sources|documents|reports|outlets)\b/i],
  [
    'quoted',
    /\bwhom? (?:is|are|was|were|gets?|got) quoted\b|\bwhose (?:words|quotes|quotations)\b|\bwho (?:is|are) cited\b/i,
  ],
  [
    'outlet',
    /\b(?:which|what) (?:\w+ )?(?:outlets?|publications?|publishers?|(?:news)?papers?|websites?|sites?|agenc(?:y|ies)|media)\b|\bwho (?:published|ran|reported)\b/i,
  ],
  // The hour and place of filing stand in the dateline, not in the date kept of each document.
  [
    'dateline',
    /\bdatelined?s?\b|\btime ?stamps?\b|\b(?:what|which) (?:time|hour)\b.+\b(?:published|posted|released|written|filed|updated|put (?:out|online|up)|come out)\b|\bwhere (?:was|were|is|are|did) .+\b(?:filed|datelined|written)(?: from)?\s*\??$/i,
  ],
  [
    'date',
    /\bwhen (?:was|were|did) .*\b(?:published|written|released|posted|come out|run|put (?:out|online|up))\b|\b(?:what|which) (?:date|day)\b.+\b(?:published|written|released|posted|come out|article|piece|story|report|put (?:out|online|up))\b|\bpublication date\b/i,
  ],
  // "What was the RT piece called": asking what something is called asks for its name, here a title.
  ['title', /\b(?:title|headline)[sd]?\b|\b(?:called|named)\s*\??$/i],
  [
    'list',
    /\b(?:which|what) (?:sources|articles|documents|stories|reports)\b|\bsources? do you\b|\blist (?:the|your|all) (?:sources|articles)\b/i,
  ],
];
/** Words that ask about the sources rather than name a topic: they need not occur in the articles' text. */
const ABOUT_SOURCES = new Set(
  `article articles piece pieces story stories outlet outlets publication publications publisher published publish source sources
  headline headlines title titles corpus document documents report reports website site paper newspaper agency written released posted
  date day dateline datelined timestamp time hour filed quoted quote quotes cited words many use using wrote ran come run list media author authors writer writers
  journalist journalists reporter reporters byline`
    .split(/\s+/)
    .map((word) => searchTerm(word))
    .filter((term): term is string => term !== null),
);

/**
 * Words of the question that name an outlet only when read together ("urdu point": UrduPoint), each mapped to that
 * outlet's term: a reader splits a name the outlet writes as one word.
 */
function outletWordsJoined(question: string, outletTerms: ReadonlySet<string>): Map<string, string> {
  const joined = new Map<string, string>();
  const tokens = wordTokens(question);
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if (!next) return;
    const term = searchTerm(`${token.norm}${next.norm}`);
    if (term !== null && outletTerms.has(term)) {
      joined.set(token.text, term);
      joined.set(next.text, term);
    }
  });
  return joined;
}

/** The document's title as it stands in its text, or its first sentence: always corpus text at its offsets. */
function titleCitation(document: CorpusDocument, n: number): Citation | null {
  const at = document.title ? document.text.indexOf(document.title) : -1;
  if (at >= 0) return citationAt(document, at, at + document.title.length, null, n);
  const first = document.sentences[0];
  return first ? citationAt(document, first.start, first.end, null, n) : null;
}

/** The document's dateline paragraphs ("10 May, 2019 12:08", "WASHINGTON (UrduPoint News / Sputnik - 15th May, 2019)"). */
function datelineCitations(document: CorpusDocument, n: number): Citation[] {
  return document.paragraphs
    .filter((paragraph) => paragraph.kind === 'dateline')
    .map((paragraph, index) => citationAt(document, paragraph.start, paragraph.end, null, n + index));
}

/** An answer about the sources lists this many documents and names this many speakers, at any corpus size. */
const DOCUMENTS_LISTED = 20;
const SPEAKERS_NAMED = 30;

/** The documents the question points at: by outlet name, else by the words of their titles; all when it names none. */
/** Each document's outlet and title terms, in corpus order. */
interface DocumentTerms {
  readonly outlet: readonly string[];
  /** Its title's terms and its date's ("may", "15", "2019"). */
  readonly title: ReadonlySet<string>;
}

const documentTermsByCorpus = new WeakMap<Corpus, readonly DocumentTerms[]>();

/** A document's date as a reader names it ("may 15 2019"), so that "the may 15 report" points at it. */
function dateWords(date: string | null): string {
  if (date === null) return '';
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return '';
  return `${day.toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${day.getUTCDate()} ${day.getUTCFullYear()}`;
}

/** WordNet's kind of the nouns for what is said or written ("review", "preview", "story", "report"). */
const MESSAGE = 'communication';
/** Senses read: a noun's first few say what people mean by it. */
const MESSAGE_SENSES = 2;

/** True when the word is a noun for a message in one of its first senses: it names an article, not a topic. */
function namesAMessage(word: string, wordNet: WordNet): boolean {
  return wordLemmas(word.toLowerCase()).some((lemma) =>
    wordNet.kindsAbove(lemma, MESSAGE_SENSES).some((kind) => kind.includes(MESSAGE)),
  );
}

/** Worked out once per corpus: every question about the sources would otherwise analyse every title again. */
function documentTerms(corpus: Corpus): readonly DocumentTerms[] {
  let terms = documentTermsByCorpus.get(corpus);
  if (!terms) {
    terms = corpus.documents.map((document) => ({
      outlet: searchTerms(document.outlet ?? ''),
      title: new Set([...textTerms(document.title), ...textTerms(dateWords(document.date))]),
    }));
    documentTermsByCorpus.set(corpus, terms);
  }
  return terms;
}

function documentsAskedAbout(corpus: Corpus, topic: ReadonlySet<string>): CorpusDocument[] {
  const terms = documentTerms(corpus);
  const byOutlet = corpus.documents.filter((_, index) => terms[index]?.outlet.some((term) => topic.has(term)));
  if (byOutlet.length > 0) return byOutlet;
  const overlaps = terms.map(({ title }) => [...title].filter((term) => topic.has(term)).length);
  const best = Math.max(0, ...overlaps);
  return best === 0 ? [...corpus.documents] : corpus.documents.filter((_, index) => overlaps[index] === best);
}

function describe(document: CorpusDocument, citation: Citation, kind: SourceQuestion): string {
  const outlet = document.outlet ?? 'An unknown outlet';
  const date = document.date ? ` on ${document.date}` : ' (undated)';
  const title = `\u201C${citation.quote}\u201D [${citation.n}]`;
  if (kind === 'date')
    return document.date ? `${document.date}: ${outlet} published ${title}.` : `${title} carries no date.`;
  return `${outlet} published ${title}${date}.`;
}

/**
 * Answers questions about the articles themselves (which outlet, when published, titles, how many, who is quoted)
 * from the documents' metadata, citing each document's title in its own text. Null for any other question, and for
 * one that names something the articles never mention ("the New York Times interview").
 */
export function answerAboutSources(
  question: string,
  corpus: Corpus,
  retrieval: SearchResult,
  engine: Engine,
  wordNet: WordNet = installedWordNet(),
): AskResult | null {
  const kind = KINDS.find(([, pattern]) => pattern.test(question))?.[0];
  if (!kind || corpus.documents.length === 0) return null;
  const outletTerms = new Set(corpus.documents.flatMap((document) => searchTerms(document.outlet ?? '')));
  const joinedOutlet = outletWordsJoined(question, outletTerms);
  // An outlet's name points at its articles as a source noun does ("the urdupoint review", "rt's preview").
  // Read from the question itself: retrieval leaves out an outlet's words that the articles' text never uses.
  const outletNamed = searchTerms(question).filter((term) => outletTerms.has(term));
  const namesOutlet = joinedOutlet.size > 0 || outletNamed.length > 0;
  if (!SOURCE_NOUN.test(question) && !namesOutlet && !/\bwhom? (?:is|are) quoted\b/i.test(question)) return null;
  const topicTerms = retrieval.queryTerms.filter(
    (term) => !ABOUT_SOURCES.has(term.term) && !outletTerms.has(term.term) && !joinedOutlet.has(term.surface),
  );
  const titled = new Set(documentTerms(corpus).flatMap(({ title }) => [...title]));
  const inTitles = (term: QueryTerm) => [...term.exact].some((option) => titled.has(option));
  // Only a thing named and never mentioned makes it a question about something else ("the ceasefire"); a verb or
  // adjective ("how many different articles") does not, nor a word of a title or a date ("the may 15 report"), nor a
  // noun for a message, which names the article itself ("the urdupoint review", "rt's preview").
  if (
    topicTerms.some(
      (term) => !term.known && !term.predicate && !inTitles(term) && !namesAMessage(term.surface, wordNet),
    )
  )
    return null;
  // A name that no title holds is what the question is about, not a source: "when was the Mueller report released"
  // asks about Mueller's report, not about an article.
  if (topicTerms.some((term) => term.proper && !inTitles(term))) return null;
  const topic = new Set([
    ...topicTerms.flatMap((term) => [...term.exact]),
    ...outletNamed,
    ...[...joinedOutlet.values()],
  ]);
  if (kind === 'author') {
    return {
      status: 'declined',
      answer:
        'The articles do not say who wrote them: each names its outlet, title and date, not its author. Ask which outlet published one.',
      citations: [],
      reason: 'not_supported',
      engine,
      corpusVersion: corpus.version,
    };
  }
  const result = (answer: string, citations: Citation[]): AskResult => ({
    status: 'answered',
    answer,
    citations,
    engine,
    corpusVersion: corpus.version,
  });

  if (kind === 'quoted') {
    const counts = new Map<string, { count: number; first: Citation }>();
    for (const document of corpus.documents) {
      for (const quotation of document.quotations) {
        if (!quotation.speaker) continue;
        const entry = counts.get(quotation.speaker);
        if (entry) entry.count++;
        else
          counts.set(quotation.speaker, {
            count: 1,
            first: citationAt(document, quotation.start, quotation.end, quotation.speaker, 0),
          });
      }
    }
    const speakers = [...counts.entries()].sort((a, b) => b[1].count - a[1].count);
    const citations = speakers.slice(0, 5).map(([, entry], index) => ({ ...entry.first, n: index + 1 }));
    const lines = speakers
      .slice(0, 5)
      .map(
        ([speaker, entry], index) =>
          `${speaker} (${entry.count} quotation${entry.count === 1 ? '' : 's'}), for example \u201C${citations[index]?.quote}\u201D [${index + 1}]`,
      );
    const rest = speakers.slice(5, SPEAKERS_NAMED).map(([speaker, entry]) => `${speaker} (${entry.count})`);
    const unnamed = speakers.length - Math.max(5, SPEAKERS_NAMED);
    const others = unnamed > 0 ? ` and ${unnamed.toLocaleString('en')} others` : '';
    return result(
      `The articles quote ${speakers.length.toLocaleString('en')} speakers:\n${lines.join('\n')}${rest.length > 0 ? `\nAlso: ${rest.join(', ')}${others}.` : ''}`,
      citations,
    );
  }

  const documents = kind === 'count' || kind === 'list' ? [...corpus.documents] : documentsAskedAbout(corpus, topic);
  // "at what time was the urdupoint review posted": a dateline that gives only a day does not say.
  if (
    kind === 'dateline' &&
    asksForTimeOfDay(question) &&
    !documents.some((document) => datelineCitations(document, 1).some((citation) => holdsClockTime(citation.quote)))
  ) {
    return {
      status: 'declined',
      answer: `The ${documents.length === 1 ? 'article gives' : 'articles give'} no time of day, only ${documents.length === 1 ? 'its date' : 'their dates'}.`,
      citations: [],
      reason: 'not_supported',
      engine,
      corpusVersion: corpus.version,
    };
  }
  const citations: Citation[] = [];
  const lines: string[] = [];
  let unlisted = 0;
  for (const document of documents) {
    if (citations.length === DOCUMENTS_LISTED) {
      unlisted++;
      continue;
    }
    const datelines = kind === 'dateline' ? datelineCitations(document, citations.length + 1) : [];
    if (datelines.length > 0) {
      citations.push(...datelines);
      const quoted = datelines.map((citation) => `\u201C${citation.quote}\u201D [${citation.n}]`).join(', ');
      lines.push(
        `${document.outlet ?? 'An unknown outlet'}${document.date ? `, ${document.date}` : ''}: dated ${quoted}.`,
      );
      continue;
    }
    const citation = titleCitation(document, citations.length + 1);
    if (!citation) continue;
    citations.push(citation);
    lines.push(describe(document, citation, kind));
  }
  if (citations.length === 0) return null;
  const count = corpus.documents.length;
  const opening =
    kind === 'count' || kind === 'list' ? `${count.toLocaleString('en')} article${count === 1 ? '' : 's'}:\n` : '';
  const more =
    unlisted > 0
      ? `\n\u2026and ${unlisted.toLocaleString('en')} more; name an outlet or words of a title to narrow the list.`
      : '';
  return result(`${opening}${lines.join('\n')}${more}`, citations);
}
