import type { AlignClaim } from './align-claim.js';
import { InputError } from '../errors/input-error.js';
import type { QuoteIndex } from './quote-index.js';
import { isContentWord, matchWeight, quoteTokens, type QuoteToken } from './quote-tokens.js';

/** A claim ready to be looked up and aligned. */
export interface PreparedClaim extends AlignClaim {
  readonly text: string;
  readonly tokens: readonly QuoteToken[];
  /** Distinct term ids of the words outside brackets; negative for words the corpus never uses. */
  readonly required: readonly number[];
  /** Distinct term ids of the content words outside brackets. */
  readonly content: readonly number[];
  /** Words outside brackets: what the claim asserts was said. */
  readonly wordCount: number;
}

/** Turns the claim's words into term ids and alignment weights, with no corpus-sized work. */
function claimFromTokens(index: QuoteIndex, text: string, tokens: readonly QuoteToken[]): PreparedClaim {
  const unknown = new Map<string, number>();
  const termOf = (norm: string) => {
    const known = index.termIds.get(norm);
    if (known !== undefined) return known;
    if (!unknown.has(norm)) unknown.set(norm, -1 - unknown.size);
    return unknown.get(norm) as number;
  };
  const terms = Int32Array.from(tokens, (token) => termOf(token.norm));
  const asserted = tokens
    .map((token, position) => ({ token, term: terms[position] as number }))
    .filter(({ token }) => !token.optional);
  return {
    text,
    tokens,
    terms,
    weights: Uint8Array.from(tokens, (token) => matchWeight(token.norm)),
    optional: Uint8Array.from(tokens, (token) => (token.optional ? 1 : 0)),
    afterEllipsis: Uint8Array.from(tokens, (token) => (token.afterEllipsis ? 1 : 0)),
    required: [...new Set(asserted.map(({ term }) => term))],
    content: [...new Set(asserted.filter(({ token }) => isContentWord(token.norm)).map(({ term }) => term))],
    wordCount: asserted.length,
  };
}

function preview(quote: string): string {
  const squashed = quote.replace(/\s+/g, ' ').trim();
  return squashed.length > 60 ? `${squashed.slice(0, 57)}...` : squashed;
}

/**
 * Reads a claim's words. A claim must carry at least two content words, unless it is one word the corpus
 * itself quotes on its own ("fundamentally"): shorter claims would match everywhere and prove nothing.
 * @throws InputError when the claim is empty, only punctuation, or too short.
 */
export function prepareClaim(index: QuoteIndex, quote: string): PreparedClaim {
  let tokens = quoteTokens(quote);
  if (tokens.length > 0 && tokens.every((token) => token.optional))
    tokens = tokens.map((token) => ({ ...token, optional: false }));
  if (tokens.length === 0) {
    throw new InputError('There are no words to check: the quote is empty or only punctuation.', { reason: 'empty' });
  }
  const claim = claimFromTokens(index, quote, tokens);
  const contentWords = tokens.filter((token) => !token.optional && isContentWord(token.norm)).length;
  const quotedAlone = claim.wordCount === 1 && index.singleWordQuotations.has(claim.required[0] as number);
  if (contentWords < 2 && !quotedAlone) {
    throw new InputError(
      `\u27E8${preview(quote)}\u27E9 is too short to check: a quote needs at least two content words (not just words like \u27E8the\u27E9, \u27E8we\u27E9 or \u27E8was\u27E9), unless it is a single word the corpus quotes on its own.`,
      { reason: 'too_few_words' },
    );
  }
  return claim;
}
