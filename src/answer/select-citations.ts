import type { CorpusDocument, Quotation, Sentence } from '../corpus/corpus-types.js';
import type { Passage } from '../search/search-index.js';
import type { Citation } from './ask-result.js';

/** Share of a sentence that must be quoted words for the quotation, not the sentence, to be cited. */
const QUOTED_SHARE = 0.5;

function clip(document: CorpusDocument, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && /[\s"'\u201C\u201D\u2018\u2019,]/.test(document.text[from] as string)) from++;
  while (to > from && /[\s"'\u201C\u201D\u2018\u2019,]/.test(document.text[to - 1] as string)) to--;
  return { start: from, end: to };
}

/** Builds a citation whose quote is, by construction, the document's text at the offsets. */
export function citationAt(
  document: CorpusDocument,
  start: number,
  end: number,
  speaker: string | null,
  n: number,
): Citation {
  return {
    n,
    source: document.id,
    title: document.title,
    outlet: document.outlet,
    date: document.date,
    speaker,
    quote: document.text.slice(start, end),
    start,
    end,
  };
}

/**
 * The citation for a retrieved sentence: the quotation itself when the sentence is mostly someone's quoted words
 * (with that speaker), otherwise the reporter's sentence as written (speaker null: the reporter's words).
 */
export function citationForPassage(passage: Passage, n: number): Citation {
  return citationForSentence(passage.document, passage.sentence, n);
}

/** The citation for one sentence of a document, as `citationForPassage` makes it. */
export function citationForSentence(document: CorpusDocument, sentence: Sentence, n: number): Citation {
  const overlapping = document.quotations.filter(
    (quotation: Quotation) => quotation.start < sentence.end && quotation.end > sentence.start,
  );
  const quotedLength = overlapping.reduce(
    (sum, quotation) => sum + Math.min(quotation.end, sentence.end) - Math.max(quotation.start, sentence.start),
    0,
  );
  const first = overlapping[0];
  if (first && overlapping.length === 1 && quotedLength / (sentence.end - sentence.start) >= QUOTED_SHARE) {
    const span = clip(document, Math.max(first.start, sentence.start), Math.min(first.end, sentence.end));
    return citationAt(document, span.start, span.end, first.speaker, n);
  }
  return citationAt(document, sentence.start, sentence.end, null, n);
}
