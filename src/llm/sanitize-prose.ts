import { quotedSegments, removeQuotationMarks } from '../text/quotation-marks.js';

/** A model's claim prose, made safe to show next to verified quotes. */
export interface SanitizedProse {
  readonly text: string;
  /** What the model put between quotation marks (marks removed); the gate decides whether it may stay. */
  readonly quotedSegments: readonly string[];
  /** True when the prose held any quotation mark, paired or not. */
  readonly hadQuotationMarks: boolean;
}

export const MAX_PROSE_CHARS = 600;

const LINE_BREAKS = /[\t\n\r\v\f\u0085\u2028\u2029]+/g;
/** C0/C1 controls, zero-width characters and bidirectional overrides, which can hide or reorder what a reader sees. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Numbered markers only the engine may write: "[2]", "【2】", "[^2]". */
const CITATION_MARKERS = /\[\s*\^?\d+\s*\]|\u3010\s*\d+\s*\u3011/g;

function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const head = text.slice(0, limit);
  const lastSpace = head.lastIndexOf(' ');
  return `${(lastSpace > limit / 2 ? head.slice(0, lastSpace) : head).trimEnd()}\u2026`;
}

/**
 * Removes from model prose everything that could pass for a quotation or a citation: quotation marks of every
 * script (apostrophes inside words stay), citation markers, control and invisible characters, line breaks.
 * Pure; markdown and mentions are left to the front end that renders them.
 */
export function sanitizeProse(raw: string): SanitizedProse {
  const flat = raw.replace(LINE_BREAKS, ' ').replace(INVISIBLE, '');
  const unmarked = removeQuotationMarks(flat);
  const hadQuotationMarks = unmarked !== flat;
  const text = cut(
    unmarked
      .replace(CITATION_MARKERS, '')
      .replace(/\s+/g, ' ')
      .replace(/\s+([.,;:!?])/g, '$1')
      .trim(),
    MAX_PROSE_CHARS,
  );
  return { text, quotedSegments: quotedSegments(flat), hadQuotationMarks };
}
