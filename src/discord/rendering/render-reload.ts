import type { ReloadProgress, ReloadReport } from '../../app/verbatim-service.js';
import { escapeText, inlineCode } from './escape-text.js';

function names(list: readonly string[]): string {
  return list.length === 0 ? 'none' : list.map(inlineCode).join(', ');
}

/** What a reload changed, in a few lines for the moderator. */
export function renderReloadReport(report: ReloadReport, previousVersion: string): string {
  const version =
    report.corpusVersion === previousVersion
      ? `${inlineCode(report.corpusVersion)} (unchanged)`
      : `${inlineCode(report.corpusVersion)} (was ${inlineCode(previousVersion)})`;
  const lines = [
    `**Corpus reloaded** in ${Math.round(report.tookMs)} ms: version ${version}.`,
    `${report.documents} document${report.documents === 1 ? '' : 's'}, ${report.quotations} quotation${report.quotations === 1 ? '' : 's'}.`,
    `Added: ${names(report.added)} · Removed: ${names(report.removed)} · Changed: ${names(report.changed)}`,
  ];
  if (report.refused.length > 0) {
    lines.push(
      `Refused: ${report.refused.map((entry) => `${inlineCode(entry.file)} (${escapeText(entry.reason)})`).join(', ')}`,
    );
  }
  return lines.join('\n');
}

/** A failed reload: the old corpus is still serving, and why the new one was rejected. */
export function renderReloadFailure(reason: string, servingVersion: string, requestId: string): string {
  return [
    `**Reload failed.** Still serving corpus ${inlineCode(servingVersion)}.`,
    `Reason: ${escapeText(reason)}`,
    `Request id: ${inlineCode(requestId)}`,
  ].join('\n');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function describePhase(progress: ReloadProgress): string {
  switch (progress.phase) {
    case 'files_read':
      return `read ${plural(progress.documents, 'file')}; analysing them`;
    case 'analysed':
      return `analysed ${plural(progress.documents, 'document')}; building the indexes`;
    case 'indexed':
      return 'indexes built; writing the snapshot';
    case 'snapshot_written':
      return `snapshot written (${(progress.bytes / 1e6).toFixed(1)} MB); restoring it`;
    case 'restoring':
      return 'restoring the new corpus';
    case 'applying':
      return `applying ${plural(progress.documents, 'changed document')} to the corpus`;
  }
}

/** Where a long reload stands, for the moderator waiting on it; the old corpus answers meanwhile. */
export function renderReloadProgress(progress: ReloadProgress): string {
  return `**Reloading\u2026** ${describePhase(progress)}\u2026\nThe current corpus keeps answering meanwhile.`;
}
