import type { RefusedFile } from '../corpus/read-corpus-dir.js';
import type { QuotationView, SourceSummary } from '../app/verbatim-service.js';

/** The documents with their metadata and counts, then any file that was not loaded and why. */
export function formatSources(sources: readonly SourceSummary[], refused: readonly RefusedFile[] = []): string {
  const documents = sources.map((source) =>
    [
      source.source,
      `  title:   ${source.title || '(none)'}`,
      `  outlet:  ${source.outlet ?? '(unknown)'}    date: ${source.date ?? '(unknown)'}`,
      `  ${source.characters} characters, ${source.paragraphs} paragraphs, ${source.sentences} citable sentences, ${source.quotations} quotations`,
    ].join('\n'),
  );
  const notLoaded =
    refused.length > 0 ? [`Not loaded:\n${refused.map((entry) => `  ${entry.file}: ${entry.reason}`).join('\n')}`] : [];
  return [...documents, ...notLoaded].join('\n\n');
}

export function formatQuotes(quotes: readonly QuotationView[]): string {
  if (quotes.length === 0) return 'No quotations.';
  return quotes
    .map(
      (quote) =>
        `${quote.speaker ?? '(speaker not given)'}: \u201C${quote.quote}\u201D\n  ${quote.source} (characters ${quote.start}-${quote.end})`,
    )
    .join('\n');
}
