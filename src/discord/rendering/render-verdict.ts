import type { SourceSummary } from '../../app/verbatim-service.js';
import type { Difference, Verdict, VerifyResult } from '../../quotes/verify-result.js';
import { escapeText } from './escape-text.js';

const HEADLINES: Readonly<Record<Verdict, string>> = {
  verified: '✅ **Verified**: these exact words are in the corpus.',
  misattributed: '⚠️ **Misattributed**: the words are in the corpus, but someone else said them.',
  unattributed:
    '❔ **Unattributed**: the words are a quotation in the corpus, but the article does not say who said them.',
  altered: '✏️ **Altered**: the corpus has a similar passage with different words.',
  unquoted: "📝 **Not a quotation**: the words are in the corpus, but not as anyone's quoted words.",
  not_found: '❌ **Not found**: nothing in the corpus matches this quote.',
};

/** One line per difference: removed words struck through, added words in bold, each labelled in words too. */
export function renderDifference(difference: Difference): string {
  const removed = `~~${escapeText(difference.corpus)}~~`;
  const added = `**${escapeText(difference.claim)}**`;
  switch (difference.op) {
    case 'delete':
      return `• removed: ${removed}`;
    case 'insert':
      return `• added: ${added}`;
    case 'replace':
      return `• changed: ${removed} → ${added}`;
  }
}

/** The passage in its context, as a block quote with the matched words in bold. */
function renderPassage(context: string, passage: string): string {
  const at = context.indexOf(passage);
  const marked =
    at === -1
      ? `**${escapeText(passage)}**`
      : `${escapeText(context.slice(0, at))}**${escapeText(passage)}**${escapeText(context.slice(at + passage.length))}`;
  return marked
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => `> ${line}`)
    .join('\n');
}

function describeSource(source: SourceSummary | undefined, id: string): string {
  if (!source) return escapeText(id);
  const details = [source.outlet, source.date].filter((part): part is string => Boolean(part));
  return `*${escapeText(source.title)}*${details.length > 0 ? ` (${escapeText(details.join(', '))})` : ''}`;
}

/**
 * Renders a quote check in plain words: the verdict, the quote as given, the corpus passage,
 * and the differences (corpus → quote) with removed and added words marked.
 */
export function renderVerdict(result: VerifyResult, sources: ReadonlyMap<string, SourceSummary>): string {
  const lines = [HEADLINES[result.verdict], escapeText(result.explanation), ''];
  const claimed = result.claimedSpeaker ? ` (attributed to ${escapeText(result.claimedSpeaker)})` : '';
  // The user's words are shown in italics, never in quotation marks: those are kept for corpus text.
  lines.push(`**Your quote**${claimed}: *${escapeText(result.quote)}*`);
  if (result.match) {
    const speaker = result.speaker ? `, said by **${escapeText(result.speaker)}**` : '';
    lines.push(
      '',
      `**In the corpus**${speaker}, ${describeSource(sources.get(result.match.source), result.match.source)}:`,
    );
    lines.push(renderPassage(result.match.context, result.match.text));
  }
  if (result.differences.length > 0) {
    lines.push('', '**Differences** (corpus → your quote):', ...result.differences.map(renderDifference));
  }
  return lines.join('\n');
}
