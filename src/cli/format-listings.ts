import type { QuotationView, SourceSummary } from '../app/verbatim-service.js';

export function formatSources(sources: readonly SourceSummary[]): string {
  return sources
    .map((source) =>
      [
        `${source.source}`,
        `  title:   ${source.title || '(none)'}`,
        `  outlet:  ${source.outlet ?? '(unknown)'}    date: ${source.date ?? '(unknown)'}`,
        `  ${source.characters} characters, ${source.paragraphs} paragraphs, ${source.sentences} citable sentences, ${source.quotations} quotations`,
      ].join('\n'),
    )
    .join('\n\n');
}

export function formatQuotes(quotes: readonly QuotationView[]): string {
  if (quotes.length === 0) return 'No quotations.';
  return quotes
    .map((quote) => `${quote.speaker ?? '(speaker not given)'}: \u201C${quote.quote}\u201D\n  ${quote.source} (characters ${quote.start}-${quote.end})`)
    .join('\n');
}
