import { LRUCache } from 'lru-cache';
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { Corpus, CorpusDocument, PersonMention, Quotation, Sentence } from '../corpus/corpus-types.js';
import { installedWordNet, type WordNet } from '../lexicon/wordnet.js';
import { textWords } from '../text/text-words.js';
import { type WordToken, wordTokens } from '../text/word-tokens.js';
import { namesAPair, pairReferences } from '../text/pair-reference.js';
import { SPEECH_VERBS } from '../text/speech-verbs.js';
import { asksForWords } from './predicate-words.js';
import { partitionPoint } from '../text/partition-point.js';
import { indexForTypos, type TypoIndex, typoCandidates, typoIndexWith } from '../text/correct-typo.js';
import { questionKind } from './question-kind.js';
import { tagWords } from '../corpus/speakers/tag-words.js';
import { LazyFieldPostings } from './lazy-postings.js';
import { analyseQuery, openCompounds, partyNoun, type QueryVocabulary } from './analyse-query.js';
import { AverageLengths, forgetRanking, rankSentences, setAverageLengths } from './rank-sentences.js';
import { RestoredSentences } from './restored-sentences.js';
import { type SentenceEntry, sentenceId } from './sentence-entry.js';
import {
  deriveSearchAliases,
  deriveSearchAliasesInSlices,
  documentAliases,
  expandTerms,
  type SearchAlias,
} from './derive-search-aliases.js';
import { searchTerm, searchTerms, wordTerms } from './search-terms.js';
import {
  indexPersonNames,
  indexPersonNamesInSlices,
  namesNobodyHere,
  type PersonNames,
  personTermsFor,
  titleByInitials,
} from './person-names.js';

/** What the index keeps of one word of the text. */
interface IndexedWord {
  readonly term: string;
  /** Its lemmas' terms, and the terms of a hyphenated word's parts (quote matching splits at hyphens too). */
  readonly lemmas: readonly string[];
  /** Only letters: a word the spelling corrector may offer. */
  readonly letters: boolean;
  readonly capital: boolean;
}

/** A retrieved sentence. `text` is always `document.text.slice(start, end)`. */
export interface Passage {
  readonly id: string;
  readonly document: CorpusDocument;
  readonly sentence: Sentence;
  readonly text: string;
  readonly score: number;
  /** Share (0..1, weighted by rarity) of the question's words this passage holds, aliases included. */
  readonly coverage: number;
  /**
   * The same share over the question's topic words only, leaving out the names and titles of speakers
   * ("What did Trump say about Iran?": Iran). Equal to `coverage` when the question names only speakers.
   */
  readonly topicCoverage: number;
  /** The share of the topic words the sentence holds by itself, without its neighbours' help. */
  readonly sentenceTopicCoverage: number;
  /** The question's names (as written) that neither the sentence (with its speakers) nor its neighbours hold, in any form. */
  readonly missingNames: readonly string[];
  /** What the sentence by itself holds of each query term (in `queryTerms` order): 0, a synonym's share, or its weight. */
  readonly ownCredits: readonly number[];
  /** What each query term counts for in `coverage`: its own credit, or its neighbours' share when that is more. */
  readonly credits: readonly number[];
}

export interface QueryTerm {
  readonly term: string;
  /** The word as the question wrote it. */
  readonly surface: string;
  /** A name the corpus nearly always capitalises ("INF", "Idlib") and that is not a speaker's. */
  readonly entity: boolean;
  readonly weight: number;
  /** True for a word of a speaker's name or title ("trump", "secretari"). */
  readonly names: boolean;
  /** False when no sentence of the corpus holds the word, any alias, correction, synonym or derivation of it. */
  readonly known: boolean;
  /** The sentence terms that count as this word in full, and those (synonyms, derivations) that count for less. */
  readonly exact: ReadonlySet<string>;
  readonly related: ReadonlySet<string>;
  /** Words of the same contexts (word embeddings): they count for less than a synonym. */
  readonly similar: ReadonlySet<string>;
  /** For a verb the corpus never uses, its broader acts (see `QueryWord.broaderActs`): they count only with the topic. */
  readonly broaderActs: ReadonlySet<string>;
  /** Ways the corpus writes the word itself, each as all the terms it takes: its own forms, and the long form of an acronym. */
  readonly phrases: readonly (readonly string[])[];
  /** A verb, adjective or adverb of the question: it says what happened or how, which the articles may paraphrase. */
  readonly predicate: boolean;
  /** For a light verb ("see", "go"), its synonyms in every sense that the corpus uses (see `QueryWord.lightSenses`). */
  readonly lightSenses: ReadonlySet<string>;
  /** A proper name (the corpus nearly always capitalises it): a passage about the question must hold it. */
  readonly proper: boolean;
  /** The corpus uses the word itself (not only a synonym or derivation of it). */
  readonly inCorpus: boolean;
  /** The corpus holds only words of the same contexts (word embeddings) for it: not the word, a synonym or a long form. */
  readonly onlySimilar: boolean;
  /**
   * Names of several words for the word ("INF": Intermediate-Range Nuclear Forces Treaty; "Americans": the United
   * States), each as all the terms it takes: a sentence holds the word when it holds every term of one.
   */
  readonly longForms: readonly (readonly string[])[];
  /** Part of a pair reference ("both sides"): a sentence's own pair reference ("both countries") holds it in other words. */
  readonly pair: boolean;
}

export interface SearchResult {
  readonly passages: readonly Passage[];
  readonly queryTerms: readonly QueryTerm[];
}

export interface SearchIndex {
  readonly corpus: Corpus;
  search(query: string, limit?: number): SearchResult;
  /** Everything the index is made of, as plain data a snapshot can store and `restoreSearchIndex` reopen. */
  persisted(): PersistedSearch;
  /**
   * Works out, with `pause()` between steps, the lookups the first question would otherwise build in one go (the
   * speakers' names by word): a server calls it once it serves this index.
   */
  prepare(pause: () => Promise<void>): Promise<void>;
  /**
   * Prepares the index of `corpus`, made from this one by taking out the sentences of `removed` documents and
   * putting in those of `added` ones (a changed document is in both), at a cost in proportion to them: their rows
   * are worked out now, and the function returned puts them in. That function changes this index's parts in place,
   * so this index must not be searched after it ran; the caller swaps the new one in at once (searches are
   * synchronous, so none sees a half-changed index).
   */
  withDocuments(
    corpus: Corpus,
    removed: readonly CorpusDocument[],
    added: readonly CorpusDocument[],
    pause: () => Promise<void>,
  ): Promise<() => SearchIndex>;
}

