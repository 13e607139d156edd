import { foldWord } from './fold-word.js';
import { toNfc } from './nfc-text.js';

/** A word with its offsets in the text it came from. */
export interface WordToken {
  readonly text: string;
  /** The word as `foldWord` gives it: the form used for comparison. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\u2019.-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/**
 * Splits text into words, keeping in-word apostrophes, hyphens and dotted numbers ("there's", "Intermediate-Range", "2.5").
 * `text` and `norm` are NFC; offsets are into the text as given.
 */
export function wordTokens(text: string, offset = 0): WordToken[] {
  const tokens: WordToken[] = [];
  const nfc = toNfc(text);
  for (const match of nfc.text.matchAll(WORD)) {
    const at = match.index ?? 0;
    tokens.push({
      text: match[0],
      norm: foldWord(match[0]),
      start: offset + nfc.originalStart(at),
      end: offset + nfc.originalEnd(at + match[0].length - 1),
    });
  }
  return tokens;
}

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves there's it's that's what's who's don't didn't doesn't isn't wasn't weren't won't can't let's i'm we're they're you're we'll i'll we've i've he's she's`.split(
    /\s+/,
  ),
);

/** A word and the auxiliary or negation written onto it: "they'll", "we'd", "shouldn't" ("'s" is a possessive too). */
const CLITIC = /^([a-z]+?)(?:'(?:[dm]|ll|ve|re)|n't)$/;

/**
 * True for a word that carries no topic on its own ("the", "would"), and for one contracted with a clitic ("they'll",
 * "wouldn't"): the clitic is an auxiliary or a negation, so the word is as empty as its stem.
 */
export function isStopword(norm: string): boolean {
  if (STOPWORDS.has(norm)) return true;
  const stem = CLITIC.exec(norm)?.[1];
  return stem !== undefined && STOPWORDS.has(stem);
}
