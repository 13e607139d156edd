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
const DOUBLE_MARKS = '"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u2036\u275D\u275E\u301D\u301E\u301F\uFF02\u300C\u300D\u300E\u300F\u2039\u203A';
const SINGLE_MARKS = "'\u2018\u2019\u201A\u201B\u2032\u2035\uFF07";
const DOUBLE_MARK = new RegExp(`[${DOUBLE_MARKS}]`, 'g');
const DOUBLE_SEGMENT = new RegExp(`[${DOUBLE_MARKS}]([^${DOUBLE_MARKS}]+)[${DOUBLE_MARKS}]`, 'g');
/** A single mark opening after a space or bracket and closing before one: a quotation, not an apostrophe. */
const SINGLE_SEGMENT = new RegExp(`(?<=^|[\\s([{\\u2014-])[${SINGLE_MARKS}]([^${SINGLE_MARKS}]+?)[${SINGLE_MARKS}](?=$|[\\s.,;:!?)\\]}\\u2014-])`, 'g');
/** Single marks other than an apostrophe inside a word ("Russia's", "don't"). */
const STRAY_SINGLE_MARK = new RegExp(`(?<![\\p{L}\\p{N}])[${SINGLE_MARKS}]|[${SINGLE_MARKS}](?![\\p{L}\\p{N}])`, 'gu');
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
  const quotedSegments = [...flat.matchAll(DOUBLE_SEGMENT), ...flat.matchAll(SINGLE_SEGMENT)]
    .map((match) => (match[1] ?? '').trim())
    .filter((segment) => segment.length > 0);
  const unmarked = flat.replace(DOUBLE_MARK, '').replace(STRAY_SINGLE_MARK, '');
  const hadQuotationMarks = unmarked !== flat;
  const text = cut(unmarked.replace(CITATION_MARKERS, '').replace(/\s+/g, ' ').replace(/\s+([.,;:!?])/g, '$1').trim(), MAX_PROSE_CHARS);
  return { text, quotedSegments, hadQuotationMarks };
}
