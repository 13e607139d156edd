import MiniSearch from 'minisearch';
import type { Corpus, CorpusDocument, Quotation, Sentence } from '../corpus/corpus-types.js';
import { deriveSearchAliases, expandTerms, type SearchAlias } from './derive-search-aliases.js';
import { searchTerm, searchTerms } from './search-terms.js';

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
}

interface QueryTerm {
  readonly term: string;
  readonly weight: number;
  /** True for a word of a speaker's name or title ("trump", "secretari"). */
  readonly names: boolean;
  /** False when no sentence of the corpus holds the word or any alias of it. */
  readonly known: boolean;
}

export interface SearchResult {
  readonly passages: readonly Passage[];
  readonly queryTerms: readonly QueryTerm[];
}

export interface SearchIndex {
  readonly corpus: Corpus;
  search(query: string, limit?: number): SearchResult;
}

/** Words that ask rather than say what about: they never count towards a passage's coverage. */
const QUESTION_WORDS = new Set(
  `what who whom whose when where why how which say said says saying tell told talk talked discuss discussed discussion mention
  mentioned think thought know known article articles corpus news report reported reporting story stories according please explain
  describe give me anything something happen happened happening do did does regarding concerning us anyone anybody someone
  statement comment comments remark remarks view views position opinion`
    .split(/\s+/)
    .map((word) => searchTerm(word))
    .filter((term): term is string => term !== null),
);

/** Sentences either side whose words half count: a question's topic often spans a quotation and its lead-in. */
const NEIGHBOURS = 2;
const NEARBY_CREDIT = 0.5;

/** A sentence as MiniSearch sees it: its search terms and its speakers' search terms, space-separated. */
interface IndexedSentence {
  id: string;
  text: string;
  speakers: string;
}

/**
 * Full-text search over every citable sentence, BM25-ranked by MiniSearch with Porter stemming,
 * and the speakers each sentence quotes or credits as a second field.
 */
export function buildSearchIndex(corpus: Corpus): SearchIndex {
  const sentences = new Map<string, { document: CorpusDocument; sentence: Sentence; terms: Set<string> }>();
  const rows: IndexedSentence[] = [];
  const documentFrequency = new Map<string, number>();
  for (const document of corpus.documents) {
    let firstQuotation = 0;
    for (const sentence of document.sentences) {
      const id = `${document.id}:${sentence.index}`;
      const text = document.text.slice(sentence.start, sentence.end);
      const speakers = new Set<string>();
      if (sentence.creditedSpeaker) speakers.add(sentence.creditedSpeaker);
      while (firstQuotation < document.quotations.length && (document.quotations[firstQuotation]?.end ?? 0) <= sentence.start) firstQuotation++;
      for (let index = firstQuotation; index < document.quotations.length; index++) {
        const quotation = document.quotations[index] as Quotation;
        if (quotation.start >= sentence.end) break;
        if (quotation.speaker) speakers.add(quotation.speaker);
      }
      const speakerText = [...speakers].join(' ');
      const textTerms = searchTerms(text);
      const speakerTerms = searchTerms(speakerText);
      const terms = new Set([...textTerms, ...speakerTerms]);
      for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      sentences.set(id, { document, sentence, terms });
      rows.push({ id, text: textTerms.join(' '), speakers: speakerTerms.join(' ') });
    }
  }

  const nearby = (document: CorpusDocument, sentence: Sentence, term: string) => {
    for (let offset = -NEIGHBOURS; offset <= NEIGHBOURS; offset++) {
      if (offset !== 0 && sentences.get(`${document.id}:${sentence.index + offset}`)?.terms.has(term)) return true;
    }
    return false;
  };

  const miniSearch = new MiniSearch<IndexedSentence>({
    fields: ['text', 'speakers'],
    // Rows and queries arrive as search terms already (stemmed once, here): MiniSearch only splits them.
    tokenize: (terms) => terms.split(' '),
    processTerm: (term) => term,
    searchOptions: { boost: { text: 2, speakers: 1 }, fuzzy: 0.15, prefix: (term) => term.length > 5 },
  });
  miniSearch.addAll(rows);
  const aliases: SearchAlias[] = deriveSearchAliases(corpus);
  const speakerTerms = new Set(corpus.speakers.flatMap((speaker) => [speaker.name, ...speaker.aliases].flatMap((name) => searchTerms(name))));
  const total = Math.max(1, sentences.size);
  const weightOf = (term: string) => Math.log(1 + total / Math.max(0.5, documentFrequency.get(term) ?? 0));

  return {
    corpus,
    search(query, limit = 8) {
      const original = [...new Set(searchTerms(query))].filter((term) => !QUESTION_WORDS.has(term));
      const alternatives = original.map((term) => {
        const related = aliases.filter((alias) => alias.phrase.includes(term)).flatMap((alias) => [...alias.expansion]);
        return { term, options: new Set([term, ...related]) };
      });
      const queryTerms: QueryTerm[] = alternatives.map(({ term, options }) => {
        const known = [...options].some((option) => documentFrequency.has(option));
        const weight = known ? Math.min(...[...options].filter((option) => documentFrequency.has(option)).map(weightOf)) : weightOf('');
        return { term, known, weight, names: speakerTerms.has(term) };
      });
      const expanded = expandTerms(original, aliases);
      if (expanded.length === 0) return { passages: [], queryTerms };
      const totalWeight = queryTerms.reduce((sum, term) => sum + term.weight, 0);
      const topicWeight = queryTerms.reduce((sum, term) => sum + (term.names ? 0 : term.weight), 0);
      const hits = miniSearch.search(expanded.join(' '), { combineWith: 'OR' }).slice(0, Math.max(limit * 4, 20));
      const passages = hits.flatMap((hit): Passage[] => {
        const entry = sentences.get(String(hit.id));
        if (!entry) return [];
        const credit = alternatives.map(({ options }, index) => {
          const weight = queryTerms[index]?.weight ?? 0;
          if ([...options].some((option) => entry.terms.has(option))) return weight;
          return [...options].some((option) => nearby(entry.document, entry.sentence, option)) ? weight * NEARBY_CREDIT : 0;
        });
        const covered = credit.reduce((sum, value) => sum + value, 0);
        const coveredTopic = credit.reduce((sum, value, index) => sum + (queryTerms[index]?.names ? 0 : value), 0);
        const coverage = totalWeight === 0 ? 0 : covered / totalWeight;
        return [
          {
            id: String(hit.id),
            document: entry.document,
            sentence: entry.sentence,
            text: entry.document.text.slice(entry.sentence.start, entry.sentence.end),
            score: hit.score,
            coverage,
            topicCoverage: topicWeight === 0 ? coverage : coveredTopic / topicWeight,
          },
        ];
      });
      passages.sort((a, b) => b.coverage * 2 + b.score / (hits[0]?.score ?? 1) - (a.coverage * 2 + a.score / (hits[0]?.score ?? 1)));
      return { passages: passages.slice(0, limit), queryTerms };
    },
  };
}
