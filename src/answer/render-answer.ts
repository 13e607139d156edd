import type { Corpus } from '../corpus/corpus-types.js';
import type { Citation } from './ask-result.js';

function reporter(citation: Citation): string {
  const date = citation.date === 'undated' ? '' : ` on ${citation.date}`;
  return `${citation.outlet} reported${date}`;
}

/**
 * Prose for cited passages: who said it (or which outlet reported it), then the corpus text in curly quotation
 * marks and its number. Curly marks are reserved for citations, so every quoted passage can be checked.
 */
export function renderCitedAnswer(citations: readonly Citation[]): string {
  return citations
    .map((citation) => {
      const lead = citation.speaker ? `${citation.speaker} said` : reporter(citation);
      return `${lead}: \u201C${citation.quote}\u201D [${citation.n}]`;
    })
    .join('\n');
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
