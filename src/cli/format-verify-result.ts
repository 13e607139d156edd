import type { VerifyResult } from '../quotes/verify-result.js';

/** Differences in wdiff notation: [-corpus words-] removed by the claim, {+claim words+} added by it. */
function formatDifferences(result: VerifyResult): string[] {
  return result.differences.map((difference) => {
    if (difference.op === 'insert') return `  added   {+${difference.claim}+}`;
    if (difference.op === 'delete') return `  removed [-${difference.corpus}-]`;
    return `  changed [-${difference.corpus}-] {+${difference.claim}+}`;
  });
}

/** A terminal rendering of a verdict: the verdict, its explanation, the corpus passage and the differences. */
export function formatVerifyResult(result: VerifyResult): string {
  const lines = [`${result.verdict.toUpperCase().replace('_', ' ')}: ${result.explanation}`];
  if (result.match) {
    lines.push(
      '',
      `Corpus text${result.speaker ? ` (${result.speaker})` : ''}, ${result.match.source} characters ${result.match.start}-${result.match.end}:`,
    );
    lines.push(`  \u201C${result.match.text}\u201D`);
    if (result.match.context !== result.match.text) lines.push('In context:', `  ${result.match.context}`);
  }
  if (result.differences.length > 0)
    lines.push('', 'Differences (corpus -> your quote):', ...formatDifferences(result));
  return lines.join('\n');
}
