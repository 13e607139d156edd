import type { QuotationView, SourceSummary } from '../../app/verbatim-service.js';
import { escapeText, inlineCode } from './escape-text.js';

/** The corpus documents, one line each, for /sources. */
export function renderSourceList(sources: readonly SourceSummary[], corpusVersion: string): string {
  if (sources.length === 0) return 'The corpus is empty.';
  const lines = sources.map((source) => {
    const details = [source.outlet, source.date].filter((part): part is string => Boolean(part)).join(', ');
    return `• *${escapeText(source.title)}*${details ? ` (${escapeText(details)})` : ''}: ${source.quotations} quotation${source.quotations === 1 ? '' : 's'} · ${inlineCode(source.source)}`;
  });
  return [`**${sources.length} document${sources.length === 1 ? '' : 's'}** in corpus ${inlineCode(corpusVersion)}:`, ...lines].join('\n');
}

/**
 * Quotations for /quotes, whole (never cut), at most `max` of them, with a count of the rest.
 * Paragraph breaks separate entries so splitting falls between quotations.
 */
export function renderQuoteList(quotes: readonly QuotationView[], speaker: string | null, max = 20): string {
  const whose = speaker ? ` by ${escapeText(speaker)}` : '';
  if (quotes.length === 0) return `No quotations${whose} in the corpus.`;
  const shown = quotes.slice(0, max).map((quote) => {
    const who = speaker ? '' : ` — ${quote.speaker ? escapeText(quote.speaker) : 'unattributed'}`;
    return `“${escapeText(quote.quote)}”${who} · ${inlineCode(quote.source)}`;
  });
  const more = quotes.length > max ? [`…and ${quotes.length - max} more. Name a speaker to narrow the list.`] : [];
  return [`**${quotes.length} quotation${quotes.length === 1 ? '' : 's'}${whose}:**`, ...shown, ...more].join('\n\n');
}
