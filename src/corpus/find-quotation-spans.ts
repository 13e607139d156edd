import type { Paragraph } from './corpus-types.js';

export interface QuotationSpan {
  /** First character inside the opening mark. */
  readonly start: number;
  /** Just past the last quoted character, before the closing mark; a trailing comma is left out. */
  readonly end: number;
  readonly paragraphIndex: number;
  readonly spansParagraphs: boolean;
  /** Whether it goes on from the quotation before it, re-opened at the start of a new paragraph. */
  readonly reopens: boolean;
}

interface Mark {
  readonly index: number;
  readonly role: 'open' | 'close';
  readonly family: 'double' | 'single';
  /** An opening mark with a space after it: it may be a closing one typed the wrong way round. */
  readonly spaced?: boolean;
}

const OPEN_CONTEXT = /[\s([{\u2014\u2013/-]/;

/** Straight quotes are told apart by what stands beside them: an opening mark is followed by a word. */
function straightRole(text: string, index: number, paragraphStart: number): 'open' | 'close' {
  const before = index === paragraphStart ? ' ' : (text[index - 1] as string);
  const after = text[index + 1] ?? ' ';
  if (OPEN_CONTEXT.test(before) && !/\s/.test(after)) return 'open';
  return 'close';
}

function reversedOpening(text: string, index: number, paragraph: Paragraph): boolean {
  const before = index === paragraph.start ? ' ' : (text[index - 1] as string);
  return /\s/.test(before) && /[\p{L}\p{N}]/u.test(text[index + 1] ?? ' ');
}

function marksIn(text: string, paragraph: Paragraph): Mark[] {
  const marks: Mark[] = [];
  for (let index = paragraph.start; index < paragraph.end; index++) {
    const character = text[index];
    if (character === '\u201C')
      marks.push({ index, role: 'open', family: 'double', spaced: /\s/.test(text[index + 1] ?? ' ') });
    // A closing mark between a space and a word ("said ”We will") opens, typed the wrong way round.
    else if (character === '\u201D')
      marks.push({ index, role: reversedOpening(text, index, paragraph) ? 'open' : 'close', family: 'double' });
    else if (character === '"')
      marks.push({ index, role: straightRole(text, index, paragraph.start), family: 'double' });
    else if (character === '\u2018' && (index === paragraph.start || /\s/.test(text[index - 1] as string))) {
      marks.push({ index, role: 'open', family: 'single' });
    } else if (character === '\u2019' && !/[\p{L}\p{N}]/u.test(text[index + 1] ?? ' ')) {
      marks.push({ index, role: 'close', family: 'single' });
    }
  }
  return marks;
}

function trimmedEnd(text: string, start: number, end: number): number {
  let last = end;
  while (last > start && /[\s,]/.test(text[last - 1] as string)) last--;
  return last;
}

interface LostMark {
  /** Where the open quotation ends. */
  readonly end: number;
  /** Whether the new quotation goes on from it (a lost paragraph break) or is one of its own (a lost closing mark). */
  readonly reopens: boolean;
}

/**
 * Whether an opening double mark inside an open double quotation re-opens it after a paragraph break the text lost
 * (web copy that runs paragraphs together: `…an excuse. "I cannot deny…`), or opens a new one after a closing mark
 * the text lost (`…because I was a Muslim. He added: "The authorities…`), rather than nesting a quotation in it: it
 * follows the end of a sentence, or a colon after one, and the paragraph has too few closing marks after it to close
 * both.
 */
function lostMarkAt(text: string, marks: readonly Mark[], position: number, openStart: number): LostMark | null {
  const mark = marks[position] as Mark;
  if (mark.family !== 'double') return null;
  const rest = marks.slice(position).filter((later) => later.family === 'double');
  const opens = rest.filter((later) => later.role === 'open').length;
  if (rest.length - opens >= opens + 1) return null;
  const before = text.slice(openStart, mark.index);
  if (/[.?!…]\s+$/u.test(before)) return { end: mark.index, reopens: true };
  // The words that introduce the new quotation are narration: the lost mark closed the sentence before them.
  const introduction = /[.?!…]\s[^.?!…"]*:\s+$/u.exec(before);
  return introduction ? { end: openStart + introduction.index + 1, reopens: false } : null;
}

/**
 * Every quotation in the citable paragraphs, written by hand because quotation conventions in news text
 * (straight marks, a quotation carried over a paragraph break with or without a re-opening mark,
 * apostrophes that look like closing single quotes) are not handled by any tokenizer library.
 */
export function findQuotationSpans(text: string, paragraphs: readonly Paragraph[]): QuotationSpan[] {
  const spans: QuotationSpan[] = [];
  const body = paragraphs.filter((paragraph) => paragraph.kind === 'body');
  let open: {
    start: number;
    paragraphIndex: number;
    family: Mark['family'];
    spans: boolean;
    reopens: boolean;
  } | null = null;
  const close = (end: number) => {
    if (open && end > open.start)
      spans.push({
        start: open.start,
        end,
        paragraphIndex: open.paragraphIndex,
        spansParagraphs: open.spans,
        reopens: open.reopens,
      });
    open = null;
  };

  for (const [position, paragraph] of body.entries()) {
    const marks = marksIn(text, paragraph);
    // Marks of the open quotation's own family opened inside it ("the “cold war” or an “armed peace”" within “…”).
    let nested = 0;
    // Double marks opened inside an open single quotation (‘he called it “x”’).
    let doublesInside = 0;
    for (const [markPosition, mark] of marks.entries()) {
      if (open?.family === 'single' && mark.family === 'double') {
        // A closing double mark that no double mark opened closes the single one: a typing slip (‘are not gods.”).
        if (mark.role === 'open') doublesInside++;
        else if (doublesInside > 0) doublesInside--;
        else if (nested === 0) close(trimmedEnd(text, open.start, mark.index));
        continue;
      }
      if (open && mark.family !== open.family) continue;
      // "considered “systemically important “ and must": an opening mark followed by a space, inside an open
      // quotation of its family, closes it (none opens words with a space).
      const typedForClose = mark.spaced === true && open !== null && nested === 0;
      if (mark.role === 'open' && !typedForClose) {
        const continuesAcrossBreak: boolean =
          open !== null && markPosition === 0 && open.paragraphIndex !== paragraph.index;
        const lost: LostMark | null =
          open !== null && nested === 0 ? lostMarkAt(text, marks, markPosition, open.start) : null;
        if (open && !continuesAcrossBreak && !lost) {
          nested++;
          continue;
        }
        // A quotation re-opened at a new paragraph ends where the paragraph before ends: each paragraph's part is a
        // quotation of its own, marked as going on from the one before (without a re-opening mark it stays one span).
        const reopens: boolean = continuesAcrossBreak || lost?.reopens === true;
        if (continuesAcrossBreak) close(trimmedEnd(text, open?.start ?? 0, (body[position - 1] as Paragraph).end));
        else if (lost) close(trimmedEnd(text, open?.start ?? 0, lost.end));
        open = { start: mark.index + 1, paragraphIndex: paragraph.index, family: mark.family, spans: false, reopens };
        doublesInside = 0;
        continue;
      }
      if (!open) continue;
      if (nested > 0) {
        nested--;
        continue;
      }
      close(trimmedEnd(text, open.start, mark.index));
    }
    if (open) {
      const next = body[position + 1];
      const nextMarks = next ? marksIn(text, next).filter((mark) => mark.family === open?.family) : [];
      const carriesOver =
        nextMarks.length > 0 && (nextMarks[0]?.role === 'close' || nextMarks[0]?.index === next?.start);
      const reopened = nextMarks[0]?.role === 'open' && nextMarks[0]?.index === next?.start;
      if (carriesOver && !reopened) open.spans = true;
      else if (!carriesOver) {
        // A double quotation left open at the end of its paragraph (its closing mark lost) ends there; a lone single
        // mark is more likely an apostrophe ("the ‘60s") than a quotation.
        if (open.family === 'double') close(trimmedEnd(text, open.start, paragraph.end));
        else open = null;
      }
    }
  }
  return spans;
}
