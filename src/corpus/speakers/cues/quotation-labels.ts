import type { Span } from '../../corpus-types.js';

const MAX_TITLE_WORDS = 8;
const SO_CALLED = /\bso-called\s*$/i;
/** "the policy, dubbed the “global gag”", "a report titled “…”": a name given to something, not anyone's words. */
const NAMING_PARTICIPLE = /\b(?:dubbed|nicknamed|titled|entitled|named)(?:\s+(?:the|a|an))?\s*$/i;
const NICKNAME = /^\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*)?$/u;
/** "Mr.", "St.", "J.": a capitalised abbreviation or initial, whose full stop ends no sentence. */
const INITIAL_WORD = /^\p{Lu}\p{L}{0,2}\.$/u;
const MINOR_TITLE_WORDS = /^(?:a|an|the|of|in|on|at|to|for|and|or|but|with|by|from|de|la|le|el|y)$/;

/**
 * "A Gift of Time", "Tropic of Cancer", "Proposed Refugee Admissions for Fiscal Year 2017", "12 Years a Slave": two to
 * eight words, every one but the minor ones and numbers capitalised, no sentence; twice as many with a subtitle after
 * a colon ("The Opioid Fix: America's Addiction Crisis And …"). `comma` is whether a comma closes the quoted words
 * inside the marks.
 * Inside running narration a full stop or comma closing it is the narration's, set inside the marks in American style
 * ("on ABC's “Good Morning America.”").
 */
function isTitle(quoted: string, inNarration: boolean, comma: boolean): boolean {
  // "“Look at President Trump’s Twitter,” Biggs said": a sentence's opening words closed by a comma are speech.
  if (!inNarration && comma) return false;
  const trimmed = quoted.trim();
  const title = inNarration ? trimmed.replace(/[.,]$/, '') : trimmed;
  const parts = title.split(/\s+/);
  const subtitled = /^[^:]+: \S/.test(title);
  const most = subtitled ? 2 * MAX_TITLE_WORDS : MAX_TITLE_WORDS;
  if (parts.length < 2 || parts.length > most || /[.,;:!?]\s*$/.test(title)) return false;
  // "Like Oakland, or Ferguson": a comma or a full stop inside makes words of speech, not a title.
  if (parts.slice(0, -1).some((part) => /[.,;!?]$/.test(part) && !INITIAL_WORD.test(part))) return false;
  // "Las Vegas-style": a name made into a modifier by a lower-case suffix is a phrase of speech, not a title.
  if (/-\p{Ll}+$/u.test(parts.at(-1) ?? '')) return false;
  return (
    parts.every(
      (part, index) => /^\p{Lu}/u.test(part) || /^\d+$/.test(part) || (index > 0 && MINOR_TITLE_WORDS.test(part)),
    ) && parts.some((part) => /^\p{Lu}/u.test(part))
  );
}

/**
 * "“Skip” Hovarter", "Joe “Ducky” Medwick": one or two capitalised words run straight into a name are a nickname, not
 * speech; `after` is the text just after the closing mark.
 */
function isNickname(quoted: string, after: string): boolean {
  return NICKNAME.test(quoted) && /^ \p{Lu}/u.test(after);
}

/**
 * "his first “Jane”", "performances of “Lucia”": one capitalised word quoted inside running narration is a name or a
 * title the writer marks; a one-word quotation that opens its sentence ("“Yes”, he said") is still speech.
 */
function isNameInNarration(text: string, quotation: Span, sentence: Span): boolean {
  const quoted = text.slice(quotation.start, quotation.end).trim();
  return /^\p{Lu}[\p{L}'-]*$/u.test(quoted) && text.slice(sentence.start, quotation.start - 1).trim() !== '';
}

/** Whether the writer marks a quotation as a label (a title, a name), not anyone's words. */
export function isLabel(text: string, quotation: Span, sentence: Span): boolean {
  const quoted = text.slice(quotation.start, quotation.end);
  // "the so-called “teaching methods” courses": the writer marks the words as a label, not anyone's speech.
  return (
    isNameInNarration(text, quotation, sentence) ||
    isTitle(quoted, text.slice(sentence.start, quotation.start - 1).trim() !== '', text[quotation.end] === ',') ||
    SO_CALLED.test(text.slice(Math.max(0, quotation.start - 12), quotation.start - 1)) ||
    NAMING_PARTICIPLE.test(text.slice(Math.max(0, quotation.start - 20), quotation.start - 1)) ||
    isNickname(quoted, text.slice(quotation.end + 1, quotation.end + 3))
  );
}