/** Whether a sentence's `terms` include `term` (search terms hold no spaces). */
function holds(terms: string, term: string): boolean {
  return terms.includes(` ${term} `);
}

/** How often the corpus writes a term capitalised, of all its uses. */
interface Capitalisation {
  capital: number;
  all: number;
}

/** A search index as plain data: Maps, Sets, arrays and MiniSearch's own plain form. */
export interface PersistedSearch {
  readonly sentences: ReadonlyMap<string, SentenceEntry>;
  readonly documentFrequency: ReadonlyMap<string, number>;
  readonly vocabulary: ReadonlySet<string>;
  /** How many uses of each word of `vocabulary` the sentences hold, so a change can tell when one goes. */
  readonly vocabularyCounts: ReadonlyMap<string, number>;
  readonly capitalised: ReadonlyMap<string, Capitalisation>;
  readonly miniSearch: AsPlainObject;
  readonly aliases: readonly SearchAlias[];
  readonly speakerTerms: ReadonlySet<string>;
}

/** Words that ask rather than say what about: they never count towards a passage's coverage. */
const QUESTION_WORDS = new Set(
  `${SPEECH_VERBS.join(' ')} what who whom whose when where why how which say said says saying tell told talk talked discuss discussed discussion mention
  mentioned think thought know known article articles corpus news report reported reporting story stories according please explain
  describe give me anything something happen happened happening do did does us anyone anybody someone
  statement comment comments remark remarks view views position opinion`
    .split(/\s+/)
    .map((word) => searchTerm(word))
    .filter((term): term is string => term !== null),
);

/** Sentences either side whose words half count: a question's topic often spans a quotation and its lead-in. */
const NEIGHBOURS = 2;
const NEARBY_CREDIT = 0.5;
/** A synonym or derivation counts for less than the word the question used. */
const RELATED_CREDIT = 0.6;
/** A word of the same contexts by word embeddings counts for less than a synonym. */
const SIMILAR_CREDIT = 0.4;
/** A verb's broader act counts below a synonym: it is the same event only with the rest of the question around it. */
const BROADER_CREDIT = RELATED_CREDIT * RELATED_CREDIT;
/** A word is a name when the corpus capitalises it at least this often. */
const CAPITALISED_SHARE = 0.9;
/** Sentences whose pair references are remembered: those questions with a pair reference retrieve. */
const PAIR_HOLDERS_CACHED = 20_000;

/**
 * The noun a which/what question asks for a member of ("which terrorist outfit", "in what city"), as a search term:
 * the answer names the member, often without the noun itself.
 */
function askedKindNoun(question: string): string | null {
  const words = tagWords(question);
  let at = words[0]?.pos === 'ADP' ? 1 : 0;
  if (!['which', 'what'].includes(words[at]?.text.toLowerCase() ?? '')) return null;
  at++;
  const start = at;
  while (at < words.length && ['ADJ', 'PROPN', 'NOUN'].includes(words[at]?.pos ?? '')) at++;
  const head = words[at - 1];
  return at > start && head?.pos === 'NOUN' ? searchTerm(head.text) : null;
}

/**
 * How a passage ranks among a question's (`topScore`: the best search score): a passage that leaves out a name the
 * question gives is about something else, so it ranks after those that don't; then coverage, then the search score.
 */
export function passageRank(passage: Passage, topScore: number): number {
  return (passage.missingNames.length === 0 ? 4 : 0) + passage.coverage * 2 + passage.score / topScore;
}

/** A sentence as MiniSearch sees it: its search terms and its speakers' search terms, space-separated. */
interface IndexedSentence {
  id: string;
  text: string;
  speakers: string;
}

/** The same options must open a persisted index as built it. */
const MINISEARCH_OPTIONS: Options<IndexedSentence> = {
  fields: ['text', 'speakers'],
  // Rows and queries arrive as search terms already (stemmed once, here): MiniSearch only splits them.
  tokenize: (terms) => terms.split(' '),
  processTerm: (term) => term,
};
/** How sentences are ranked for a question: BM25 over both fields, the text counting double; see `rankSentences`. */
const FIELD_BOOST = { text: 2, speakers: 1 };
/** A long word also matches the longer words it begins (its compounds and derivations). */
const matchesPrefix = (term: string) => term.length > 5;
/** How far (a share of its length) a word the corpus lacks may be from the words it is matched with. */
const FUZZINESS = 0.15;
/** Words of this many letters or more have few near spellings that are not their own forms. */
const FUZZY_KNOWN_LENGTH = 7;

/** How many documents' sentences are gone through between two pauses of `withDocuments` (a few ms of work). */
const DOCUMENTS_PER_PAUSE = 50;

/** Works out each word's and each speaker list's search terms once, however often the corpus repeats them. */
class RowMaker {
  readonly #words = new Map<string, IndexedWord | null>();
  readonly #speakers = new Map<string, string[]>();

  word(token: WordToken): IndexedWord | null {
    let word = this.#words.get(token.text);
    if (word === undefined) {
      const term = searchTerm(token.text);
      word =
        term === null
          ? null
          : {
              term,
              lemmas: wordTerms(token.text).filter((part) => part !== term),
              letters: /^\p{L}+$/u.test(token.norm),
              capital: /^\p{Lu}/u.test(token.text),
            };
      this.#words.set(token.text, word);
    }
    return word;
  }

  speakerTerms(speakerText: string): string[] {
    let terms = this.#speakers.get(speakerText);
    if (terms === undefined) {
      terms = searchTerms(speakerText);
      this.#speakers.set(speakerText, terms);
    }
    return terms;
  }
}

/** What one sentence adds to the index. */
interface SentenceRow {
  readonly row: IndexedSentence;
  readonly entry: SentenceEntry;
  /** Its words' lower-cased forms that are letters only (typo correction's vocabulary), once per use. */
  readonly letterWords: readonly string[];
  /** Its words' search terms, once per use, each with whether that use is capitalised. */
  readonly uses: readonly (readonly [string, boolean])[];
}

