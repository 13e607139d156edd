import { getGender } from 'gender-detection-from-name';
import type { Span } from '../corpus-types.js';
import { ROLE_NOUNS } from './role-nouns.js';

/**
 * "PETER CARDILLO, CHIEF MARKET ECONOMIST AT FIRST STANDARD FINANCIAL IN NEW YORK: “…”": a wire service's reaction
 * story heads each person's words with their name and post in capitals, the colon optional. The name is the speaker
 * of the quotation the header opens.
 */
export interface CapitalsHeader extends Span {
  /** The name as a name is written ("Peter Cardillo", "Michael O’Rourke"); the span is the capitals. */
  readonly name: string;
  readonly given: string | null;
  readonly surname: string;
  /** Where the opening quotation mark after the header stands. */
  readonly mark: number;
}

const NAME_WORD = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{Lu}'\u2019-]+)`;
/** After the end of a sentence, a quotation, a colon or a bracket: two to four name words in capitals and a comma. */
const NAMED = new RegExp(
  String.raw`(?<=(?:^|[.!?:\])"\u201D\u2019])\s+|^)(${NAME_WORD}(?:\s+${NAME_WORD}){1,3}),`,
  'gu',
);
/** A post is no longer than this ("CHIEF MARKET STRATEGIST, SUNTRUST ADVISORY SERVICES IN ATLANTA, GA"). */
const MAX_POST = 160;
const INITIAL = /^\p{Lu}\.$/u;

/** "O’ROURKE" as "O’Rourke", "KLEINE-BROCKHOFF" as "Kleine-Brockhoff": a capital after an apostrophe or hyphen too. */
function asWritten(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|['\u2019-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * Every capitals header in `text`. A header needs evidence that it names a person, since capitals also head topics
 * ("JOBS ACT:"): a forename the name lists know, or a word for a kind of person in the post ("STRATEGIST").
 */
export function findCapitalsHeaders(text: string): CapitalsHeader[] {
  const headers: CapitalsHeader[] = [];
  for (const match of text.matchAll(NAMED)) {
    const [whole, written = ''] = match;
    const from = match.index + whole.length;
    const mark = text.slice(from, from + MAX_POST).search(/[\u201C"]/u);
    if (mark < 0) continue;
    // The post: capitals, with no lower-case letter outside brackets ("(from research note)"), a colon only at its end.
    const post = text
      .slice(from, from + mark)
      .replace(/\([^)\n]*\)/gu, '')
      .trimEnd()
      .replace(/:$/u, '');
    if (!/\p{Lu}/u.test(post) || /[\p{Ll}:]/u.test(post)) continue;
    const words = written.split(/\s+/).map(asWritten);
    const given = words.find((word) => !INITIAL.test(word)) ?? null;
    const surname = words.at(-1) ?? '';
    if (INITIAL.test(surname) || given === surname) continue;
    const forename = given !== null && ['male', 'female'].includes(getGender(given, 'en'));
    const role = post
      .toLowerCase()
      .split(/[^\p{L}-]+/u)
      .some((word) => ROLE_NOUNS.has(word));
    if (!forename && !role) continue;
    const start = match.index;
    headers.push({
      start,
      end: start + written.length,
      name: words.join(' '),
      given,
      surname,
      mark: from + mark,
    });
  }
  return headers;
}
