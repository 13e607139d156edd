import type { AskResult } from '../answer/ask-result.js';

/** A terminal rendering of an answer: the prose, then one line per citation saying where to check it. */
export function formatAskResult(result: AskResult): string {
  const lines = [result.answer];
  if (result.citations.length > 0) {
    lines.push('', 'Sources:');
    for (const citation of result.citations) {
      const who = citation.speaker ? `${citation.speaker}, quoted in ` : '';
      lines.push(
        `  [${citation.n}] ${who}${citation.outlet ?? 'unknown outlet'}, ${citation.date ?? 'undated'}: ${citation.source} (characters ${citation.start}-${citation.end})`,
      );
    }
  }
  lines.push(
    '',
    `engine: ${result.engine} · corpus ${result.corpusVersion}${result.status === 'declined' ? ` · declined (${result.reason})` : ''}`,
  );
  return lines.join('\n');
}
