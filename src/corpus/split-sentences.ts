import type { Span } from './corpus-types.js';
import { isFunctionWord } from './speakers/function-words.js';
import { isAbbreviatedTitle } from './speakers/person-titles.js';

/** Abbreviations after which ICU's sentence rules wrongly break ("Mr. Smith"); titles' are in `isAbbreviatedTitle`. */
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Mt|No|vs|etc|Inc|Corp|Ltd|Co|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|[A-Z])\.\s*$/;

/** "U.S.", "U.N.": an initialism written with stops, which ends a sentence less often than it opens a name. */
const DOTTED_INITIALISM = /(?:^|[\s(])(?:\p{Lu}\.){2,}\s*$/u;
const FIRST_WORD = /^\P{L}*(\p{L}+)/u;
/** A capitalised word and its dot closing the text before a break ("Sec." in "outgoing Sec. Shulkin"). */
const TITLE_BEFORE = /(?:^|[\s(])(\p{Lu}\p{Ll}*)\.\s*$/u;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

const endsWithAbbreviation = (before: string): boolean =>
  ABBREVIATION.test(before) || isAbbreviatedTitle(TITLE_BEFORE.exec(before)?.[1] ?? '');

/**
 * Whether ICU's break after `before` is wrong: after an abbreviation, or after a dotted initialism when the next
 * sentence opens with no function word ("the U.S. Army said", but "moved to the U.S. He said").
 */
function joinsNext(before: string, next: string): boolean {
  if (endsWithAbbreviation(before)) return true;
  const first = FIRST_WORD.exec(next)?.[1];
  return DOTTED_INITIALISM.test(before) && first !== undefined && !isFunctionWord(first);
}

/** Sentence spans inside `[span.start, span.end)` of `text`, trimmed, using ICU's rules (Intl.Segmenter). */
export function splitSentences(text: string, span: Span): Span[] {
  const slice = text.slice(span.start, span.end);
  const pieces: Span[] = [];
  for (const segment of segmenter.segment(slice)) {
    const start = span.start + segment.index;
    const previous = pieces.at(-1);
    if (previous && joinsNext(text.slice(previous.start, start), segment.segment)) {
      pieces[pieces.length - 1] = { start: previous.start, end: start + segment.segment.length };
    } else {
      pieces.push({ start, end: start + segment.segment.length });
    }
  }
  return pieces
    .flatMap((piece) => splitBeforeNumbers(text, piece))
    .map(({ start, end }) => {
      let trimmedEnd = end;
      while (trimmedEnd > start && /\s/u.test(text[trimmedEnd - 1] as string)) trimmedEnd--;
      return { start, end: trimmedEnd };
    })
    .filter(({ start, end }) => end > start);
}

/** A sentence's end, then a next sentence opening with a number, its quotation mark before it or not. */
const END_BEFORE_NUMBER = /[.!?]["'\u201D\u2019)]*\s+(?=["'\u201C\u2018]?\p{Nd})/gu;

/**
 * ICU joins "…, it said. “2004 has proven …" into one sentence: its rules look past the digits for the next letter,
 * and a lower-case one means the sentence goes on. A number opening a sentence is common in news.
 */
function splitBeforeNumbers(text: string, piece: Span): Span[] {
  const parts: Span[] = [];
  let start = piece.start;
  for (const match of text.slice(piece.start, piece.end).matchAll(END_BEFORE_NUMBER)) {
    const end = piece.start + match.index + match[0].length;
    if (endsWithAbbreviation(text.slice(start, piece.start + match.index + 1))) continue;
    parts.push({ start, end });
    start = end;
  }
  parts.push({ start, end: piece.end });
  return parts;
}
