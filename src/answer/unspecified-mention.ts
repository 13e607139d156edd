import { tagWords, type TaggedWord } from '../corpus/speakers/tag-words.js';
import { wordLemmas } from '../text/word-lemmas.js';

/** Words that premodify a noun within its phrase ("Iran's metal industries", "1987 treaty"). */
const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
/** Words after a noun that open the list of its members ("agreements like the INF", "countries such as China"). */
const OPENS_MEMBERS = new Set(['like', 'including', 'such', 'namely', 'especially', '(', ':', '—', '–']);

function lemmasOf(word: TaggedWord): string[] {
  return wordLemmas(word.text.toLowerCase());
}

/** The noun a which / what question asks to have picked out, with the question's words and the noun's phrase. */
export interface AskedKind {
  readonly head: TaggedWord;
  readonly words: readonly TaggedWord[];
  readonly phrase: string;
}

/**
 * The noun a which / what question asks to have picked out, with the words that qualify it ("which European countries
 * did Moscow urge": countries; european), or null when the question word does not determine a noun ("what did").
 */
export function askedKind(question: string): AskedKind | null {
  const words = tagWords(question);
  // "from which port", "at which airfield": a preposition may come before the question word.
  const opening = words[0]?.pos === 'ADP' ? 1 : 0;
  const first = words[opening];
  if (!first || !['which', 'what'].includes(first.text.toLowerCase())) return null;
  let end = opening + 1;
  while (end < words.length && ['ADJ', 'PROPN', 'NOUN'].includes(words[end]?.pos ?? '')) end++;
  const head = words[end - 1];
  return end > opening + 1 && head?.pos === 'NOUN'
    ? {
        head,
        words,
        phrase: words
          .slice(opening + 1, end)
          .map((word) => word.text)
          .join(' '),
      }
    : null;
}

/**
 * True when the sentence holds the asked noun (from `askedKind`, worked out once per question) ("countries") but never says which: each time, the noun's phrase has
 * no word the question lacks, before it ("Iran's metal industries") or in a phrase after it ("sanctions on Iran's
 * metal industries"), and no list of its members follows ("agreements like the INF"). "Urged Tehran and European
 * countries" does not answer "which European countries did Moscow urge".
 */
export function mentionsOnlyUnspecified(asked: AskedKind, sentence: string): boolean {
  const questionLemmas = new Set(asked.words.flatMap(lemmasOf));
  const headLemmas = lemmasOf(asked.head);
  const adds = (word: TaggedWord) =>
    word.pos !== 'PART' &&
    word.pos !== 'DET' &&
    /\p{L}|\p{N}/u.test(word.text) &&
    !lemmasOf(word).some((lemma) => questionLemmas.has(lemma));
  const words = tagWords(sentence);
  let mentioned = false;
  for (const [at, word] of words.entries()) {
    if (word.pos !== 'NOUN' || !lemmasOf(word).some((lemma) => headLemmas.includes(lemma))) continue;
    mentioned = true;
    let start = at;
    while (start > 0 && MODIFIER.has(words[start - 1]?.pos ?? '')) start--;
    if (words.slice(start, at).some(adds)) return false;
    const next = words[at + 1];
    if (!next) continue;
    if (OPENS_MEMBERS.has(next.text.toLowerCase())) return false;
    if (next.pos === 'ADP') {
      let end = at + 2;
      while (end < words.length && (words[end]?.pos === 'DET' || MODIFIER.has(words[end]?.pos ?? ''))) end++;
      if (words.slice(at + 2, end).some(adds)) return false;
    }
  }
  return mentioned;
}
