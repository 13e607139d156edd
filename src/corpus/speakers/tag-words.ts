import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { isAbbreviatedTitle } from './person-titles.js';

/** A word or punctuation token with its offsets and part of speech (Universal POS tags). */
export interface TaggedWord {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly pos: string;
}

let nlp: WinkMethods | null = null;

/** Loads the model now rather than on first use (about 0.1 s): for a worker that has time before its job. */
export function loadTagger(): WinkMethods {
  nlp ??= winkNLP(model);
  return nlp;
}

/**
 * Tokens and parts of speech from wink-nlp's English model. Chosen over compromise by measurement on the Brown
 * press articles: wink tags sentence-initial function words ("When", "Regarding") apart from names and keeps
 * initials with their names ("Dr. J. R. McLemore"), where compromise's person finder splits or drops them.
 * The model is loaded on first use, not at import.
 */
export function tagWords(text: string): TaggedWord[] {
  const wink = loadTagger();
  const its = wink.its;
  const doc = wink.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const words: TaggedWord[] = [];
  let cursor = 0;
  values.forEach((value, index) => {
    const start = text.indexOf(value, cursor);
    if (start < 0) return;
    cursor = start + value.length;
    const pos = tags[index] ?? 'X';
    // wink leaves "Trump's" whole once its cache of unknown words has read it whole ("Mr. Trump's,"), so a document
    // would tokenise by what was read before it: a possessive is always split, as wink splits it the first time.
    const possessive = /^(.+\p{L})(['\u2019]s)$/u.exec(value);
    if (possessive?.[1] && possessive[2]) {
      const split = start + possessive[1].length;
      words.push(
        { text: possessive[1], start, end: split, pos },
        { text: possessive[2], start: split, end: cursor, pos: 'PART' },
      );
    } else if (value === '.' && text[start - 1] !== ' ' && isAbbreviatedTitle(words.at(-1)?.text ?? '')) {
      // wink splits some titles' dots off ("Rev", "."), though not others ("Sen."): a title keeps its dot, as a
      // sentence does not end at it.
      const title = words.pop() as TaggedWord;
      words.push({ text: `${title.text}.`, start: title.start, end: cursor, pos: title.pos });
    } else words.push({ text: value, start, end: cursor, pos });
  });
  return words;
}
