import { SPEECH_VERBS } from '../corpus/speakers/speaker-lexicon.js';
import type { QuestionKind } from '../search/question-kind.js';

/** A span of a passage that answers a when / how long / how many question. Offsets are into the passage text. */
export interface AnswerSpan {
  readonly start: number;
  readonly end: number;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const UNIT = '(?:second|minute|hour|day|week|month|year|decade)s?';
const COUNT =
  '(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|many|\\d+(?:[.,]\\d+)?)';

const DATE = new RegExp(
  [
    `\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH}(?:,? \\d{4})?`,
    `\\b${MONTH} \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?\\b`,
    `\\b${MONTH}(?: \\d{4})?\\b`,
    `\\b(?:on |last |next |this |later on )?${WEEKDAY}(?:'s)?\\b`,
    `\\b(?:19|20)\\d{2}\\b`,
    `\\b(?:last|next|this|earlier this|later this|in the coming|in recent|in the past|in the next) (?:${UNIT}|weekend)\\b`,
    '\\b(?:yesterday|today|tomorrow)\\b',
  ].join('|'),
);
const DURATION = new RegExp(
  `\\bfor (?:about |nearly |almost |more than |over )?${COUNT} ${UNIT}\\b|\\b${COUNT}[- ]${UNIT}(?: long)?\\b`,
  'i',
);
const NUMBER =
  /\b\d+(?:[.,]\d+)*\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?)\b/i;

/** A date this few words after a reporting verb dates the saying: "Pompeo said on Tuesday", "told reporters on Monday". */
const STATEMENT_REACH_WORDS = 2;

