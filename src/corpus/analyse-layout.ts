import type { DocumentMetadata, Paragraph, Span } from './corpus-types.js';
import { findFirstDate } from './find-dates.js';
import { splitParagraphs } from './split-paragraphs.js';

/** Paragraphs that are page furniture rather than reporting: teasers (kept apart), share prompts, sign-up calls. */
const BOILERPLATE = [
  /^also on\s+[\w-]+(?:\.[\w-]+)+\b/i,
  /^(?:read more|related(?: articles?| stories)?|see also|more on this|recommended|trending)\b\s*:?/i,
  /^like this story\b/i,
  /^share (?:this|it)\b/i,
  /^(?:follow|subscribe to|join) us\b/i,
  /^(?:click here|sign up|subscribe)\b/i,
  /^(?:copyright|\u00A9)/i,
];
const TEASER_DOMAIN = /^also on\s+([\w-]+(?:\.[\w-]+)+)/i;
/** "WASHINGTON (UrduPoint News / Sputnik - 15th May, 2019) ", "MOSCOW, May 14 (Reuters) - ". */
const INLINE_DATELINE =
  /^[A-Z][A-Z .'\u2019-]{2,40}(?:,[^()\n]{0,40})?\s*\(([^()\n]{2,100})\)\s*(?:[-\u2013\u2014]\s*)?/;
/** Wire-service slugs in front of a headline: "RPT: ", "UPDATE 2-", "REVIEW - ". */
const HEADLINE_SLUG = /^(?:[A-Z]{2,8}(?: \d+)?\s*[:-]\s*|[A-Z]{3,}\s+[\u2013\u2014]\s+|[A-Z]{9,}\s+-\s+)+/;

export interface DocumentLayout extends DocumentMetadata {
  readonly paragraphs: Paragraph[];
}

function squash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function looksLikeHeadline(text: string): boolean {
  if (text.length > 300 || text.includes('\n')) return false;
  return !/[.!?]["'\u201D\u2019]?$/.test(text) || isTitleCase(text);
}

/**
 * "Ted Cruz Refuses to Disavow Lindsey Graham Endorsement.": a line whose longer words are nearly all capitalised is
 * set in title case, as headlines are, even when a full stop closes it.
 */
export function isTitleCase(text: string): boolean {
  const longer = text.split(/\s+/).filter((word) => /^[\p{L}'\u2019-]{4,}[.,:;!?]*$/u.test(word));
  const capitalised = longer.filter((word) => /^\p{Lu}/u.test(word)).length;
  return longer.length >= 3 && capitalised >= 0.8 * longer.length;
}

function isStandaloneDateline(text: string): boolean {
  const date = findFirstDate(text);
  return date !== null && text.length <= 100 && !/[.!?]$/.test(text.trim());
}

function outletFromDomain(domain: string): string {
  const label = domain.split('.').at(-2) ?? domain;
  return label.length <= 3 ? label.toUpperCase() : label[0]?.toUpperCase() + label.slice(1);
}

function outletFromDateline(inside: string): string | null {
  const withoutDate = inside.replace(/[-\u2013\u2014,]?\s*\d{1,2}(?:st|nd|rd|th)?\s+\w+,?\s+\d{4}\s*$/, '').trim();
  return withoutDate.length > 0 ? withoutDate : null;
}

/**
 * Tells the headline, datelines and boilerplate apart from the reporting, and recovers
 * title, outlet and date from the text itself. Rules, not a table: they work on other news text too.
 */
export function analyseLayout(text: string): DocumentLayout {
  const spans = splitParagraphs(text);
  const kinds: { span: Span; kind: Paragraph['kind'] }[] = [];
  let headline: string | null = null;
  let outlet: string | null = null;
  let date: string | null = null;
  let seenBody = false;

  for (const [position, span] of spans.entries()) {
    const content = text.slice(span.start, span.end);
    if (position === 0 && looksLikeHeadline(content)) {
      headline = content;
      kinds.push({ span, kind: 'headline' });
      continue;
    }
    if (headline !== null && squash(content) === squash(headline)) {
      kinds.push({ span, kind: 'boilerplate' });
      continue;
    }
    const boilerplate = BOILERPLATE.some((pattern) => pattern.test(content));
    if (boilerplate) {
      const domain = TEASER_DOMAIN.exec(content)?.[1];
      if (domain && outlet === null) outlet = outletFromDomain(domain);
      kinds.push({ span, kind: domain ? 'teaser' : 'boilerplate' });
      continue;
    }
    if (!seenBody && isStandaloneDateline(content)) {
      date ??= findFirstDate(content)?.iso ?? null;
      kinds.push({ span, kind: 'dateline' });
      continue;
    }
    const dateline = seenBody ? null : INLINE_DATELINE.exec(content);
    if (dateline) {
      const prefixEnd = span.start + dateline[0].trimEnd().length;
      const bodyStart = span.start + dateline[0].length;
      kinds.push({ span: { start: span.start, end: prefixEnd }, kind: 'dateline' });
      outlet = outletFromDateline(dateline[1] ?? '') ?? outlet;
      date ??= findFirstDate(dateline[1] ?? '')?.iso ?? null;
      if (bodyStart < span.end) kinds.push({ span: { start: bodyStart, end: span.end }, kind: 'body' });
      seenBody = true;
      continue;
    }
    seenBody = true;
    kinds.push({ span, kind: 'body' });
  }

  const title = headline === null ? '' : headline.replace(HEADLINE_SLUG, '').trim();
  return {
    title,
    outlet,
    date,
    paragraphs: kinds.map(({ span, kind }, index) => ({ index, kind, start: span.start, end: span.end })),
  };
}
