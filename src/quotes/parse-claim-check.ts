import { CLOSING_MARKS } from '../text/quotation-marks.js';

/** A question that asks whether someone said something, read as a quote to verify. */
export interface ClaimCheck {
  readonly quote: string;
  /** As the user wrote it ("Putin", "the US top diplomat"); null for "Who said ...?". */
  readonly speaker: string | null;
}

interface Quoted {
  readonly before: string;
  readonly quote: string;
  readonly after: string;
}

/** Opening and closing marks, tried in this order; straight single quotes last, since they double as apostrophes. */
const CURLY_OPENERS = Object.keys(CLOSING_MARKS).filter((mark) => mark !== '"');
const CURLY_CLOSERS = CURLY_OPENERS.map((mark) => CLOSING_MARKS[mark]).join('');
const MARK_PAIRS: readonly { open: RegExp; close: RegExp }[] = [
  { open: new RegExp(`[${CURLY_OPENERS.join('')}]`, 'u'), close: new RegExp(`[${CURLY_CLOSERS}]`, 'uy') },
  { open: /"/u, close: /"/uy },
  { open: /(?<![\p{L}\p{N}])\u2018/u, close: /\u2019(?![\p{L}\p{N}])/uy },
  { open: /(?<![\p{L}\p{N}])'/u, close: /'(?![\p{L}\p{N}])/uy },
];

/** The text between the first opening mark and the last closing mark of the same kind. */
function extractQuoted(text: string): Quoted | null {
  for (const { open, close } of MARK_PAIRS) {
    const opening = open.exec(text);
    if (!opening) continue;
    const from = opening.index + opening[0].length;
    for (let closing = text.length - 1; closing >= from; closing--) {
      close.lastIndex = closing;
      if (!close.test(text)) continue;
      return {
        before: text.slice(0, opening.index),
        quote: text.slice(from, closing).replace(/^[\s,]+|[\s,]+$/g, ''),
        after: text.slice(closing + 1),
      };
    }
  }
  return null;
}

const SAY = String.raw`(?:say|said|says|tell\s+\w+|told\s+\w+|state|stated|claim|claimed|write|wrote|tweet|tweeted|declare|declared)`;
const ADVERB = String.raw`(?:(?:really|actually|ever|truly|once|also|even)\s+)?`;
const TRUTH = String.raw`(?:is\s+it\s+(?:true|correct|right|accurate|a\s+fact)|true\s+or\s+false[:,]?|fact[-\s]?check[:,]?|verify[:,]?|check[:,]?)`;

/**
 * A captured run of words: it starts and ends on a non-space, so the whitespace around it splits one way only
 * (`(.+?)\s+` took seconds to fail on a question padded with spaces).
 */
const WORDS = String.raw`(\S+(?:\s+\S+)*?)`;
/** The end of a "did X say" question: an optional "that", comma or colon. */
const SAY_END = String.raw`(?:\s+that)?(?:\s*[,:])?\s*$`;

const DID_SAY = new RegExp(String.raw`^(?:did|has|have|does|do)\s+${WORDS}\s+${ADVERB}${SAY}${SAY_END}`, 'iu');
const TRUE_THAT = new RegExp(String.raw`^${TRUTH}\s+(?:that\s+)?${WORDS}\s+${ADVERB}${SAY}${SAY_END}`, 'iu');
const TRUE_THAT_UNQUOTED = new RegExp(
  String.raw`^${TRUTH}\s+(?:that\s+)?${WORDS}\s+${ADVERB}${SAY}\s+(?:that\s+)?(\S+(?:\s+\S+)*)$`,
  'iu',
);
const WHO_SAID =
  /^\s*(?:who\s+(?:really\s+|actually\s+|first\s+)?(?:said|says|wrote|is\s+quoted\s+as\s+saying)|did\s+(?:anyone|anybody|someone|somebody)\s+(?:really\s+|actually\s+|ever\s+)?say|(?:check|verify|fact[-\s]?check)(?:\s+(?:this|the|a))?(?:\s+quote)?|is\s+(?:this|it|the\s+quote)\s+(?:real|true|genuine|accurate))\s*(?:[,:]\s*)?$/iu;
const LABELLED = /^\s*(\p{L}[\p{L}\p{N} .'\u2019-]{0,60}?)\s*[:\u2014\u2013-]\s*$/u;
/** Closing punctuation and spaces, cut before the patterns below so that their captures can run to the end. */
const END_PUNCTUATION = /[\s?.!]+$/u;
// These read the text after the quote with END_PUNCTUATION already cut.
const REAL_QUOTE_AFTER =
  /^\s*(?:a\s+)?(?:real|genuine|accurate|actual|true)\s+(?:quote|quotation)(?:\s+(?:from|by|of)\s+(\S.*))?$/iu;
const SAID_AFTER = new RegExp(
  String.raw`^\s*(?:[,.]\s*)?(?:(?:said|says|according\s+to)\s+(\S.*)|${WORDS}\s+(?:said|says))$`,
  'iu',
);
const DASH_AFTER = /^\s*[\u2014\u2013-]+\s*([^\s\u2014\u2013-].*)$/u;
const NOT_A_SPEAKER =
  /^(?:he|she|they|it|anyone|anybody|someone|somebody|one|you|i|we)$|^(?:what|who|whom|when|where|why|how|is|was|are|does|did|do|can|could|would|should|which|that|this)\b/i;
const ONLY_PUNCTUATION = /^[\s?.!,;:)\]]*$/u;

function cleanSpeaker(raw: string | undefined): string | null {
  const speaker = (raw ?? '')
    .replace(/^[\s,:]+|[\s,:?.!]+$/g, '')
    .replace(/\s+(?:really|actually|ever|truly)$/i, '')
    .trim();
  if (speaker.length === 0 || NOT_A_SPEAKER.test(speaker)) return null;
  return speaker;
}

/**
 * Recognises a question that checks a quote: 'Did Putin say "we should give Mueller credit"?',
 * 'Is it true that Lavrov said ...', 'Pompeo: "..."', 'Who said "..."?', with curly or straight quotes.
 * Returns null for any other question, which then goes to the ordinary answer path.
 */
export function parseClaimCheck(question: string): ClaimCheck | null {
  const text = question.trim();
  const quoted = extractQuoted(text);
  if (!quoted) {
    const unquoted = TRUE_THAT_UNQUOTED.exec(text);
    return unquoted
      ? { quote: (unquoted[2] ?? '').replace(END_PUNCTUATION, ''), speaker: cleanSpeaker(unquoted[1]) }
      : null;
  }
  const { before, quote, after } = quoted;
  const tail = ONLY_PUNCTUATION.test(after);

  const asked = DID_SAY.exec(before) ?? TRUE_THAT.exec(before);
  if (asked) return { quote, speaker: cleanSpeaker(asked[1]) };
  if (WHO_SAID.test(before) || (before.trim() === '' && tail)) return { quote, speaker: null };
  const labelled = LABELLED.exec(before);
  if (labelled && tail) return { quote, speaker: cleanSpeaker(labelled[1]) };
  if (/^\s*(?:(?:is|was)\s*)?$/i.test(before)) {
    const claim = after.replace(END_PUNCTUATION, '');
    const realQuote = REAL_QUOTE_AFTER.exec(claim);
    if (realQuote) return { quote, speaker: cleanSpeaker(realQuote[1]) };
    const saidAfter = SAID_AFTER.exec(claim) ?? DASH_AFTER.exec(claim);
    const speaker = saidAfter ? cleanSpeaker(saidAfter[1] ?? saidAfter[2]) : null;
    if (speaker) return { quote, speaker };
  }
  return null;
}
