import type { QuotationView, SourceSummary } from '../../app/verbatim-service.js';
import { escapeText, inlineCode } from './escape-text.js';

/** The corpus documents, one line each, for /sources: at most `max` of them, with a count of the rest. */
export function renderSourceList(sources: readonly SourceSummary[], corpusVersion: string, max = 40): string {
  if (sources.length === 0) return 'The corpus is empty.';
  const more = sources.length > max ? [`…and ${(sources.length - max).toLocaleString('en')} more.`] : [];
  const lines = sources.slice(0, max).map((source) => {
    const details = [source.outlet, source.date].filter((part): part is string => Boolean(part)).join(', ');
    return `• *${escapeText(source.title)}*${details ? ` (${escapeText(details)})` : ''}: ${source.quotations} quotation${source.quotations === 1 ? '' : 's'} · ${inlineCode(source.source)}`;
  });
  return [
    `**${sources.length.toLocaleString('en')} document${sources.length === 1 ? '' : 's'}** in corpus ${inlineCode(corpusVersion)}:`,
    ...lines,
    ...more,
  ].join('\n');
}

/** The corpus files for /corpus list: each loaded document, then each file not loaded with its reason. */
export function renderCorpusFiles(
  sources: readonly SourceSummary[],
  refused: readonly { readonly file: string; readonly reason: string }[],
  corpusVersion: string,
): string {
  const loaded = sources.map(
    (source) =>
      `• ${inlineCode(source.source)}: *${escapeText(source.title)}*, ${source.characters} characters, ${source.quotations} quotation${source.quotations === 1 ? '' : 's'}`,
  );
  const notLoaded = refused.map((entry) => `• ${inlineCode(entry.file)}: ${escapeText(entry.reason)}`);
  return [
    `**${sources.length} document${sources.length === 1 ? '' : 's'}** in corpus ${inlineCode(corpusVersion)}:`,
    ...loaded,
    ...(notLoaded.length > 0 ? [`**Not loaded (${notLoaded.length}):**`, ...notLoaded] : []),
  ].join('\n');
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
