import type { Corpus } from '../corpus/corpus-types.js';
import { firstQuotationMark } from '../text/quotation-marks.js';
import type { AskResult, Citation } from './ask-result.js';

/** Why a citation was refused: it does not name corpus text at the offsets it gives. */
export interface RejectedCitation {
  readonly citation: Citation;
  readonly reason: string;
}

/**
 * The last gate before anything is shown: every citation must be corpus text at its stated source and offsets,
 * with the document's own metadata; and every passage the answer shows in double quotation marks must be one of
 * those citations' quotes. Works the same for every engine.
 */
export function checkGrounding(result: AskResult, corpus: Corpus): RejectedCitation[] {
  const rejected: RejectedCitation[] = [];
  for (const citation of result.citations) {
    const document = corpus.documents.find((candidate) => candidate.id === citation.source);
    if (!document) {
      rejected.push({ citation, reason: `no document named ${citation.source}` });
      continue;
    }
    if (citation.start < 0 || citation.end > document.text.length || citation.start >= citation.end) {
      rejected.push({ citation, reason: `offsets ${citation.start}-${citation.end} are outside ${citation.source}` });
      continue;
    }
    if (document.text.slice(citation.start, citation.end) !== citation.quote) {
      rejected.push({
        citation,
        reason: `the quote is not the text of ${citation.source} at ${citation.start}-${citation.end}`,
      });
      continue;
    }
    if (citation.title !== document.title || citation.outlet !== document.outlet || citation.date !== document.date) {
      rejected.push({ citation, reason: `the title, outlet or date is not what ${citation.source} records` });
    }
  }
  const stray = quotedTextOutsideCitations(
    result.answer,
    result.citations.map((citation) => citation.quote),
  );
  if (stray !== null) {
    rejected.push({
      citation: {
        n: 0,
        source: '',
        title: '',
        outlet: null,
        date: null,
        speaker: null,
        quote: stray,
        start: 0,
        end: 0,
      },
      reason: 'quoted text that is not a citation',
    });
  }
  return rejected;
}

/**
 * Removes every “quote” that is a citation's text; whatever quotation mark is left marks text the answer
 * presents as a quotation without grounding. Returns that remainder around the stray mark, or null.
 */
function quotedTextOutsideCitations(answer: string, quotes: readonly string[]): string | null {
  const remainder = withoutCitedSpans(answer, quotes) ?? withoutCitedQuotesInTurn(answer, quotes);
  const stray = firstQuotationMark(remainder);
  return stray === -1 ? null : remainder.slice(Math.max(0, stray - 30), stray + 60);
}

/** Removes each “quote”, longest first, so a quote that holds a shorter one is removed whole. */
function withoutCitedQuotesInTurn(answer: string, quotes: readonly string[]): string {
  let remainder = answer;
  for (const quote of [...quotes].sort((a, b) => b.length - a.length))
    remainder = remainder.split(`\u201C${quote}\u201D`).join(' ');
  return remainder;
}

/**
 * The same result in one pass, for the usual answer whose curly marks alternate (“ ” “ ” ...) and whose quotes hold
 * none: then every “quote” is one of the spans between an opening and the next closing mark, removing one cannot
 * form another, and the order does not matter. The removal in turn costs answer length times quotes, which a
 * list of thousands of cited titles makes seconds. Null when the marks do not alternate or a quote holds one.
 */
function withoutCitedSpans(answer: string, quotes: readonly string[]): string | null {
  if (quotes.some((quote) => quote.includes('\u201C') || quote.includes('\u201D'))) return null;
  const cited = new Set(quotes);
  const pieces: string[] = [];
  let copiedTo = 0;
  let open = -1;
  for (let index = 0; index < answer.length; index++) {
    const char = answer[index];
    if (char === '\u201C') {
      if (open !== -1) return null;
      open = index;
    } else if (char === '\u201D') {
      if (open === -1) return null;
      if (cited.has(answer.slice(open + 1, index))) {
        pieces.push(answer.slice(copiedTo, open), ' ');
        copiedTo = index + 1;
      }
      open = -1;
    }
  }
  if (open !== -1) return null;
  pieces.push(answer.slice(copiedTo));
  return pieces.join('');
}
