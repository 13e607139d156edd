import type { Corpus } from '../corpus/corpus-types.js';
import type { Citation } from './ask-result.js';

function reporter(citation: Citation): string {
  const date = citation.date === null ? '' : ` on ${citation.date}`;
  return `${citation.outlet ?? 'An unnamed outlet'} reported${date}`;
}

/**
 * Prose for cited passages: who said it (or which outlet reported it), then the corpus text in curly quotation
 * marks and its number; consecutive citations with the same lead share one line. Curly marks are reserved for
 * citations, so every quoted passage can be checked.
 */
export function renderCitedAnswer(citations: readonly Citation[]): string {
  const lines: { lead: string; quotes: string[] }[] = [];
  for (const citation of citations) {
    const lead = citation.speaker ? `${citation.speaker} said` : reporter(citation);
    const quote = `\u201C${citation.quote}\u201D [${citation.n}]`;
    const last = lines.at(-1);
    if (last?.lead === lead) last.quotes.push(quote);
    else lines.push({ lead, quotes: [quote] });
  }
  return lines.map(({ lead, quotes }) => `${lead}: ${quotes.join(' ')}`).join('\n');
}

/** Titles named in a decline; the rest of the corpus is summarised by counts, so a decline stays short at any size. */
const TITLES_SHOWN = 5;
const SPEAKERS_SHOWN = 8;

function titleLine(document: Corpus['documents'][number]): string {
  return `${document.title || document.id} (${[document.outlet, document.date].filter(Boolean).join(', ')})`;
}

/**
 * What the corpus covers, for declines: up to five titles with outlet and date, counts for the rest, and a few
 * of the people quoted. Never quoted text; its length does not grow with the corpus.
 */
export function describeCorpus(corpus: Corpus): string {
  const count = corpus.documents.length;
  const shown = corpus.documents.slice(0, TITLES_SHOWN).map(titleLine).join('; ');
  const rest = count - TITLES_SHOWN;
  const outlets = new Set(corpus.documents.map((document) => document.outlet).filter(Boolean)).size;
  const more =
    rest > 0
      ? `; and ${rest.toLocaleString('en')} more${outlets > 1 ? ` from ${outlets.toLocaleString('en')} outlets` : ''}`
      : '';
  const speakers = new Set<string>();
  for (const document of corpus.documents) {
    for (const quotation of document.quotations) if (quotation.speaker !== null) speakers.add(quotation.speaker);
    if (speakers.size > SPEAKERS_SHOWN) break;
  }
  const quoted =
    speakers.size > 0
      ? ` It quotes ${[...speakers].slice(0, SPEAKERS_SHOWN).join(', ')}${speakers.size > SPEAKERS_SHOWN ? ' and others' : ''}.`
      : '';
  return `The corpus holds ${count.toLocaleString('en')} article${count === 1 ? '' : 's'}: ${shown}${more}.${quoted}`;
}
