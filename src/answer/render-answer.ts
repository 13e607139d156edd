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

/** What the corpus covers, for declines: document titles with outlet and date, and who is quoted. Never quoted text. */
export function describeCorpus(corpus: Corpus): string {
  const documents = corpus.documents
    .map((document) => `${document.title || document.id} (${[document.outlet, document.date].filter(Boolean).join(', ')})`)
    .join('; ');
  const speakers = [...new Set(corpus.documents.flatMap((document) => document.quotations.map((quotation) => quotation.speaker)))]
    .filter((speaker): speaker is string => speaker !== null)
    .slice(0, 8);
  const quoted = speakers.length > 0 ? ` It quotes ${speakers.join(', ')}.` : '';
  return `The corpus holds ${corpus.documents.length} article${corpus.documents.length === 1 ? '' : 's'}: ${documents}.${quoted}`;
}