/** The rows of one document's sentences, with the words and speakers each one adds to the index. */
function documentRows(document: CorpusDocument, maker: RowMaker): SentenceRow[] {
  const rows: SentenceRow[] = [];
  let firstQuotation = 0;
  const words = textWords(document.text);
  for (const sentence of document.sentences) {
    const id = sentenceId(document.id, sentence.index);
    const speakers = new Set<string>();
    if (sentence.creditedSpeaker) speakers.add(sentence.creditedSpeaker);
    while (
      firstQuotation < document.quotations.length &&
      (document.quotations[firstQuotation]?.end ?? 0) <= sentence.start
    )
      firstQuotation++;
    for (let index = firstQuotation; index < document.quotations.length; index++) {
      const quotation = document.quotations[index] as Quotation;
      if (quotation.start >= sentence.end) break;
      if (quotation.speaker) speakers.add(quotation.speaker);
    }
    const textTerms: string[] = [];
    const letterWords: string[] = [];
    const uses: [string, boolean][] = [];
    for (const token of words.within(sentence.start, sentence.end)) {
      const word = maker.word(token);
      if (word === null) continue;
      textTerms.push(word.term, ...word.lemmas);
      if (word.letters) letterWords.push(token.norm);
      uses.push([word.term, word.capital]);
    }
    const speakerTerms = maker.speakerTerms([...speakers].join(' '));
    const terms = new Set([...textTerms, ...speakerTerms]);
    rows.push({
      row: { id, text: textTerms.join(' '), speakers: speakerTerms.join(' ') },
      entry: { document, sentence, terms: ` ${[...terms].join(' ')} ` },
      letterWords,
      uses,
    });
  }
  return rows;
}

/** The counts a search index keeps beside MiniSearch, which rows add to and take from. */
interface Tallies {
  readonly sentences: Map<string, SentenceEntry>;
  readonly documentFrequency: Map<string, number>;
  readonly vocabulary: Set<string>;
  readonly vocabularyCounts: Map<string, number>;
  readonly capitalised: Map<string, Capitalisation>;
}

/**
 * Adds a sentence's row to the tallies (`sign` 1), or takes it away (`sign` -1), dropping what falls to nothing.
 * `touched` collects each word it adds or takes away, with whether the vocabulary held it before it was first touched.
 */
function tally(
  tallies: Tallies,
  { entry, letterWords, uses }: SentenceRow,
  sign: 1 | -1,
  touched?: Map<string, boolean>,
): void {
  const { sentences, documentFrequency, vocabulary, vocabularyCounts, capitalised } = tallies;
  const id = `${entry.document.id}:${entry.sentence.index}`;
  if (sign > 0) sentences.set(id, entry);
  else sentences.delete(id);
  for (const norm of letterWords) {
    if (touched && !touched.has(norm)) touched.set(norm, vocabulary.has(norm));
    const count = (vocabularyCounts.get(norm) ?? 0) + sign;
    if (count > 0) {
      vocabularyCounts.set(norm, count);
      vocabulary.add(norm);
    } else {
      vocabularyCounts.delete(norm);
      vocabulary.delete(norm);
    }
  }
  for (const [term, capital] of uses) {
    const counts = capitalised.get(term) ?? { capital: 0, all: 0 };
    counts.all += sign;
    if (capital) counts.capital += sign;
    if (counts.all > 0) capitalised.set(term, counts);
    else capitalised.delete(term);
  }
  for (const term of entry.terms.slice(1, -1).split(' ')) {
    if (term === '') continue;
    const count = (documentFrequency.get(term) ?? 0) + sign;
    if (count > 0) documentFrequency.set(term, count);
    else documentFrequency.delete(term);
  }
}

/** The aliases a corpus's documents and speakers give (see `deriveSearchAliases`), and every term of a speaker's names. */
function speakerTermsOf(corpus: Corpus): Set<string> {
  return new Set(
    corpus.speakers.flatMap((speaker) => [speaker.name, ...speaker.aliases].flatMap((name) => searchTerms(name))),
  );
}

/**
 * Full-text search over every citable sentence, BM25-ranked by MiniSearch with Porter stemming,
 * and the speakers each sentence quotes or credits as a second field.
 */
export function buildSearchIndex(corpus: Corpus, wordNet: WordNet = installedWordNet()): SearchIndex {
  const tallies: Tallies = {
    sentences: new Map(),
    documentFrequency: new Map(),
    vocabulary: new Set(),
    vocabularyCounts: new Map(),
    capitalised: new Map(),
  };
  const rows: IndexedSentence[] = [];
  const maker = new RowMaker();
  for (const document of corpus.documents) {
    for (const sentenceRow of documentRows(document, maker)) {
      tally(tallies, sentenceRow, 1);
      rows.push(sentenceRow.row);
    }
  }
  const miniSearch = new MiniSearch<IndexedSentence>(MINISEARCH_OPTIONS);
  miniSearch.addAll(rows);
  return openSearchIndex(
    corpus,
    { ...tallies, aliases: deriveSearchAliases(corpus), speakerTerms: speakerTermsOf(corpus) },
    miniSearch,
    wordNet,
  );
}

/**
 * Consecutive postings of the term index, in term order: for each (term, field) pair, or a part of a long one,
 * `counts` of the sentence short ids and frequencies that follow in `shortIds` and `frequencies`. All numbers of a
 * block are in a few typed arrays, which v8 stores and reads back as whole buffers (an array of numbers is stored an
 * element at a time, and most terms have only one or two postings).
 */
export interface PostingsBlock {
  readonly terms: readonly string[];
  readonly fieldIds: Int32Array;
  readonly counts: Int32Array;
  readonly shortIds: Int32Array;
  readonly frequencies: Int32Array;
}

/** Whether a block holds together: its arrays of the right kinds and lengths. */
function wellFormed(block: PostingsBlock): boolean {
  const { terms, fieldIds, counts, shortIds, frequencies } = block;
  if (
    !Array.isArray(terms) ||
    ![fieldIds, counts, shortIds, frequencies].every((array) => array instanceof Int32Array) ||
    fieldIds.length !== terms.length ||
    counts.length !== terms.length ||
    frequencies.length !== shortIds.length
  )
    return false;
  let total = 0;
  for (const count of counts) total += count;
  return total === shortIds.length && terms.every((term) => typeof term === 'string');
}

/** MiniSearch's term index (a radix tree of field id to short id to frequency), which it keeps private. */
interface TermIndex {
  get(term: string): Map<number, Map<number, number>> | undefined;
  set(term: string, fields: Map<number, Map<number, number>>): unknown;
}

function termIndexOf(miniSearch: MiniSearch<IndexedSentence>): TermIndex {
  const index = (miniSearch as unknown as { _index?: Partial<TermIndex> })._index;
  if (typeof index?.set !== 'function' || typeof index.get !== 'function')
    throw new Error('This MiniSearch keeps its term index elsewhere.');
  return index as TermIndex;
}

/**
 * Consecutive rows of MiniSearch's tables of sentences: each sentence's short id, its id, and its length in each
 * field (`fields` numbers a row). Stored as pairs, the two tables were a million small arrays and strings to
 * deserialise at 10,000 articles; as columns they are one typed array and one list of strings per block.
 */
