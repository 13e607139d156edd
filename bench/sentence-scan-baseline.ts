/**
 * Naive baselines the real search index and quote verifier are measured against:
 * score every sentence by shared words, and `indexOf` a quote in every document.
 */

export interface BaselineDocument {
  readonly id: string;
  readonly text: string;
}

interface ScannedSentence {
  readonly documentId: string;
  /** Offsets into the document's original text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Distinct lower-cased words, computed once when the scan is built. */
  readonly words: ReadonlySet<string>;
}

export interface SentenceHit {
  readonly sentence: ScannedSentence;
  /** How many distinct query words the sentence contains. */
  readonly score: number;
}

export interface SentenceScan {
  readonly sentences: readonly ScannedSentence[];
}

const wordPattern = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;

// Periods after these (and after single initials) do not end a sentence.
const abbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'sgt',
  'prof',
  'rev',
  'mt',
  'ft',
  'vs',
  'etc',
  'inc',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
  'e.g',
  'i.e',
  'u.s',
  'u.n',
]);

/** Lower-cased words of a text; apostrophes inside words are kept ("don't", "russia’s"). */
function lowerCaseWords(text: string): string[] {
  return text.toLowerCase().match(wordPattern) ?? [];
}

function endsWithAbbreviation(textBeforePeriod: string): boolean {
  const lastWord = /([\p{L}.]+)$/u.exec(textBeforePeriod)?.[1]?.toLowerCase() ?? '';
  return abbreviations.has(lastWord) || /^\p{L}$/u.test(lastWord);
}

/** Sentence spans of one text: paragraphs split at blank lines, then at . ! ? (plus closing quotes) before a space. */
function splitSentences(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const boundary = /[.!?]+["'”’)\]]*(?=\s)|\n\s*\n/g;
  let start = 0;
  const push = (end: number): void => {
    const slice = text.slice(start, end);
    const leading = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (trimmed !== '') spans.push({ start: start + leading, end: start + leading + trimmed.length });
  };
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && endsWithAbbreviation(text.slice(start, match.index))) continue;
    push(end);
    start = end;
  }
  push(text.length);
  return spans;
}

/** Splits every document into sentences once, remembering each sentence's word set. */
export function buildSentenceScan(documents: readonly BaselineDocument[]): SentenceScan {
  const sentences: ScannedSentence[] = [];
  for (const document of documents) {
    for (const { start, end } of splitSentences(document.text)) {
      const text = document.text.slice(start, end);
      sentences.push({ documentId: document.id, start, end, text, words: new Set(lowerCaseWords(text)) });
    }
  }
  return { sentences };
}

/** The `limit` best sentences for a query, scanning every sentence; ties keep corpus order. */
export function scanSentences(scan: SentenceScan, query: string, limit = 10): SentenceHit[] {
  const queryWords = [...new Set(lowerCaseWords(query))];
  if (queryWords.length === 0 || limit <= 0) return [];
  const hits: SentenceHit[] = [];
  for (const sentence of scan.sentences) {
    let score = 0;
    for (const word of queryWords) if (sentence.words.has(word)) score += 1;
    if (score > 0) hits.push({ sentence, score });
  }
  // Array.prototype.sort is stable, so equal scores stay in corpus order.
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

export interface QuoteScan {
  readonly documents: readonly { readonly id: string; readonly normalisedText: string }[];
}

export interface QuoteHit {
  readonly documentId: string;
  /** Offset into the document's normalised text, not its original text. */
  readonly offset: number;
}

/** Lower-case, NFKC, straight quotes and hyphens for their typographic forms, runs of whitespace as one space. */
function normaliseForQuoteScan(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Normalises every document once. */
export function buildQuoteScan(documents: readonly BaselineDocument[]): QuoteScan {
  return { documents: documents.map(({ id, text }) => ({ id, normalisedText: normaliseForQuoteScan(text) })) };
}

/** Every place the normalised quote occurs, by `indexOf` over every document. */
export function scanForQuote(scan: QuoteScan, quote: string): QuoteHit[] {
  const needle = normaliseForQuoteScan(quote);
  if (needle === '') return [];
  const hits: QuoteHit[] = [];
  for (const { id, normalisedText } of scan.documents) {
    for (let at = normalisedText.indexOf(needle); at !== -1; at = normalisedText.indexOf(needle, at + 1)) {
      hits.push({ documentId: id, offset: at });
    }
  }
  return hits;
}
