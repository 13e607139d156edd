import lemmatizer from 'wink-lemmatizer';
import type { WordToken } from './word-tokens.js';

/** Words that count a pair: "both sides", "the two governments", "our two countries". */
const PAIR_WORDS = new Set(['both', 'two']);
/** "The two foreign ministers": an adjective may stand between the pair word and its noun. */
const MAX_WORDS_TO_NOUN = 2;

/**
 * The tokens of each pair reference in the words: "two" (when it counts the noun) and the plural noun of a party
 * (`isParty`, given the singular) a pair word counts ("both sides", "the two foreign ministers"). Such a phrase refers
 * back to two parties the text has named, and says nothing of them beyond there being two: "both countries" and "the
 * two sides" are the same pair.
 */
export function pairReferences(tokens: readonly WordToken[], isParty: (lemma: string) => boolean): WordToken[] {
  const found: WordToken[] = [];
  for (const [index, token] of tokens.entries()) {
    if (!PAIR_WORDS.has(token.norm)) continue;
    const noun = tokens.slice(index + 1, index + 1 + MAX_WORDS_TO_NOUN).find((next) => {
      if (!/^\p{L}+$/u.test(next.norm)) return false;
      const singular = lemmatizer.noun(next.norm);
      return singular !== next.norm && isParty(singular);
    });
    if (noun === undefined) continue;
    if (token.norm === 'two') found.push(token);
    found.push(noun);
  }
  return found;
}

const CAPITALISED = /^\p{Lu}/u;

/**
 * Whether the text names a pair by coordinating two names ("the United States and Russia", "Pompeo and Putin"), not
 * as the end of a longer list ("Syria, Iran and Venezuela"): a pair reference may refer to them.
 */
export function namesAPair(text: string, tokens: readonly WordToken[]): boolean {
  return tokens.some((token, index) => {
    if (token.norm !== 'and' || index === 0) return false;
    const before = tokens[index - 1] as WordToken;
    const after = tokens[index + 1]?.norm === 'the' ? tokens[index + 2] : tokens[index + 1];
    if (after === undefined || !CAPITALISED.test(before.text) || !CAPITALISED.test(after.text)) return false;
    // The first name's own words ("United States") run back to the word before it; a comma there makes a list.
    for (let first = index - 1; first > 0; first--) {
      const previous = tokens[first - 1] as WordToken;
      const gap = text.slice(previous.end, (tokens[first] as WordToken).start);
      if (gap.includes(',')) return false;
      if (gap.trim() !== '' || !CAPITALISED.test(previous.text)) return true;
    }
    return true;
  });
}