export interface SentenceTableBlock {
  readonly shortIds: Int32Array;
  readonly ids: readonly string[];
  readonly fieldLengths: Int32Array;
}

/** Whether a block of the sentence tables holds together for `fields` fields. */
function wellFormedTable(block: SentenceTableBlock, fields: number): boolean {
  const { shortIds, ids, fieldLengths } = block;
  return (
    shortIds instanceof Int32Array &&
    fieldLengths instanceof Int32Array &&
    Array.isArray(ids) &&
    ids.length === shortIds.length &&
    fieldLengths.length === shortIds.length * fields &&
    ids.every((id) => typeof id === 'string')
  );
}

/**
 * MiniSearch's tables of sentences as blocks of `size` rows, in the order it holds them.
 * @throws Error when the index stores fields or a sentence lacks a length.
 */
export function sentenceTableBlocks(plain: AsPlainObject, size: number): SentenceTableBlock[] {
  if (Object.keys(plain.storedFields).length > 0) throw new Error('This index stores fields, which blocks leave out.');
  const fields = Object.keys(plain.fieldIds).length;
  const rows = Object.entries(plain.documentIds);
  const blocks: SentenceTableBlock[] = [];
  for (let from = 0; from < rows.length; from += size) {
    const slice = rows.slice(from, from + size);
    const fieldLengths = new Int32Array(slice.length * fields);
    slice.forEach(([shortId], row) => {
      const lengths = plain.fieldLength[shortId];
      if (lengths?.length !== fields) throw new Error(`Sentence ${shortId} has no length for every field.`);
      fieldLengths.set(lengths, row * fields);
    });
    blocks.push({
      shortIds: Int32Array.from(slice, ([shortId]) => Number(shortId)),
      ids: slice.map(([, id]) => String(id)),
      fieldLengths,
    });
  }
  return blocks;
}

/** MiniSearch's private tables, each checked to be where this version keeps it. */
function documentTablesOf(miniSearch: MiniSearch<IndexedSentence>): Record<string, Map<unknown, unknown>> {
  const fields = miniSearch as unknown as Record<string, unknown>;
  const tables: Record<string, Map<unknown, unknown>> = {};
  for (const name of ['_documentIds', '_fieldLength', '_idToShortId']) {
    const table = fields[name];
    if (!(table instanceof Map)) throw new Error('This MiniSearch keeps its tables elsewhere.');
    tables[name] = table;
  }
  return tables;
}

/**
 * Reopens a persisted index over the corpus it was built from, its term index given as `postings` in term order
 * (`persisted.miniSearch.index` is left out) and its tables of sentences as `tables` (those of
 * `persisted.miniSearch` are left out; it stores no fields). MiniSearch's own loader would take them only as objects keyed by short id,
 * which it converts to maps again, some of it in one go: at 10,000 articles that took seconds in all, and stalled
 * the event loop for a quarter of a second. So the tables and the term index are filled here directly, with
 * `pause()` between slices; MiniSearch loads only the rest. A term's postings stay in the blocks' arrays until a
 * question or a change first reads them (`LazyFieldPostings`).
 * @throws Error when the persisted form is malformed (from MiniSearch, or a part out of shape or order).
 */
export async function restoreSearchIndex(
  corpus: Corpus,
  persisted: PersistedSearch,
  tables: readonly SentenceTableBlock[],
  postings: readonly PostingsBlock[],
  pause: () => Promise<void>,
  wordNet: WordNet = installedWordNet(),
): Promise<SearchIndex> {
  const plain = { ...persisted.miniSearch, documentIds: {}, fieldLength: {}, storedFields: {}, index: [] };
  const miniSearch = MiniSearch.loadJS<IndexedSentence>(plain, MINISEARCH_OPTIONS);
  const own = documentTablesOf(miniSearch);
  const documentIds = own._documentIds as Map<number, string>;
  const idToShortId = own._idToShortId as Map<string, number>;
  const fieldLength = own._fieldLength as Map<number, number[]>;
  const fieldCount = Object.keys(plain.fieldIds).length;
  let rows = 0;
  for (const block of tables) {
    if (!wellFormedTable(block, fieldCount)) throw new Error('A part of the sentence tables is out of shape.');
    rows += block.ids.length;
  }
  // One table at a time: a map of 280,000 entries takes 40 ms to grow, and three growing in the same slice stalled
  // the event loop for 140 ms.
  for (const { shortIds, ids } of tables) {
    for (let row = 0; row < ids.length; row++) documentIds.set(shortIds[row] as number, ids[row] as string);
    await pause();
  }
  for (const { shortIds, ids } of tables) {
    for (let row = 0; row < ids.length; row++) idToShortId.set(ids[row] as string, shortIds[row] as number);
    await pause();
  }
  for (const { shortIds, fieldLengths } of tables) {
    for (let row = 0; row < shortIds.length; row++) {
      // Not `Array.from` over a subarray: a view and an iterator per row cost more than the rest of the row.
      const lengths: number[] = [];
      for (let field = 0; field < fieldCount; field++) lengths.push(fieldLengths[row * fieldCount + field] as number);
      fieldLength.set(shortIds[row] as number, lengths);
    }
    await pause();
  }
  if (documentIds.size !== rows || idToShortId.size !== rows)
    throw new Error('The sentence tables name a sentence twice.');
  const index = termIndexOf(miniSearch);
  const seen = new Set<string>();
  let term: string | null = null;
  let fields = new LazyFieldPostings();
  for (const block of postings) {
    if (!wellFormed(block)) throw new Error('A part of the term index is out of shape.');
    const { terms, fieldIds, counts, shortIds, frequencies } = block;
    let position = 0;
    for (let fromPair = 0; fromPair < terms.length; ) {
      const pairTerm = terms[fromPair] as string;
      if (pairTerm !== term) {
        if (seen.has(pairTerm)) throw new Error('The term index is out of order.');
        seen.add(pairTerm);
        term = pairTerm;
        fields = new LazyFieldPostings();
        index.set(term, fields);
      }
      let toPair = fromPair;
      const from = position;
      for (; toPair < terms.length && terms[toPair] === pairTerm; toPair++) position += counts[toPair] as number;
      fields.addRun({ fieldIds, counts, shortIds, frequencies, fromPair, toPair, position: from });
      fromPair = toPair;
    }
    await pause();
  }
  return openSearchIndex(corpus, persisted, miniSearch, wordNet);
}

