import { tagWords, type TaggedWord } from '../corpus/speakers/tag-words.js';
import { wordLemmas } from '../text/word-lemmas.js';

/** Words that premodify a noun within its phrase ("Iran's metal industries", "1987 treaty"). */
const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
/** Words after a noun that open the list of its members ("agreements like the INF", "countries such as China"). */
const OPENS_MEMBERS = new Set(['like', 'including', 'such', 'namely', 'especially', '(', ':', '—', '–']);

function lemmasOf(word: TaggedWord): string[] {
  return wordLemmas(word.text.toLowerCase());
}

/** The noun a which / what / who question asks to have picked out, with the question's words and the noun's phrase. */
export interface AskedKind {
  readonly head: TaggedWord;
  readonly words: readonly TaggedWord[];
  readonly phrase: string;
  /** Whether one of the kind is to be picked out ("which", "who is"), not described ("what"). */
  readonly picksOne: boolean;
}

/** "who is", "who's", "who was": a who-question with no verb of its own asks who holds what follows. */
const WHO_IS = /^(?:is|was|['\u2019]s)$/i;

/**
 * Where the noun phrase a question asks to have picked out starts: after "which" or "what" ("from which port": a
 * preposition may come first), after "name" and its determiner, or after "who is" and a possessor ("who is America's
 * envoy in Moscow"); else -1.
 */
function askedPhraseStart(words: readonly TaggedWord[]): number {
  const opening = words[0]?.pos === 'ADP' ? 1 : 0;
  const first = words[opening]?.text.toLowerCase();
  if (first === 'which' || first === 'what') return opening + 1;
  // "name the companies whose executives …": a bidding to name them asks which ones (the phrase after its determiner).
  if (first === 'name') return 2;
  if (first !== 'who' || !WHO_IS.test(words[1]?.text ?? '')) return -1;
  let start = 2;
  if (words[start]?.pos === 'DET') start++;
  if (['PROPN', 'NOUN'].includes(words[start]?.pos ?? '') && /^['\u2019]s$/.test(words[start + 1]?.text ?? ''))
    start += 2;
  return start;
}

/**
 * The noun a which / what question asks to have picked out, with the words that qualify it ("which European countries
 * did Moscow urge": countries; european), or the role a who-question asks the holder of ("who is America's envoy in
 * Moscow": envoy); null when the question word does not determine a noun ("what did", "who met").
 */
export function askedKind(question: string): AskedKind | null {
  const words = tagWords(question);
  const start = askedPhraseStart(words);
  if (start < 0) return null;
  let end = start;
  while (end < words.length && ['ADJ', 'PROPN', 'NOUN'].includes(words[end]?.pos ?? '')) end++;
  const head = words[end - 1];
  return end > start && head?.pos === 'NOUN'
    ? {
        head,
        words,
        phrase: words
          .slice(start, end)
          .map((word) => word.text)
          .join(' '),
        picksOne: words[start - 1]?.text.toLowerCase() !== 'what',
      }
    : null;
}

/**
 * True when the sentence holds the asked noun (from `askedKind`, worked out once per question) ("countries") but never
 * says which: each time, the noun's phrase has no word the question lacks, before it ("Iran's metal industries"), in a
 * phrase after it ("sanctions on Iran's metal industries") or as a name after it ("spokesman Geng Shuang"), and no list
 * of its members follows ("agreements like the INF"). "Urged Tehran and European countries" does not answer "which
 * European countries did Moscow urge".
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
    // "spokesman Geng Shuang": a name after the noun is the one it is.
    if (next.pos === 'PROPN' && adds(next)) return false;
    if (next.pos === 'ADP') {
      let end = at + 2;
      while (end < words.length && (words[end]?.pos === 'DET' || MODIFIER.has(words[end]?.pos ?? ''))) end++;
      if (words.slice(at + 2, end).some(adds)) return false;
    }
  }
  return mentioned;
}