/** The dates in the text that date a statement rather than what it reports ("... ," Pompeo said on Tuesday). */
function datesOfStatements(text: string): AnswerSpan[] {
  return allSpans(text, DATE).filter((span) => {
    const before =
      text
        .slice(0, span.start)
        .split(/[,.;:!?"“”]/)
        .at(-1) ?? '';
    const words = before
      .trim()
      .split(/\s+/)
      .slice(-(STATEMENT_REACH_WORDS + 1));
    return words.some((word) => SPEECH_VERBS.has(word.toLowerCase()));
  });
}

/** Words that open a noun phrase: a date right after one and before another word names which thing it is. */
const DETERMINER = /(?:^|\s)(?:the|a|an|this|that|these|those|its|their|his|her|our|\S+['’]s)\s+$/i;

/**
 * Dates written as part of a noun phrase ("the 1987 Intermediate-Range Nuclear Forces Treaty", "the 2016 election"):
 * they say which thing is meant, and date that thing, not what was done to it.
 */
function attributiveDates(text: string): AnswerSpan[] {
  return allSpans(text, DATE).filter(
    (span) =>
      DETERMINER.test(text.slice(Math.max(0, span.start - 40), span.start)) &&
      /^ [\p{L}\d]/u.test(text.slice(span.end)),
  );
}

/** The match nearest to the topic words (the first when none are given), leaving out spans inside `skip`. */
function nearestSpan(
  text: string,
  pattern: RegExp,
  near: readonly number[],
  skip: readonly AnswerSpan[] = [],
): AnswerSpan | null {
  return nearest(
    allSpans(text, pattern).filter((span) => !skip.some((other) => span.start < other.end && other.start < span.end)),
    near,
  );
}

/** Of `spans`, the one nearest to the offsets `near` (the first when none are given). */
function nearest(spans: readonly AnswerSpan[], near: readonly number[]): AnswerSpan | null {
  let best: AnswerSpan | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const span of spans) {
    const distance =
      near.length === 0
        ? span.start
        : Math.min(...near.map((at) => (at < span.start ? span.start - at : Math.max(0, at - span.end))));
    if (distance < bestDistance) {
      best = span;
      bestDistance = distance;
    }
  }
  return best;
}

function allSpans(text: string, pattern: RegExp): AnswerSpan[] {
  const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  return [...text.matchAll(global)].map((match) => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
}

/**
 * Where the passage gives what the question's kind asks for: a date or time for "when", a duration for "how long",
 * a number that is not part of a date for "how many"; the one nearest to `near` (offsets of the topic words).
 * `statementDates` false leaves out the dates of sayings, `thingDates` false the dates that name a thing ("the 1987
 * treaty"). Null when it gives none, or the kind asks for none.
 */
export function findAnswerSpan(
  kind: QuestionKind,
  text: string,
  near: readonly number[],
  statementDates = true,
  thingDates = true,
): AnswerSpan | null {
  if (kind === 'when')
    return nearestSpan(text, DATE, near, [
      ...(statementDates ? [] : datesOfStatements(text)),
      ...(thingDates ? [] : attributiveDates(text)),
    ]);
  if (kind === 'how_long') return nearestSpan(text, DURATION, near);
  if (kind === 'how_many')
    return nearestSpan(text, NUMBER, near, [
      ...allSpans(text, DATE),
      ...allSpans(text, /\b(?:Resolution|Article|No\.?) \d+\b/),
    ]);
  return null;
}

/** A clock time: "12:08", "9 a.m.", "10.30pm". */
const CLOCK_TIME = /\b\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\b/i;
/** True when the text gives a clock time ("10 May, 2019 12:08"). */
export function holdsClockTime(text: string): boolean {
  return CLOCK_TIME.test(text);
}

/** A weekday or "this"/"later" before a part of the day: "later Tuesday evening", "this afternoon". */
const BEFORE_PART_OF_DAY = new RegExp(`(?:\\b(?:this|later|early|late|on)\\s+)?(?:${WEEKDAY}\\s+)?$`);

/**
 * Where the passage gives a time of day (a clock time, or a word `isPartOfDay` holds with the weekday before it:
 * "Tuesday evening"), the one nearest to the topic words; null when it gives none.
 */
export function findTimeOfDaySpan(
  text: string,
  near: readonly number[],
  isPartOfDay: (word: string) => boolean,
): AnswerSpan | null {
  const spans = [
    ...allSpans(text, CLOCK_TIME),
    ...[...text.matchAll(/\p{L}+/gu)]
      .filter((match) => isPartOfDay(match[0].toLowerCase()))
      .map((match) => {
        const start = match.index ?? 0;
        const before = BEFORE_PART_OF_DAY.exec(text.slice(Math.max(0, start - 30), start))?.[0] ?? '';
        return { start: start - before.length, end: start + match[0].length };
      }),
  ];
  return nearest(spans, near);
}

/**
 * A capitalised name after a preposition of place: "in Finland", "at the Arctic summit", "to Moscow"; not "from",
 * which gives where something came from ("requested military assistance from the United States").
 */
const PLACE = /\b(?:in|at|to|near)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/gu;

/** A prepositional phrase of place attaches to a word close before it: "met Lavrov in Finland". */
const PLACE_REACH_WORDS = 8;

/**
 * Where the passage names a place the question does not (`named`: the question's words, lower-cased), that is not a
 * date ("in February"), within a few words after one of the topic words (`after`: their offsets), so the place is
 * where the thing asked about happened: the answer to a where-question. Null when it names none.
 */
export function findPlaceSpan(text: string, named: ReadonlySet<string>, after: readonly number[]): AnswerSpan | null {
  for (const match of text.matchAll(PLACE)) {
    const name = match[1] ?? '';
    const start = (match.index ?? 0) + match[0].length - name.length;
    if (name.split(/\s+/).some((word) => named.has(word.toLowerCase()))) continue;
    if (DATE.test(name)) continue;
    const attached = after.some(
      (at) => at < start && text.slice(at, start).split(/\s+/).length - 1 <= PLACE_REACH_WORDS,
    );
    if (attached) return { start, end: start + name.length };
  }
  return null;
}

/** A run of capitalised words not at the start of the sentence: "USS Abraham Lincoln", "Yury Ushakov". */
const NAME = /(?<=\S\s+)\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*)*/gu;

/** A name stands right beside what it names: "Kremlin aide Yury Ushakov", "the Nusra Front terror group". */
const NAME_REACH_WORDS = 1;

/** Words that give a thing's name wherever it stands: "officially known as the Joint Comprehensive Plan of Action". */
const INTRODUCES_NAME = /\b(?:known as|called|named|dubbed|titled)(?:\s+the)?\s+$/i;
/** ... a few words after what it names: "the landmark agreement – officially known as the ...". */
const INTRODUCED_REACH_WORDS = 6;

/**
 * Where the passage names the thing asked about (a topic word's offset is in `near`): a name it introduces as one
 * ("known as ...") a few words after a topic word, or a capitalised name right beside one; not a date, and not only
 * words the question gives (`given` tells: "Foreign Minister Sergey Lavrov" names a foreign minister). Null when it
 * gives none.
 */
export function findNameSpan(
  text: string,
  given: (word: string) => boolean,
  near: readonly number[],
): AnswerSpan | null {
  const words = (from: number, to: number) => text.slice(from, to).split(/\s+/).length - 1;
  let best: AnswerSpan | null = null;
  let bestDistance = NAME_REACH_WORDS + 1;
  for (const match of text.matchAll(NAME)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (match[0].split(/\s+/).every(given) || DATE.test(match[0])) continue;
    const introduced = INTRODUCES_NAME.test(text.slice(0, start));
    if (introduced && near.some((at) => at < start && words(at, start) <= INTRODUCED_REACH_WORDS))
      return { start, end };
    for (const at of near) {
      const distance = at < start ? words(at, start) : words(end, at);
      if (distance < bestDistance) {
        best = { start, end };
        bestDistance = distance;
      }
    }
  }
  return best;
}

/** True for kinds whose answer is a date, a duration or a number that a passage must hold. */
export function needsAnswerSpan(kind: QuestionKind): boolean {
  return kind === 'when' || kind === 'how_long' || kind === 'how_many';
}
