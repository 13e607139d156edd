import type { Span } from '../corpus-types.js';

/** Lower-case words a name's long form may hold without giving a letter ("Council of Mortgage Lenders"). */
const LINK_WORD = /^(?:of|and|for|the|on|in|to|at|de|du|des|la|le|del|&)$/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|&/gu;
/** A long form spells its initialism with at most this many words more than letters ("Office of the …"). */
const MAX_LINK_WORDS = 3;
/** How far before the parenthesis a long form is looked for: more than six letters and three linking words take. */
const MAX_LONG_FORM_CHARS = 200;

/** The capitals opening a name's words and their hyphenated parts: "Organisation for Economic Co-operation" is OEC. */
export const initialsOf = (name: string): string => (name.match(/(?<![\p{L}'’])\p{Lu}/gu) ?? []).join('');

/** "General Motors Co" is GM: a company's legal suffix gives no letter of its initials. */
export const withoutLegalSuffix = (name: string): string => name.replace(/ (?:Inc|Co|Corp|Ltd|LLC|Plc|PLC)\.?$/, '');

/**
 * Whether `name` spells `letters` by its capitals, or with its linking words' first letters too ("People's Bank of
 * China" is PBOC).
 */
export function spellsInitialism(name: string, letters: string): boolean {
  if (initialsOf(name) === letters || initialsOf(withoutLegalSuffix(name)) === letters) return true;
  const linked = name.replace(/[\p{L}&]+/gu, (word) => (LINK_WORD.test(word) ? word.toUpperCase() : word));
  return initialsOf(linked) === letters;
}

export interface LongForm extends Span {
  readonly name: string;
}

/**
 * "the British Chamber of Commerce (BCC)": the capitalised words just before an initialism in parentheses whose
 * initials spell it, the shortest that do. The long form is a name even when none of its words is a known body head
 * (news defines an initialism once, beside the name it stands for). Written by hand after Schwartz and Hearst's
 * abbreviation definitions (2003), restricted to initial letters: no maintained package finds them in running text.
 */
export function longFormBefore(text: string, initialism: Span): LongForm | null {
  if (text[initialism.start - 1] !== '(' || text[initialism.end] !== ')') return null;
  const letters = text.slice(initialism.start, initialism.end);
  const windowStart = Math.max(0, initialism.start - 1 - MAX_LONG_FORM_CHARS);
  const open = text.slice(windowStart, initialism.start - 1).trimEnd();
  // The long form lies within its clause: no comma, quotation mark or line break inside it.
  const clauseStart =
    Math.max(...[',', ';', ':', '(', ')', '"', '\n', '“', '”'].map((mark) => open.lastIndexOf(mark))) + 1;
  const words = [...open.slice(clauseStart).matchAll(WORD)].map((match) => ({
    text: match[0],
    start: windowStart + clauseStart + match.index,
    end: windowStart + clauseStart + match.index + match[0].length,
  }));
  for (let count = 1; count <= Math.min(words.length, letters.length + MAX_LINK_WORDS); count++) {
    const first = words[words.length - count];
    if (!first) break;
    // "qualified majority voting (QMV)": a lower-case word that links nothing ends the search.
    if (!/^\p{Lu}/u.test(first.text) && !LINK_WORD.test(first.text)) break;
    if (!/^\p{Lu}/u.test(first.text)) continue;
    const last = words.at(-1) as (typeof words)[number];
    const name = text.slice(first.start, last.end);
    if (spellsInitialism(name, letters)) return { start: first.start, end: last.end, name };
  }
  return null;
}

/**
 * Capitalised words, "of", "of the", "and", "for" or "&" allowed between them, a full stop only inside an
 * abbreviation ("U.S."): a candidate long form's run in the text. "and the" ends it ("the Council and the Chamber").
 */
const CAPITALISED_RUN =
  /\p{Lu}(?:(?:\.\p{Lu})+\.?|[\p{L}\p{N}'’&-]*)(?:\s(?:(?:of the|of|and|for|&)\s)?\p{Lu}(?:(?:\.\p{Lu})+\.?|[\p{L}\p{N}'’&-]*))*/gu;
/** Fewer letters than this, an initialism must be spelled whole: "AP" opens too many longer names. */
const MIN_PARTIAL_LETTERS = 3;

/** What a text's own words say about a candidate long form, beyond its letters. */
export interface LongFormJudge {
  /** Whether the name can be a body's (not a person's or a place's). */
  readonly accepts: (name: string) => boolean;
  /** Whether a name may open with this word ("A", "Since" may not). */
  readonly opensName: (word: string) => boolean;
  /** Whether a name ends before this word, given the next ("Director" before "Robert Redfield"). */
  readonly endsBefore: (word: string, next: string) => boolean;
  /** Whether this word, before a name that spells the letters, is its country's, and part of it ("U.S."). */
  readonly namesCountry: (word: string) => boolean;
}

/**
 * "The Centers for Disease Control and Prevention has released guidance. … the CDC wrote": the one name of two or
 * more capitalised words elsewhere in the text that spells `letters` whole, at every place it stands; failing that,
 * the one whose initials open or close with them ("U.S. Immigration and Customs Enforcement" is ICE). None where two
 * names do.
 */
export function longFormElsewhere(text: string, letters: string, judge: LongFormJudge): LongForm[] {
  const whole = new Map<string, LongForm[]>();
  const partial = new Map<string, LongForm[]>();
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const words = [...match[0].matchAll(WORD)].map((word) => ({
      text: word[0],
      start: (match.index ?? 0) + word.index,
      end: (match.index ?? 0) + word.index + word[0].length,
    }));
    const stop = words.findIndex(
      (word, index) => index > 0 && judge.endsBefore(word.text, words[index + 1]?.text ?? ''),
    );
    const last = words[(stop === -1 ? words.length : stop) - 1] as (typeof words)[number];
    // "the Council’s report": a possessive ending is not the name's.
    const end = last.end - (/['’]s$/.test(last.text) ? 2 : 0);
    for (const [index, word] of words.entries()) {
      if (word === last) break;
      if (!/^\p{Lu}/u.test(word.text) || !judge.opensName(word.text)) continue;
      const spelled = text.slice(word.start, end);
      const initials = initialsOf(withoutLegalSuffix(spelled));
      const spells = spellsInitialism(spelled, letters);
      const opensOrCloses =
        letters.length >= MIN_PARTIAL_LETTERS &&
        initials.length > letters.length &&
        (initials.startsWith(letters) || initials.endsWith(letters));
      if (!(spells || opensOrCloses)) continue;
      // "U.S. Immigration and Customs Enforcement" (ICE): the country before a name that spells it is part of it.
      const before = words[index - 1];
      const start = spells && before && judge.namesCountry(before.text) ? before.start : word.start;
      const name = text.slice(start, end);
      if (judge.accepts(name)) {
        const found = spells ? whole : partial;
        found.set(name, [...(found.get(name) ?? []), { start, end, name }]);
      }
      if (spells) break;
    }
  }
  const found = whole.size > 0 ? whole : partial;
  return found.size === 1 ? ([...found.values()][0] as LongForm[]) : [];
}