/** Aliases by each word of their phrase, in corpus order: a question's words find theirs without a scan of every alias. */
function aliasIndex(aliases: readonly SearchAlias[]): Map<string, number[]> {
  const aliasesByTerm = new Map<string, number[]>();
  aliases.forEach((alias, position) => {
    for (const term of new Set(alias.phrase)) {
      const list = aliasesByTerm.get(term);
      if (list) list.push(position);
      else aliasesByTerm.set(term, [position]);
    }
  });
  return aliasesByTerm;
}

/** What an index changed in place keeps of the one it was made from, instead of working it out again. */
interface Carried {
  readonly aliasesByTerm: ReadonlyMap<string, readonly number[]>;
  readonly sortedWords: readonly string[] | null;
  readonly typoIndex: TypoIndex | null;
}

/** `sorted` (sorted) with the words `added` and without the words `removed`. */
function sortedWith(sorted: readonly string[], added: readonly string[], removed: readonly string[]): string[] {
  const gone = new Set(removed);
  const kept = gone.size === 0 ? sorted : sorted.filter((word) => !gone.has(word));
  const fresh = [...added].sort();
  // Both are sorted: merge them.
  const merged: string[] = [];
  let at = 0;
  for (const word of fresh) {
    while (at < kept.length && (kept[at] as string) < word) merged.push(kept[at++] as string);
    merged.push(word);
  }
  while (at < kept.length) merged.push(kept[at++] as string);
  return merged;
}

