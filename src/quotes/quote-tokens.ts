import { foldWord } from '../text/fold-word.js';
import { toNfc } from '../text/nfc-text.js';
import { isStopword } from '../text/word-tokens.js';

/** A word as quote matching compares it, with its offsets in the text it came from. */
export interface QuoteToken {
  /** Lower-cased; apostrophes folded; accents and abbreviation dots dropped ("U.S." and "US" are one word). */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  /** Inside editorial square brackets ("[Mueller]"): may be matched or left out at no cost. */
  readonly optional: boolean;
  /** The first word after an ellipsis ("...", "…"): the claim leaves words out before it. */
  readonly afterEllipsis: boolean;
}

/**
 * Letters and digits, joined by in-word apostrophes ("there's"), dots between letters or digits ("2.5", "U.S")
 * and thousands separators ("1,000"). Hyphens split words, so "three-way" and "three way" compare equal,
 * and any dash shape is punctuation.
 */
const WORD =
  /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\u2018\u2019`\u2032][\p{L}\p{N}][\p{L}\p{M}\p{N}]*|\.[\p{L}\p{N}][\p{L}\p{M}\p{N}]*|,\d{3}(?![\p{L}\p{N}]))*/gu;
const ELLIPSIS = /\.\s*\.\s*\.|\u2026/;

/** Norms of words already seen: a corpus repeats its words. Cleared when full, so memory stays bounded. */
const normCache = new Map<string, string>();
const NORM_CACHE_SIZE = 100_000;

function cachedNorm(word: string): string {
  let norm = normCache.get(word);
  if (norm === undefined) {
    if (normCache.size >= NORM_CACHE_SIZE) normCache.clear();
    norm = foldWord(word);
    normCache.set(word, norm);
  }
  return norm;
}

/**
 * Splits `text[from, to)` into words, noting editorial brackets and ellipses. Words are found on the NFC form,
 * so a decomposed accent never splits a word; offsets are into `text` as it is.
 */
export function quoteTokens(text: string, from = 0, to = text.length): QuoteToken[] {
  const tokens: QuoteToken[] = [];
  const nfc = toNfc(text.slice(from, to));
  const slice = nfc.text;
  let bracketDepth = 0;
  let previousEnd = 0;
  for (const match of slice.matchAll(WORD)) {
    const at = match.index ?? 0;
    const gap = slice.slice(previousEnd, at);
    if (gap.includes('[') || gap.includes(']'))
      for (const character of gap) {
        if (character === '[') bracketDepth++;
        else if (character === ']') bracketDepth = Math.max(0, bracketDepth - 1);
      }
    tokens.push({
      norm: cachedNorm(match[0]),
      start: from + nfc.originalStart(at),
      end: from + nfc.originalEnd(at + match[0].length - 1),
      optional: bracketDepth > 0,
      afterEllipsis: tokens.length > 0 && ELLIPSIS.test(gap),
    });
    previousEnd = at + match[0].length;
  }
  return tokens;
}

const NEGATIONS = new Set([
  'no',
  'not',
  'never',
  'nor',
  'neither',
  'none',
  'nobody',
  'nothing',
  'nowhere',
  'cannot',
  'without',
  'non',
]);

/** Words whose change reverses a statement: "no", "not", "never", "didn't". */
export function isNegation(norm: string): boolean {
  return NEGATIONS.has(norm) || norm.endsWith("n't");
}

const NUMBER_WORDS = new Set(
  `zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen
  twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen dozens hundreds thousands millions
  billions first second third fourth fifth sixth seventh eighth ninth tenth half twice once double triple`.split(/\s+/),
);

/** Digits, or a number said in words: "2021", "2.5", "three", "third". */
export function isNumber(norm: string): boolean {
  return /\p{N}/u.test(norm) || NUMBER_WORDS.has(norm);
}

/** A word that carries meaning on its own: not a function word. Negations and numbers are counted apart. */
export function isContentWord(norm: string): boolean {
  return !isStopword(norm);
}

/**
 * How much a matched word counts in an alignment: words that carry the meaning (content words,
 * negations, numbers) weigh three times a function word, so "would improve" never lines up with
 * "would not improve" as if the "not" were filler.
 */
export function matchWeight(norm: string): number {
  return isContentWord(norm) || isNegation(norm) || isNumber(norm) ? 3 : 1;
}