function openSearchIndex(
  corpus: Corpus,
  parts: Omit<PersistedSearch, 'miniSearch'>,
  miniSearch: MiniSearch<IndexedSentence>,
  wordNet: WordNet,
  carried: Carried = { aliasesByTerm: aliasIndex(parts.aliases), sortedWords: null, typoIndex: null },
): SearchIndex {
  const { aliasesByTerm } = carried;
  const { sentences, documentFrequency, vocabulary, capitalised, aliases, speakerTerms } = parts;
  // Indexed by `prepare` once the index is served, or by the first question if it comes first.
  let personNames: PersonNames | null = null;
  const aliasesWith = (terms: readonly string[]): SearchAlias[] =>
    [...new Set(terms.flatMap((term) => aliasesByTerm.get(term) ?? []))]
      .sort((a, b) => a - b)
      .map((position) => aliases[position] as SearchAlias);
  const termsAt =
    sentences instanceof RestoredSentences
      ? (document: CorpusDocument, index: number) => sentences.termsAt(document.id, index)
      : (document: CorpusDocument, index: number) => sentences.get(sentenceId(document.id, index))?.terms;
  const nearby = (document: CorpusDocument, sentence: Sentence, term: string) => {
    for (let offset = -NEIGHBOURS; offset <= NEIGHBOURS; offset++) {
      const neighbour = offset === 0 ? undefined : termsAt(document, sentence.index + offset);
      if (neighbour !== undefined && holds(neighbour, term)) return true;
    }
    return false;
  };
  // Whether each sentence holds a pair reference, by id: read from its text the first time a question asks.
  const isParty = partyNoun(wordNet);
  const pairHolders = new LRUCache<string, boolean>({ max: PAIR_HOLDERS_CACHED });
  const holdsPairReference = (id: string, entry: SentenceEntry) => {
    let holdsOne = pairHolders.get(id);
    if (holdsOne === undefined) {
      const text = entry.document.text.slice(entry.sentence.start, entry.sentence.end);
      const tokens = wordTokens(text);
      holdsOne = pairReferences(tokens, isParty).length > 0 || namesAPair(text, tokens);
      pairHolders.set(id, holdsOne);
    }
    return holdsOne;
  };
  // Whether one of the sentence's mentions of a person, resolved through the document's entities when it was analysed,
  // is whom the question's term names: every word of that person's name is among the term's forms. The document must
  // also name them somewhere for a description or pronoun to stand for them; that takes reading all its sentences'
  // terms, so it is checked last.
  const describedIn = (document: CorpusDocument, sentence: Sentence, term: QueryTerm) => {
    const mentions = document.personMentions;
    let named = false;
    for (
      let index = partitionPoint(mentions, (mention) => mention.start < sentence.start);
      !named && index < mentions.length && (mentions[index] as PersonMention).start < sentence.end;
      index++
    ) {
      const mention = mentions[index] as PersonMention;
      named = mention.end <= sentence.end && searchTerms(mention.person).every((part) => term.exact.has(part));
    }
    return (
      named &&
      document.sentences.some((other) => {
        const terms = termsAt(document, other.index);
        return terms !== undefined && [...term.exact].some((option) => holds(terms, option));
      })
    );
  };
  // Sorted once, on the first question: a prefix's words are then one binary search away.
  let sortedWords: readonly string[] | null = carried.sortedWords;
  const wordsStartingWith = (prefix: string): string[] => {
    sortedWords ??= [...vocabulary].sort();
    const found: string[] = [];
    for (
      let index = partitionPoint(sortedWords, (word) => word < prefix);
      index < sortedWords.length && (sortedWords[index] as string).startsWith(prefix);
      index++
    )
      found.push(sortedWords[index] as string);
    return found;
  };
  let typoIndex: TypoIndex | null = carried.typoIndex;
  const typoCandidatesOf = (word: string): Iterable<string> => {
    typoIndex ??= indexForTypos(vocabulary);
    return typoCandidates(word, typoIndex);
  };
  // The words of the documents' outlets that no sentence holds ("Sputnik" of a dateline, "RT"), each with the documents
  // it names: a question uses them to point at a source ("according to rt"), not at a topic. Read on the first question.
  let sourceWords: ReadonlyMap<string, ReadonlySet<string>> | null = null;
  const sourcesNamedBy = (terms: readonly string[]): Map<string, ReadonlySet<string>> => {
    if (sourceWords === null) {
      const byTerm = new Map<string, Set<string>>();
      for (const document of corpus.documents)
        for (const term of searchTerms(document.outlet ?? ''))
          if (!documentFrequency.has(term) && !QUESTION_WORDS.has(term))
            byTerm.set(term, (byTerm.get(term) ?? new Set()).add(document.id));
      sourceWords = byTerm;
    }
    const words = sourceWords;
    return new Map(terms.flatMap((term) => (words.has(term) ? [[term, words.get(term) as ReadonlySet<string>]] : [])));
  };
  const total = Math.max(1, sentences.size);
  const weightOf = (term: string) => Math.log(1 + total / Math.max(0.5, documentFrequency.get(term) ?? 0));

  return {
    corpus,
    persisted: () => ({ ...parts, miniSearch: miniSearch.toJSON() }),
    async prepare(pause) {
      const built = personNames ?? (await indexPersonNamesInSlices(corpus.speakers, pause));
      personNames ??= built;
    },
    async withDocuments(next, removed, added, pause) {
      const maker = new RowMaker();
      const out = removed.flatMap((document) => documentRows(document, maker));
      const into = added.flatMap((document) => documentRows(document, maker));
      // MiniSearch counts a field's distinct tokens (split at spaces) as its length.
      const fieldLengths = (row: IndexedSentence) =>
        MINISEARCH_OPTIONS.fields.map((field) => new Set(row[field as keyof IndexedSentence].split(' ')).size);
      const lengths = new AverageLengths(miniSearch, new Map(into.map(({ row }) => [row.id, fieldLengths(row)])));
      const addedIds = new Set(added.map((document) => document.id));
      for (const [position, document] of next.documents.entries()) {
        const indices = document.sentences.map((sentence) => sentence.index);
        if (addedIds.has(document.id)) lengths.add(indices.map((index) => sentenceId(document.id, index)));
        else lengths.addRun(`${document.id}:`, indices);
        if (position % DOCUMENTS_PER_PAUSE === DOCUMENTS_PER_PAUSE - 1) await pause();
      }
      const sameSpeakers = next.speakers === corpus.speakers;
      const sameAliases =
        sameSpeakers && [...removed, ...added].every((document) => documentAliases(document).length === 0);
      await pause();
      // Reading every document's text for acronyms takes about 0.1 s at 10,000 documents: in slices too.
      const nextAliases = sameAliases ? aliases : await deriveSearchAliasesInSlices(next, pause);
      const nextAliasIndex = sameAliases ? aliasesByTerm : aliasIndex(nextAliases);
      await pause();
      const nextSpeakerTerms = sameSpeakers ? speakerTerms : speakerTermsOf(next);
      // A restored index makes a term's postings into maps on first use: for the terms of the sentences that go or
      // come, here in slices rather than all in the change itself (a common term's are thousands of entries).
      const terms = termIndexOf(miniSearch);
      for (const { row } of [...out, ...into]) {
        for (const term of `${row.text} ${row.speakers}`.split(' ')) {
          terms.get(term)?.size;
          await pause();
        }
      }
      return () => {
        // Built by `buildSearchIndex` or a restore, the parts are mutable underneath.
        const tallies = parts as unknown as Tallies;
        // The words that came or went, each with whether the vocabulary held it before.
        const touched = new Map<string, boolean>();
        for (const sentenceRow of out) {
          miniSearch.remove(sentenceRow.row);
          tally(tallies, sentenceRow, -1, touched);
        }
        for (const sentenceRow of into) {
          miniSearch.add(sentenceRow.row);
          tally(tallies, sentenceRow, 1, touched);
        }
        const came = [...touched].filter(([word, held]) => !held && vocabulary.has(word)).map(([word]) => word);
        const went = [...touched].filter(([word, held]) => held && !vocabulary.has(word)).map(([word]) => word);
        const carriedOn: Carried = {
          aliasesByTerm: nextAliasIndex,
          sortedWords: sortedWords && sortedWith(sortedWords, came, went),
          typoIndex: typoIndex && typoIndexWith(typoIndex, came, went),
        };
        // The average lengths as a build adding the sentences in corpus order would have summed them, to the last bit.
        setAverageLengths(miniSearch, lengths.averages);
        forgetRanking(miniSearch);
        return openSearchIndex(
          next,
          { ...tallies, aliases: nextAliases, speakerTerms: nextSpeakerTerms },
          miniSearch,
          wordNet,
          carriedOn,
        );
      };
    },
    search(query, limit = 8) {
      const questionTerms = searchTerms(query);
      // A hyphened word's parts are typed too, as the question's words read them ("intermediate-range").
      const queryVocabulary: QueryVocabulary = {
        hasTerm: (term) => documentFrequency.has(term),
        words: vocabulary,
        wordsStartingWith,
        typoCandidates: typoCandidatesOf,
        mostlyCapitalised: (term) => {
          const counts = capitalised.get(term);
          return counts !== undefined && counts.capital * 2 >= counts.all;
        },
      };
      // A run-together word's words are typed too, as the question's words read them ("secstate": secretary of state);
      // the question is read opened up, so `analyseQuery` finds nothing left to open.
      const opened = openCompounds(query, queryVocabulary, wordNet);
      const typed = new Set([...questionTerms, ...searchTerms(query.replace(/-/g, ' ')), ...searchTerms(opened)]);
      // "the sputnik-sourced wrap-up", "the rt.com preview": an outlet named inside a compound names it too.
      const sourcesNamed = sourcesNamedBy(
        questionTerms.flatMap((term) => [term, ...term.split(/[-.]/).flatMap((part) => searchTerms(part))]),
      );
      const analysed = analyseQuery(
        opened,
        queryVocabulary,
        wordNet,
        sourcesNamed.size > 0 ? new Set([...QUESTION_WORDS, ...sourcesNamed.keys()]) : QUESTION_WORDS,
      );
      // Every name holding a word of the question: all that the name rules below look at.
      personNames ??= indexPersonNames(corpus.speakers);
      const sharedNames = personNames.shared;
      const people = personNames;
      const personAliases = people.holding(questionTerms);
      const words = analysed.filter((word) => !namesNobodyHere(word.term, personAliases, typed, sharedNames));
      const original = words.map((word) => word.term);
      const weightIfKnown = (word: (typeof words)[number]) => {
        const options = [...word.exact, ...word.related, ...word.similar].filter((option) =>
          documentFrequency.has(option),
        );
        return options.length > 0 ? [Math.min(...options.map(weightOf))] : [];
      };
      const knownWeightOf = (word: (typeof words)[number]) => (speakerTerms.has(word.term) ? [] : weightIfKnown(word));
      const knownWeights = words.flatMap(knownWeightOf);
      // A verb or adjective the corpus never uses may be paraphrased: it weighs as the question's least telling topic
      // word, not as a rare one, so that it neither sinks the question nor makes it.
      const paraphrasedWeight = knownWeights.length > 0 ? Math.min(...knownWeights) : weightOf('');
      const namedWeights = words.flatMap((word) => (word.predicate ? [] : knownWeightOf(word)));
      // Only in a yes/no question, which asks whether what it names is so: in an open one the verb may be what is
      // asked ("What did Lavrov wear at the meeting?"), as in who, when and how many questions; nor in one asking for
      // someone's words, where the rest of the question is all there is of the topic.
      const kind = questionKind(query);
      const speakersAside = asksForWords(query, wordNet);
      const paraphraseAllowed = kind === 'yes_no' && !speakersAside;
      const namedWeight = namedWeights.length > 0 ? Math.min(...namedWeights) : paraphrasedWeight;
      // A light verb frames whatever is named, speakers too ("when is pompeo seeing putin"): it weighs as the least
      // telling of them.
      const everyNamedWeight = words.flatMap((word) => (word.predicate ? [] : weightIfKnown(word)));
      const lightWeight = everyNamedWeight.length > 0 ? Math.min(...everyNamedWeight) : namedWeight;
      const kindNoun = askedKindNoun(query);
      const queryTerms: QueryTerm[] = words.map((word) => {
        const capitalisedInCorpus = (term: string) => {
          const counts = capitalised.get(term);
          return counts !== undefined && counts.capital / counts.all >= CAPITALISED_SHARE;
        };
        const proper = capitalisedInCorpus(word.term);
        // A name's synonyms are names: "START" (the treaty) is not "begin" or "first", but "Russian" is "Russia".
        const related = proper ? new Set([...word.related].filter(capitalisedInCorpus)) : word.related;
        const similar = proper ? new Set([...word.similar].filter(capitalisedInCorpus)) : word.similar;
        // The long form of the word itself counts only as a whole ("INF"); a name within a longer name stands for
        // whom that names, by any of their names ("Kremlin aide": Ushakov); a common word within a name does not
        // ("nuclear" is not "INF").
        // An abbreviated title the corpus never writes so ("FM") stands for the title and whom it names.
        const abbreviated = [...word.exact].some((option) => documentFrequency.has(option))
          ? null
          : titleByInitials(word.surface, people.withInitials);
        const aliasing = aliasesWith([word.term]);
        // The word itself, or a name of several words the question writes in full ("New START").
        const ownAliases = aliasing.filter((alias) => alias.phrase.every((term) => typed.has(term)));
        const longForms = [
          ...ownAliases.map((alias) => alias.expansion),
          ...word.phrases,
          ...(abbreviated ? [abbreviated.phrase] : []),
        ].filter((phrase) => phrase.length > 1);
        const exact = new Set([
          ...word.exact,
          ...(abbreviated
            ? personTermsFor(abbreviated.phrase[0] as string, [abbreviated], abbreviated.phrase, sharedNames)
            : []),
          ...ownAliases.flatMap((alias) => (alias.expansion.length === 1 ? alias.expansion : [])),
          ...(proper ? personTermsFor(word.term, personAliases, questionTerms, sharedNames) : []),
        ]);
        const phrases = [...[...exact].map((term) => [term]), ...longForms];
        const knownExact = [...exact].filter((option) => documentFrequency.has(option));
        const knownSynonyms = [...related].filter((option) => documentFrequency.has(option));
        const knownRelated = [...knownSynonyms, ...[...similar].filter((option) => documentFrequency.has(option))];
        const known = knownExact.length + knownRelated.length + longForms.length > 0;
        // A word the corpus uses weighs as itself or a synonym: words of the same contexts are often commoner words.
        const ownWeights = (knownExact.length > 0 ? [...knownExact, ...knownSynonyms] : knownRelated).map(weightOf);
        // A word the corpus writes only as several words ("mideast": middle east) is as telling as the phrase's rarest.
        const phraseWeights = longForms.map((phrase) => Math.max(...phrase.map(weightOf)));
        const ownWeight = known
          ? Math.min(...(ownWeights.length > 0 ? ownWeights : phraseWeights))
          : word.predicate
            ? paraphrasedWeight
            : weightOf('');
        // A verb or adjective the corpus writes only otherwise weighs no more than the question's least telling thing
        // named: a rare synonym ("optimistic": affirmative) must not make it the question's main word.
        // So does a light verb in any question ("who was pompeo going to see"): it frames what is named. So does the
        // noun a which-question asks for a member of, when the corpus never uses it ("which terrorist outfit"): the
        // answer names the member ("the Nusra Front terror group"), in its own words. So does a word common in general
        // English ("time", "people", "want"), which the articles' rarity would otherwise make a topic.
        const weight = word.light
          ? Math.min(ownWeight, lightWeight)
          : (word.predicate && knownExact.length === 0 && paraphraseAllowed) ||
              (word.common && !proper) ||
              (word.term === kindNoun && knownExact.length === 0)
            ? Math.min(ownWeight, namedWeight)
            : ownWeight;
        // A word the corpus never uses that WordNet knows only as a name ("israel") names someone or somewhere else.
        const absentName = !known && wordNet.isName(word.surface.toLowerCase().replace(/['’]s$/u, ''));
        const names = speakerTerms.has(word.term) || abbreviated !== null;
        const entity = !names && proper;
        return {
          term: word.term,
          surface: word.surface,
          entity,
          known,
          weight,
          names,
          exact,
          related,
          similar,
          broaderActs: word.broaderActs,
          phrases,
          predicate: word.predicate,
          lightSenses: word.lightSenses,
          proper: proper || absentName,
          inCorpus: knownExact.length > 0,
          onlySimilar: known && knownExact.length + knownSynonyms.length + longForms.length === 0,
          longForms,
          pair: word.pair,
        };
      });
      const expanded = expandTerms(original, aliasesWith(original));
      // Synonyms and derivations are searched for only when the corpus lacks the word itself: otherwise they add noise.
      for (const word of words) {
        const hasOwn = [...word.exact].some((option) => documentFrequency.has(option));
        for (const option of hasOwn ? word.exact : [...word.exact, ...word.related, ...word.similar])
          if (documentFrequency.has(option) && !expanded.includes(option)) expanded.push(option);
        for (const option of word.phrases.flat()) if (!expanded.includes(option)) expanded.push(option);
      }
      if (expanded.length === 0) return { passages: [], queryTerms };
      const relatedOnly = new Set(
        queryTerms.flatMap((term) =>
          [...term.related, ...term.longForms.flat()].filter((option) => !original.includes(option)),
        ),
      );
      const similarOnly = new Set(
        queryTerms.flatMap((term) =>
          [...term.similar].filter((option) => !original.includes(option) && !relatedOnly.has(option)),
        ),
      );
      const totalWeight = queryTerms.reduce((sum, term) => sum + term.weight, 0);
      // Speakers' names are set aside from the topic only when the question asks for their words ("What did Trump say
      // about Iran?": Iran); otherwise the people named are what it is about ("what did the trump putin call cover").
      const aside = (term: QueryTerm | undefined) => speakersAside && term?.names === true;
      const topicWeight = queryTerms.reduce((sum, term) => sum + (aside(term) ? 0 : term.weight), 0);
      const hits = rankSentences(
        miniSearch,
        expanded
          .join(' ')
          .split(' ')
          .filter((term) => term !== ''),
        {
          boost: FIELD_BOOST,
          prefix: matchesPrefix,
          // A short word the corpus has is matched as itself: its near spellings are mostly other words ("york" is
          // not "work", "game" not "name") and cost most of a search on a large corpus. A long word's are mostly its
          // own forms ("russian", "russia"), and a word the corpus lacks is looked for by its near spellings.
          fuzzy: (term) => (term.length >= FUZZY_KNOWN_LENGTH || !documentFrequency.has(term) ? FUZZINESS : false),
          boostTerm: (term) => (relatedOnly.has(term) ? RELATED_CREDIT : similarOnly.has(term) ? SIMILAR_CREDIT : 1),
        },
        Math.max(limit * 4, 20),
      );
      const fromSources = [...sourcesNamed.values()];
      // The noun a which-question asks for a member of ("what job does Ryabkov hold"), when the articles never write
      // it but use a synonym of it, is what the answer names in its own words ("Deputy Foreign Minister"): a sentence
      // without it is measured on the rest of the question. A noun the articles write is how they would put the answer
      // ("what sanctions has Russia imposed"); one they know only by words of the same contexts ("which airline":
      // carrier, aircraft) is a kind they may never name a member of.
      const kindIndex = queryTerms.findIndex(
        (term) => term.term === kindNoun && term.known && !term.inCorpus && !term.onlySimilar && !term.proper,
      );
      const passages = hits.flatMap((hit): Passage[] => {
        const entry = sentences.get(String(hit.id));
        if (!entry) return [];
        if (fromSources.length > 0 && !fromSources.some((documents) => documents.has(entry.document.id))) return [];
        const named = (terms: string, term: QueryTerm) =>
          term.longForms.some((phrase) => phrase.every((part) => holds(terms, part)));
        const namedNearby = (term: QueryTerm) =>
          term.longForms.some((phrase) => phrase.every((part) => nearby(entry.document, entry.sentence, part)));
        const own = queryTerms.map((term) => {
          // "Both sides" is the two parties: a sentence refers to them by its own pair reference ("both countries"),
          // not by holding "side" elsewhere ("one-sided approaches").
          if (term.pair)
            return holdsPairReference(String(hit.id), entry)
              ? [...term.exact].some((option) => holds(entry.terms, option))
                ? term.weight
                : term.weight * RELATED_CREDIT
              : 0;
          if ([...term.exact].some((option) => holds(entry.terms, option)) || named(entry.terms, term))
            return term.weight;
          // A name's related words are its own forms ("Venezuelan", "Russian"; "Moscow" for Russia's government).
          if ([...term.related].some((option) => holds(entry.terms, option)))
            return term.proper ? term.weight : term.weight * RELATED_CREDIT;
          return [...term.similar].some((option) => holds(entry.terms, option)) ? term.weight * SIMILAR_CREDIT : 0;
        });
        // A person the sentence refers to only by a role they hold there ("the Secretary of State"), as the document's
        // own entity resolution reads it, is in the sentence as much as by name.
        const described = queryTerms.map(
          (term, index) =>
            term.names && term.proper && (own[index] ?? 0) === 0 && describedIn(entry.document, entry.sentence, term),
        );
        described.forEach((isDescribed, index) => {
          if (isDescribed) own[index] = queryTerms[index]?.weight ?? 0;
        });
        // A verb said otherwise is read as its broader act ("resume": continue) only in a sentence that holds everything
        // else the question names, at least in other words and a common noun in its own: there it is the same event,
        // put more generally. Elsewhere a broader act is any event ("sign": write).
        const thingsNamed = queryTerms.flatMap((term, index) => (term.predicate || term.weight === 0 ? [] : [index]));
        const holdsTheRest =
          thingsNamed.length >= 2 &&
          thingsNamed.every((index) => (own[index] ?? 0) > 0) &&
          thingsNamed.some((index) => !queryTerms[index]?.proper && own[index] === queryTerms[index]?.weight);
        if (holdsTheRest)
          queryTerms.forEach((term, index) => {
            if ((own[index] ?? 0) === 0 && [...term.broaderActs].some((option) => holds(entry.terms, option)))
              own[index] = term.weight * BROADER_CREDIT;
          });
        const credit = queryTerms.map((term, index) => {
          const mine = own[index] ?? 0;
          if (mine === term.weight) return mine;
          const near =
            [...term.exact].some((option) => nearby(entry.document, entry.sentence, option)) || namedNearby(term)
              ? term.weight * NEARBY_CREDIT
              : 0;
          return Math.max(mine, near);
        });
        const missingNames = queryTerms
          .filter(
            (term) =>
              term.proper &&
              !term.predicate &&
              !named(entry.terms, term) &&
              !described[queryTerms.indexOf(term)] &&
              !namedNearby(term) &&
              ![...term.exact, ...term.related].some(
                (option) => holds(entry.terms, option) || nearby(entry.document, entry.sentence, option),
              ),
          )
          .map((term) => term.surface);
        const covered = credit.reduce((sum, value) => sum + value, 0);
        const coveredTopic = credit.reduce((sum, value, index) => sum + (aside(queryTerms[index]) ? 0 : value), 0);
        const ownTopic = own.reduce((sum, value, index) => sum + (aside(queryTerms[index]) ? 0 : value), 0);
        const unheldKind = kindIndex >= 0 && (credit[kindIndex] ?? 0) === 0 ? (queryTerms[kindIndex]?.weight ?? 0) : 0;
        const totalHere = totalWeight - unheldKind;
        const topicHere = topicWeight - (aside(queryTerms[kindIndex]) ? 0 : unheldKind);
        const coverage = totalHere <= 0 ? 0 : covered / totalHere;
        return [
          {
            id: String(hit.id),
            document: entry.document,
            sentence: entry.sentence,
            text: entry.document.text.slice(entry.sentence.start, entry.sentence.end),
            score: hit.score,
            coverage,
            topicCoverage: topicHere <= 0 ? coverage : coveredTopic / topicHere,
            sentenceTopicCoverage:
              topicHere <= 0
                ? totalHere <= 0
                  ? 0
                  : own.reduce((sum, value) => sum + value, 0) / totalHere
                : ownTopic / topicHere,
            missingNames,
            ownCredits: own,
            credits: credit,
          },
        ];
      });
      const topScore = hits[0]?.score ?? 1;
      passages.sort((a, b) => passageRank(b, topScore) - passageRank(a, topScore));
      return { passages: passages.slice(0, limit), queryTerms };
    },
  };
}
