import { getGender } from 'gender-detection-from-name';
import type { Span } from '../corpus-types.js';
import { COUNTRIES, countryOfDemonym } from './speaker-lexicon.js';
import { isUnisexForename } from './unisex-forenames.js';
import {
  BODY_HEADS,
  DOCUMENT_HEADS,
  genderOfTitle,
  isCourtesyTitle,
  isDesignation,
  ISSUING_PARTICIPLES,
  isTitleWord,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  officesConflict,
  takesGivenName,
  titleKey,
  type Gender,
  writtenOutTitle,
} from './person-titles.js';
import {
  initialsOf,
  type LongForm,
  type LongFormJudge,
  longFormBefore,
  longFormElsewhere,
  spellsInitialism,
  withoutLegalSuffix,
} from './initialism-long-form.js';
import { reportingVerbAt } from './reporting-verbs.js';
import { isFunctionWord } from './function-words.js';
import { isWrittenRoleNoun, ROLE_NOUNS, samePersonNoun } from './role-nouns.js';
import {
  WORDNET_FICTIONAL_NAMES,
  WORDNET_PARTY_WORDS,
  WORDNET_INSTITUTION_NAMES,
  WORDNET_PERSON_KINDS,
  WORDNET_PERSON_OR_GROUP_KIND,
  WORDNET_SOME_PERSON_KIND,
  WORDNET_GROUP_NAMES,
  WORDNET_GROUP_NOUNS,
  WORDNET_GROUP_WORDS,
  WORDNET_DAYS_AND_DIRECTIONS,
  WORDNET_KIN_NOUNS,
  WORDNET_PLACE_NAMES,
  WORDNET_REGION_NAMES,
  WORDNET_FIRST_REGION_NAMES,
  WORDNET_TIME_NAMES,
  WORDNET_FIRST_TIME_NAMES,
} from './wordnet-names-data.js';
import { oneEditApart, swapsTwoNeighbours } from '../../text/correct-typo.js';
import { type CapitalsHeader, findCapitalsHeaders } from './capitals-headers.js';
import { wordLemmas } from '../../text/word-lemmas.js';
import type { TaggedWord } from './tag-words.js';
import { isTitleCase } from '../analyse-layout.js';
import { installedWordNet, type WordNet, type WordNetPos } from '../../lexicon/wordnet.js';

const WORDNET_POS: readonly WordNetPos[] = ['noun', 'verb', 'adj', 'adv'];

/** A person named in one document, under the fullest name the document gives. */
interface DocumentPerson {
  readonly name: string;
  readonly surname: string;
  readonly given: string | null;
  gender: Gender | null;
  /** Whether a title ("Mrs.", "Councilman") gave the gender; a forename list can be wrong ("Jackie"). */
  genderFromTitle: boolean;
  /** Title keys written before the name anywhere in the document ("gov", "mayor", "councilman"). */
  readonly titles: Set<string>;
  /** "Jr.", "III": a generational suffix, which tells a son from a father of the same name. */
  readonly suffix: string | null;
  /** Where the document first names the person. */
  readonly introducedAt: number;
}

export type EntityMention = Span &
  (
    | { readonly kind: 'person' | 'body'; readonly speaker: string }
    | { readonly kind: 'pronoun'; readonly gender: Gender | 'plural' | 'neuter' }
    | { readonly kind: 'anonymous'; readonly person?: boolean }
  );

export interface DocumentEntities {
  readonly persons: readonly DocumentPerson[];
  readonly bodies: readonly string[];
  /** Every mention outside quotation marks, in text order. */
  readonly mentions: readonly EntityMention[];
  /** The speaker a capitals header names, by the offset of the opening mark after it (see `findCapitalsHeaders`). */
  readonly headedAt: ReadonlyMap<number, string>;
}

const INITIAL = /^\p{Lu}\.$/u;
/** "J.D. Gordon", "H.R. McMaster": initials run together, which a place's ("U.S.") are not. */
const RUN_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
const countryNames = new Set(COUNTRIES.map((country) => country.name));
const countryForms = new Set(COUNTRIES.flatMap((country) => [country.name, ...country.forms]));
const PLACE_NAMES = new Set(WORDNET_PLACE_NAMES);
const GROUP_NAMES = new Set(WORDNET_GROUP_NAMES);
const GROUP_WORDS = new Set(WORDNET_GROUP_WORDS);
const GROUP_NOUNS = new Set(WORDNET_GROUP_NOUNS);
const KIN_NOUNS = new Set(WORDNET_KIN_NOUNS);
const TIME_NAMES = new Set(WORDNET_TIME_NAMES);
const FIRST_TIME_NAMES = new Set(WORDNET_FIRST_TIME_NAMES);
const REGION_NAMES = new Set(WORDNET_REGION_NAMES);
const FIRST_REGION_NAMES = new Set(WORDNET_FIRST_REGION_NAMES);
const FICTIONAL_NAMES = new Set(WORDNET_FICTIONAL_NAMES.map((name) => name.toLowerCase()));
const PERSON_KINDS = new Set(WORDNET_PERSON_KINDS);
const PARTY_WORDS = new Set(WORDNET_PARTY_WORDS);
const INSTITUTION_NAMES = new Set(WORDNET_INSTITUTION_NAMES);
/** "Sunday Telegraph", "West Ham": a day or a compass point opening a name is no forename. */
const DAYS_AND_DIRECTIONS = new Set(WORDNET_DAYS_AND_DIRECTIONS);
const SOME_PERSON_KIND = new Set(WORDNET_SOME_PERSON_KIND);
const PERSON_OR_GROUP_KIND = new Set(WORDNET_PERSON_OR_GROUP_KIND);
/** A word in capitals, four letters or more ("REUTERS"): longer than an initialism of two or three. */
const CAPITALS_WORD = /^\p{Lu}{4,}$/u;
/** A capital opens the word, or a lower-case Arabic particle joined to it by a hyphen does ("al-Sabban"). */
const CAPITALISED = /^(?:(?:al|el|bin|ibn)-)?\p{Lu}/u;
/** "al-Sabban" is written "Sabban" too, and "Rácz" "Racz": English copy often drops a name's accents. */
const bareSurname = (surname: string): string =>
  surname
    .replace(/^(?:al|el|bin|ibn)-(?=\p{Lu})/u, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
/** Words that make a title a lesser office: "Vice President", "Deputy Secretary", "Assistant Director". */
const SUBORDINATE_OFFICE = /^(?:vice|deputy|assistant|associate|under)$/;
const PRONOUNS: Readonly<Record<string, Gender | 'plural' | 'neuter'>> = {
  he: 'male',
  she: 'female',
  they: 'plural',
  it: 'neuter',
};

/** A name word of a run; `previous` is the word before it in the run ("Peck" after "O." is a name, tagged or not). */
function isNameWord(word: TaggedWord, previous: TaggedWord | undefined): boolean {
  return (
    CAPITALISED.test(word.text) &&
    !isTitleWord(word.text) &&
    !BODY_HEADS.has(word.text.toLowerCase()) &&
    (word.pos === 'PROPN' ||
      INITIAL.test(word.text) ||
      (previous !== undefined && (INITIAL.test(previous.text) || isTitleWord(previous.text))))
  );
}

function fits(word: TaggedWord): boolean {
  if (!CAPITALISED.test(word.text) && !NAME_PARTICLES.has(word.text.toLowerCase())) return false;
  // "Exclaimed Stram": a past-tense reporting verb is never a name word, whatever the tagger says.
  if (reportingVerbAt(word.text, undefined) && (word.pos !== 'PROPN' || /ed$/i.test(word.text))) return false;
  return (
    word.pos === 'PROPN' ||
    INITIAL.test(word.text) ||
    isTitleWord(word.text) ||
    NAME_SUFFIXES.test(word.text) ||
    NAME_PARTICLES.has(word.text.toLowerCase())
  );
}

/**
 * Whether `words[index]` is a capitalised word for a kind of person with "'s" after it and a name (no forename or
 * title) next: "Women's" in "the Women's Institute".
 */
function kindPossessiveAt(words: readonly TaggedWord[], index: number): boolean {
  const [possessor, mark, next] = [words[index], words[index + 1], words[index + 2]];
  return (
    possessor !== undefined &&
    mark !== undefined &&
    next !== undefined &&
    /^['\u2019]s$/.test(mark.text) &&
    mark.start === possessor.end &&
    CAPITALISED.test(possessor.text) &&
    wordLemmas(possessor.text.toLowerCase()).some((lemma) => ROLE_NOUNS.has(lemma)) &&
    CAPITALISED.test(next.text) &&
    next.start === mark.end + 1 &&
    // "The Observer's Philip French": a person's name after it is the possessor's staff, not the name's end.
    forenameGender(next.text) === null &&
    !isTitleWord(next.text)
  );
}

/** The capitalised words from `words[index]` on, each one space after the one before. */
function capitalisedAfter(text: string, words: readonly TaggedWord[], index: number): TaggedWord[] {
  const run: TaggedWord[] = [];
  for (let at = index; at < words.length; at++) {
    const word = words[at] as TaggedWord;
    const before = run.at(-1);
    if (!CAPITALISED.test(word.text) || (before !== undefined && text.slice(before.end, word.start) !== ' ')) break;
    run.push(word);
  }
  return run;
}

/** A body's head, or its plural closing a name ("the Department of Health and Human Services"). */
function isBodyHead(lower: string): boolean {
  return BODY_HEADS.has(lower) || (/s$/.test(lower) && BODY_HEADS.has(lower.slice(0, -1)));
}

/** How many words of a place open `run`: "Georgia" one, "New York" two, none when it opens with no place. */
function placeOpening(run: readonly TaggedWord[]): number {
  const [first, second] = run;
  if (first === undefined) return 0;
  if (REGION_NAMES.has(first.text)) return 1;
  return second !== undefined && PLACE_NAMES.has(`${first.text} ${second.text}`.toLowerCase()) ? 2 : 0;
}

/** Runs of name-like words joined by single spaces: "Rep. Charles E. Hughes", "City Controller Alexander Hemphill". */
function capitalisedRuns(text: string, words: readonly TaggedWord[], wordNet: WordNet): TaggedWord[][] {
  const runs: TaggedWord[][] = [];
  let run: TaggedWord[] = [];
  /** Month names written as a forename's surname ("Theresa May"). */
  const surnames = new Set<TaggedWord>();
  const positions = new Map(words.map((word, index) => [word, index]));
  const afterPreposition = (word: TaggedWord) => {
    const before = words[(positions.get(word) ?? 0) - 1];
    return before?.pos === 'ADP' && /^\p{Ll}/u.test(before.text);
  };
  const opensClauseAt = (index: number) => {
    const before = words[index - 1];
    return before === undefined || before.pos === 'PUNCT' || /\n/.test(text.slice(before.end, words[index]?.start));
  };
  const flush = () => {
    // "Chicago White Sox Monday": a time word ends no name.
    while (
      run.length > 0 &&
      (!CAPITALISED.test((run.at(-1) as TaggedWord).text) ||
        (TIME_NAMES.has((run.at(-1) as TaggedWord).text) && !surnames.has(run.at(-1) as TaggedWord)))
    )
      run.pop();
    while (run.length > 0 && !CAPITALISED.test((run[0] as TaggedWord).text)) run.shift();
    // "on Wednesday Lord Woolf said", "On Tuesday Foreign Secretary Jack Straw told": a time word opens no name that
    // holds a title or a forename after it, nor one after a preposition ("in September Trump tweeted").
    while (
      run.length > 1 &&
      TIME_NAMES.has((run[0] as TaggedWord).text) &&
      (run.slice(1).some((word) => isTitleWord(word.text) || forenameGender(word.text) !== null) ||
        afterPreposition(run[0] as TaggedWord))
    )
      run.shift();
    // "congressman from Georgia John Lewis": a place after a preposition, a forename after it, opens no name.
    const placeLength = placeOpening(run);
    const named = run[placeLength];
    if (
      placeLength > 0 &&
      named !== undefined &&
      run.length > placeLength + 1 &&
      afterPreposition(run[0] as TaggedWord) &&
      forenameGender(named.text) !== null &&
      !REGION_NAMES.has(named.text)
    )
      run.splice(0, placeLength);
    // "| REUTERS Lew takes on debt deniers": a word of four or more capitals (a photo credit, a wire) opens no name of
    // words in lower case after their capital.
    while (
      run.length > 1 &&
      CAPITALS_WORD.test((run[0] as TaggedWord).text) &&
      /\p{Ll}/u.test(run[1]?.text ?? '') &&
      !isBodyHead((run.at(-1) as TaggedWord).text.toLowerCase())
    )
      run.shift();
    // "Several Trump campaign veterans": a clause's first word that is a stop word opens no name, though one before a
    // title may open the title ("Former Arkansas Gov. Mike Huckabee").
    const opening = run[0];
    if (
      run.length > 1 &&
      opening !== undefined &&
      opensClauseAt(positions.get(opening) ?? 0) &&
      isFunctionWord(opening.text) &&
      !run.some((word) => isTitleWord(word.text))
    )
      run.shift();
    // "King, R-New York, said": a party's initial and the state its member serves, set off, name no one.
    const partyBefore = words[(positions.get(run[0] as TaggedWord) ?? 0) - 1]?.text ?? '';
    if (/^[RDI]-\p{Lu}/u.test(run[0]?.text ?? '') && partyBefore === ',') run.length = 0;
    // "Reports Dr. Keys:": a name opens with its titles, so a reporting verb before a title is the inverted verb.
    const [first, second] = run;
    if (first && second && /s$/.test(first.text) && reportingVerbAt(first.text, undefined) && isTitleWord(second.text))
      run.shift();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (const [index, word] of words.entries()) {
    const previous = run.at(-1);
    // "Martin Luther King, Jr.": a generational suffix set off by a comma closes the name before it.
    const suffixAfter = GENERATIONAL_SUFFIX.test(words[index + 1]?.text ?? '');
    if (word.text === ',' && previous?.end === word.start && suffixAfter) continue;
    const gap = previous === undefined ? '' : text.slice(previous.end, word.start);
    const joined =
      previous !== undefined &&
      (/^ ?$/.test(gap) || isNicknameGap(gap) || (gap === ', ' && GENERATIONAL_SUFFIX.test(word.text)));
    const next = words[index + 1];
    // "Secretary of State Mike Pompeo": "of" joins a title to what it is the title of; not a title word after a
    // forename before the place its bearer is from, which is a surname ("Representative Peter King of New York").
    const fromPlace =
      REGION_NAMES.has(next?.text ?? '') ||
      PLACE_NAMES.has(`${next?.text ?? ''} ${words[index + 2]?.text ?? ''}`.toLowerCase());
    const titleOf =
      word.text === 'of' &&
      previous !== undefined &&
      isTitleWord(previous.text) &&
      !(fromPlace && forenameGender(run.at(-2)?.text ?? null) !== null);
    // "the National Association of Probation Officers", "the Bank of England": "of" joins a body's head to its name.
    // So does "for", with an article maybe ("the Committee for a Responsible Federal Budget", "the Center for
    // American Progress").
    const afterArticle = /^(?:a|the)$/.test(next?.text ?? '') ? words[index + 2] : next;
    const bodyOf =
      (word.text === 'of' || word.text === 'for') &&
      joined &&
      CAPITALISED.test(previous.text) &&
      isBodyHead(previous.text.toLowerCase()) &&
      afterArticle !== undefined &&
      CAPITALISED.test(afterArticle.text) &&
      (word.text === 'for' || afterArticle === next) &&
      text.slice(word.end, (next as TaggedWord).start) === ' ';
    const bodyArticle =
      /^(?:a|the)$/.test(word.text) &&
      previous?.text === 'for' &&
      joined &&
      next !== undefined &&
      CAPITALISED.test(next.text) &&
      text.slice(word.end, next.start) === ' ';
    // "and" between capitalised words of one name; "Tesla Inc and Nissan Motor Co": a head before it closes a name of
    // its own.
    const innerAnd =
      word.text === 'and' &&
      joined &&
      CAPITALISED.test(previous.text) &&
      !BODY_HEADS.has(previous.text.toLowerCase()) &&
      next !== undefined &&
      text.slice(word.end, next.start) === ' ';
    const after = innerAnd ? capitalisedAfter(text, words, index + 1) : [];
    // "the Commons Work and Pensions Committee": when the capitalised words after it end in a body's head ("Blair and
    // Brown said" joins no one);
    const bodyAnd = innerAnd && isBodyHead(after.at(-1)?.text.toLowerCase() ?? '');
    // "the Department of Housing and Urban Development", "the Office of Management and Budget": inside a body's "of"
    // or "for" phrase, when WordNet knows them as common nouns or adjectives ("the Bank of England and Carney said"
    // joins no one).
    const ofPhraseAnd =
      innerAnd &&
      run.some((part, at) => isBodyHead(part.text.toLowerCase()) && /^(?:of|for)$/.test(run[at + 1]?.text ?? '')) &&
      after.every((part) => {
        const lower = part.text.toLowerCase();
        return (
          (wordNet.senseCount(lower, 'noun') > 0 || wordNet.senseCount(lower, 'adj') > 0) && !wordNet.isName(lower)
        );
      });
    // "Mrs. Grace O. Peck": a capitalised word after an initial or a title is a name, whatever the tagger says.
    const named =
      joined &&
      CAPITALISED.test(word.text) &&
      !BODY_HEADS.has(word.text.toLowerCase()) &&
      (INITIAL.test(previous.text) || isTitleWord(previous.text));
    // "press secretary Josh Earnest": a forename the tagger reads as a verb or noun, joined to a proper noun, opens a
    // name; but where a clause opens, a reporting verb is the inverted cue ("“…?” Said Maris").
    const opensClause = opensClauseAt(index);
    const forename =
      CAPITALISED.test(word.text) &&
      ['VERB', 'NOUN', 'ADJ'].includes(word.pos) &&
      next?.pos === 'PROPN' &&
      text.slice(word.end, next.start) === ' ' &&
      !(opensClause && reportingVerbAt(word.text, undefined) !== null) &&
      forenameGender(word.text) !== null;
    // "Kristen Day", "Steve Ward", "Dan Holler": a capitalised word after a forename is its surname, whatever the tagger
    // says and even when it is a reporting verb; so is a month not followed by a day's number ("Theresa May", not
    // "Kerry March 3"), but never a weekday.
    const monthSurname = TIME_NAMES.has(word.text) && !/day$/i.test(word.text) && !/^\d/.test(next?.text ?? '');
    const surname =
      joined &&
      CAPITALISED.test(word.text) &&
      ['VERB', 'NOUN', 'ADJ', 'ADV'].includes(word.pos) &&
      forenameGender(previous.text) !== null &&
      (!TIME_NAMES.has(word.text) || monthSurname);
    // "sevens coach Mike Friday": after a title and a forename, even a weekday is the surname.
    const weekdaySurname =
      joined &&
      TIME_NAMES.has(word.text) &&
      forenameGender(previous.text) !== null &&
      isTitleWord(words[index - 2]?.text ?? '');
    // "said Marie March, who": the tagger may read the month as a proper noun already.
    const properMonth = joined && word.pos === 'PROPN' && monthSurname && forenameGender(previous.text) !== null;
    if (((surname || named || properMonth) && monthSurname) || weekdaySurname) surnames.add(word);
    // "the Musicians' Union": a plural possessive's apostrophe inside a name.
    const possessive =
      word.text === "'" &&
      previous !== undefined &&
      word.start === previous.end &&
      /s$/.test(previous.text) &&
      next !== undefined &&
      CAPITALISED.test(next.text) &&
      text.slice(word.end, next.start) === ' ';
    // "the Women's Institute", "the Transport & General Worker's Union": a singular possessive of a word for a kind of
    // person inside a name, with that word ("Blair's Labour Party" is a person's party: "Blair" is no kind of person).
    const kindPossessive = kindPossessiveAt(words, index) || kindPossessiveAt(words, index - 1);
    // "the Office of Government Ethics", "the Church of England": a body's head the tagger reads as a common noun
    // still opens a name when "of" or "for" joins capitalised words to it.
    const lowerHead = word.text.toLowerCase();
    const headOf =
      CAPITALISED.test(word.text) &&
      BODY_HEADS.has(lowerHead) &&
      !DOCUMENT_HEADS.has(lowerHead) &&
      /^(?:of|for)$/.test(next?.text ?? '') &&
      text.slice(word.end, next?.start ?? word.end) === ' ' &&
      CAPITALISED.test(words[index + 2]?.text ?? '');
    // "added OMB Watch, a group that …": a capitalised word right after an initialism is more of its name, whatever the
    // tagger says.
    const afterInitialism = joined && INITIALISM.test(previous.text) && CAPITALISED.test(word.text);
    const member =
      afterInitialism ||
      fits(word) ||
      headOf ||
      titleOf ||
      bodyOf ||
      bodyArticle ||
      bodyAnd ||
      ofPhraseAnd ||
      named ||
      forename ||
      surname ||
      weekdaySurname ||
      possessive ||
      kindPossessive;
    // "to the Foreign Policy Centre Mr Straw said": a courtesy title after words that are no title opens a new name.
    const courtesyOpens = previous !== undefined && isCourtesyTitle(titleKey(word.text)) && !isTitleWord(previous.text);
    if (!member || (previous !== undefined && !joined) || courtesyOpens) flush();
    if (member) run.push(word);
  }
  flush();
  const position = new Map(words.map((word, index) => [word, index]));
  return withoutTitleCaseWords(text, runs, wordNet).map((named) =>
    withBodyHeadAfter(text, named, words[(position.get(named.at(-1) as TaggedWord) ?? -2) + 1]),
  );
}

/** The lines of `text` set in title case, as spans. */
function titleCaseLines(text: string): Span[] {
  const lines: Span[] = [];
  for (const line of text.matchAll(/[^\n]+/gu))
    if (isTitleCase(line[0])) lines.push({ start: line.index, end: line.index + line[0].length });
  return lines;
}

/** A capitalised word inside a sentence: after a word or a comma, one space before it. */
const CAPITALISED_INSIDE = /(?<=[\p{L},;] )\p{Lu}[\p{L}'\u2019-]*/gu;

/** A word WordNet knows in some form as a common word, not only as a name. */
const isCommonWord = (word: string, wordNet: WordNet): boolean =>
  !wordNet.isName(word) &&
  wordLemmas(word).some((lemma) => WORDNET_POS.some((pos) => wordNet.senseCount(lemma, pos) > 0));

/**
 * "Boris Johnson Revives No-Deal Brexit Threat", "President Bill Clinton State Of The Union Speech 1995": a line set
 * in title case capitalises every word, so there a name ends at a word after a forename and a surname that WordNet
 * knows as a common word with more of the line after it, unless the document writes it capitalised inside a sentence
 * of its own ("Sarah Huckabee Sanders Says …" when it reports that "Sanders said"). A byline keeps its name whole
 * ("Isaac Stone Fish, Washington Post").
 */
function withoutTitleCaseWords(text: string, runs: TaggedWord[][], wordNet: WordNet): TaggedWord[][] {
  const lines = titleCaseLines(text);
  if (lines.length === 0) return runs;
  const inLine = (word: TaggedWord) => lines.some((line) => word.start >= line.start && word.end <= line.end);
  const proseNames = new Set<string>();
  for (const line of text.matchAll(/[^\n]+/gu))
    if (!isTitleCase(line[0])) for (const word of line[0].matchAll(CAPITALISED_INSIDE)) proseNames.add(word[0]);
  return runs.map((run) => {
    const names = run.filter((word) => !isTitleWord(word.text));
    const [given, , ...after] = names;
    if (!given || forenameGender(given.text) === null || !inLine(given)) return run;
    const cut = after.find(
      (word) =>
        text[word.end] === ' ' &&
        forenameGender(word.text) === null &&
        !proseNames.has(word.text) &&
        isCommonWord(word.text.toLowerCase(), wordNet),
    );
    return cut ? run.slice(0, run.indexOf(cut)) : run;
  });
}

/**
 * "Baptist Memorial hospital", "Hughes Steel Erection company": a body head right after a name makes it a body; a
 * document ("the Washington announcement") is not its issuer's name.
 */
function withBodyHeadAfter(text: string, run: TaggedWord[], next: TaggedWord | undefined): TaggedWord[] {
  const last = run.at(-1) as TaggedWord;
  const joined = next !== undefined && text.slice(last.end, next.start) === ' ';
  // "the Joseph P. Kennedy School": a capitalised head the tagger leaves out of the name makes it a body too.
  const lower = next?.text.toLowerCase() ?? '';
  const head = joined && /^\p{L}/u.test(next.text) && BODY_HEADS.has(lower) && !DOCUMENT_HEADS.has(lower);
  return head ? [...run, next] : run;
}

interface NamedRun {
  readonly span: Span;
  readonly titles: string[];
  readonly nameWords: TaggedWord[];
  readonly body: string | null;
  /** Whether the run is an initialism standing for the body it names ("ARU" for the Australian Rugby Union). */
  readonly initialism?: boolean;
  /** A generational suffix after the name ("Donald Trump Jr."). */
  readonly suffix?: string;
}

/** Suffixes that tell a son from his father ("Jr.", "III"), unlike the ordinals a name list also gives ("2d"). */
const GENERATIONAL_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

const INITIALISM = /^\p{Lu}{2,6}$/u;

/** Fewer letters than this, a part of a body's initials is too likely another initialism's. */
const MIN_PART_INITIALS = 3;

/**
 * "the Australian Rugby Union (ARU)", "the IRB (International Rugby Board)": an initialism that a body's name, beside
 * it in parentheses, spells out stands for that body wherever the document uses it, rather than for a person
 * called "ARU" (news names a body in full once, then by its initials); so does one with no parentheses, when one
 * body of the document has those initials.
 */
function withSpelledOutInitialisms(text: string, named: readonly NamedRun[]): NamedRun[] {
  const spelledOut = new Map<string, string>();
  let runs = withLongForms(text, named, spelledOut);
  runs.forEach((run, index) => {
    const next = runs[index + 1];
    if (!next || !/^\s*\($/.test(text.slice(run.span.end, next.span.start)) || text[next.span.end] !== ')') return;
    const [initialism, body] = run.body === null ? [run, next.body] : [next, run.body];
    const letters = text.slice(initialism.span.start, initialism.span.end);
    if (body && INITIALISM.test(letters) && spellsInitialism(body, letters)) spelledOut.set(letters, body);
  });
  // "the Public Health Service declared …. But the PHS conceded": initials two bodies share stand for neither.
  const byInitials = new Map<string, string>();
  const shared = new Set<string>();
  for (const run of runs) {
    if (run.body === null || BODY_HEADS.has(run.body.toLowerCase())) continue;
    const letters = initialsOf(withoutLegalSuffix(run.body));
    if (letters.length < 2) continue;
    if (byInitials.has(letters) && byInitials.get(letters) !== run.body) shared.add(letters);
    byInitials.set(letters, run.body);
  }
  // "The U.S. Department of Homeland Security …. DHS said": an initialism may leave out the long form's first or last
  // words, so initials that open or close one body's (and no other's) stand for it, where no body has them whole.
  const byPart = new Map<string, string>();
  const sharedParts = new Set<string>();
  for (const [letters, body] of byInitials)
    for (let length = MIN_PART_INITIALS; length < letters.length; length++)
      for (const part of [letters.slice(0, length), letters.slice(-length)]) {
        if (byPart.has(part) && byPart.get(part) !== body) sharedParts.add(part);
        byPart.set(part, body);
      }
  const bodyFor = (written: string): string | undefined => {
    const whole = !shared.has(written) ? byInitials.get(written) : undefined;
    const part = !byInitials.has(written) && !sharedParts.has(written) ? byPart.get(written) : undefined;
    return spelledOut.get(written) ?? whole ?? part;
  };
  // "The Centers for Disease Control and Prevention … the CDC wrote": failing those, a name no head word made a body.
  const initialisms = new Set(
    runs.map((run) => text.slice(run.span.start, run.span.end)).filter((written) => INITIALISM.test(written)),
  );
  for (const letters of initialisms) {
    if (bodyFor(letters) !== undefined) continue;
    const forms = longFormElsewhere(text, letters, LONG_FORM_JUDGE);
    if (forms[0]) spelledOut.set(letters, forms[0].name);
    // "Centers for Disease Control and Prevention Director Robert Redfield": a run going on past the name keeps it.
    for (const form of forms) if (!overhung(runs, form)) runs = withBodyAt(runs, form);
  }
  return runs.map((run) => {
    const written = text.slice(run.span.start, run.span.end);
    const body = INITIALISM.test(written) ? bodyFor(written) : undefined;
    return body === undefined ? run : { span: run.span, titles: [], nameWords: [], body, initialism: true };
  });
}

/** Whether a run overlaps `form` and goes on past it. */
function overhung(runs: readonly NamedRun[], form: LongForm): boolean {
  return runs.some(
    (other) =>
      other.span.start < form.end &&
      other.span.end > form.start &&
      (other.span.start < form.start || other.span.end > form.end),
  );
}

/** `runs` with `form` a body in place of the runs inside it, unless a body already covers it. */
function withBodyAt(runs: readonly NamedRun[], form: LongForm): NamedRun[] {
  const inside = (other: NamedRun) => other.span.start < form.end && other.span.end > form.start;
  if (runs.some((other) => other.body !== null && other.span.start <= form.start && other.span.end >= form.end))
    return [...runs];
  const at = runs.findIndex((other) => other.span.start >= form.start);
  return [
    ...runs.slice(0, at).filter((other) => !inside(other)),
    { span: { start: form.start, end: form.end }, titles: [], nameWords: [], body: form.name },
    ...runs.slice(at).filter((other) => !inside(other)),
  ];
}

/**
 * "the British Chamber of Commerce (BCC)": capitalised words that an initialism in parentheses spells out are one
 * body, whatever their head noun, and the initialism stands for it; a body already found around them is kept.
 */
function withLongForms(text: string, runs: readonly NamedRun[], spelledOut: Map<string, string>): NamedRun[] {
  let result = [...runs];
  for (const run of runs) {
    if (!INITIALISM.test(text.slice(run.span.start, run.span.end))) continue;
    const form = longFormBefore(text, run.span);
    if (!form) continue;
    if (result.some((other) => other.body !== null && other.span.start <= form.start && other.span.end >= form.end))
      continue;
    spelledOut.set(text.slice(run.span.start, run.span.end), form.name);
    result = withBodyAt(result, form);
  }
  return result;
}

const LONG_FORM_JUDGE: LongFormJudge = {
  accepts: namesBody,
  opensName: (word) => !/^(?:The|A|An)$/.test(word) && !isFunctionWord(word),
  // "Centers for Disease Control and Prevention Director Robert Redfield": a title before a forename is a person's.
  endsBefore: (word, next) => isTitleWord(word) && getGender(next, 'en') !== 'unknown',
  namesCountry: (word) => countryOfDemonym(word) !== null,
};

/** Whether a long form an initialism spells can be a body's: not a person's ("Alan Parker"), a place's or a people's. */
function namesBody(name: string): boolean {
  const first = name.slice(0, name.search(/\s|$/));
  const known = name.toLowerCase();
  return (
    getGender(first, 'en') === 'unknown' &&
    !PLACE_NAMES.has(known) &&
    !REGION_NAMES.has(known) &&
    countryOfDemonym(name) === null
  );
}

/** Words as the text writes them: one space apart, none before an apostrophe set straight after a word. */
function spelled(words: readonly TaggedWord[]): string {
  return words
    .map((word, index) => (index > 0 && word.start === words[index - 1]?.end ? '' : ' ') + word.text)
    .join('')
    .trim();
}

/**
 * "US rock band Korn", "video game firm Bioware": a one-word name written straight after a noun whose most
 * frequent WordNet sense is a group is that group's name, as are initials after "the" ("the OECD"), so the
 * document's other untitled runs of that word ("Korn said") are the body too, never a person whom a later he or she
 * could stand for.
 */
function withGroupKindBodies(text: string, words: readonly TaggedWord[], runs: readonly NamedRun[]): NamedRun[] {
  const indexAt = new Map(words.map((word, index) => [word.start, index]));
  const lone = (run: NamedRun) => run.nameWords.length === 1 && run.titles.length === 0 && run.body === null;
  const groups = new Set<string>();
  for (const run of runs) {
    const kind = words[(indexAt.get(run.span.start) ?? 0) - 1];
    const name = (run.nameWords[0] as TaggedWord | undefined)?.text ?? '';
    if (!lone(run) || kind === undefined || text.slice(kind.end, run.span.start) !== ' ') continue;
    // "the OECD said": initials after "the" name a body, which a person's ("JFK") never take; not a place's ("the
    // UK", "the EU"), which the corpus-wide rules read as a country.
    const definiteInitials = kind.text === 'the' && INITIALISM.test(name) && name.length > 2 && !countryForms.has(name);
    if ((kind.pos === 'NOUN' && GROUP_NOUNS.has(kind.text)) || definiteInitials) groups.add(name);
  }
  // "CMS, the federal agency that oversees HealthCare.gov, said": initials set off by a description of a group.
  for (const run of runs) {
    const name = (run.nameWords[0] as TaggedWord | undefined)?.text ?? '';
    if (
      lone(run) &&
      INITIALISM.test(name) &&
      !countryForms.has(name) &&
      (describedAsGroup(words, indexAt.get(run.span.start)) || setOffAfterGroup(words, indexAt.get(run.span.start)))
    )
      groups.add(name);
  }
  // "the 1807 law Trump could use … President Donald Trump": a surname the document gives a person in full is theirs.
  for (const run of runs)
    if (run.nameWords.length > 1 && run.body === null) groups.delete((run.nameWords.at(-1) as TaggedWord).text);
  // "Contrack International … Contrack said": a one-word body opening exactly one longer name is short for it.
  const whole = (name: string) => {
    const longer = new Set(
      runs.map((run) => text.slice(run.span.start, run.span.end)).filter((run) => run.startsWith(`${name} `)),
    );
    return longer.size === 1 ? ([...longer][0] as string) : name;
  };
  return runs.map((run) =>
    lone(run) && groups.has((run.nameWords[0] as TaggedWord).text)
      ? { ...run, nameWords: [], body: whole((run.nameWords[0] as TaggedWord).text) }
      : run,
  );
}

/** Words between the article and the head of a description set off after a name: "the federal health agency". */
const MAX_DESCRIPTION_MODIFIERS = 3;

/** "The official news agency, KCNA, called": the one-word name at word `at` set off after a noun for a group. */
function setOffAfterGroup(words: readonly TaggedWord[], at: number | undefined): boolean {
  if (at === undefined || words[at - 1]?.text !== ',' || words[at + 1]?.text !== ',') return false;
  const noun = words[at - 2];
  return (
    noun?.pos === 'NOUN' && /^\p{Ll}/u.test(noun.text) && (GROUP_NOUNS.has(noun.text) || BODY_HEADS.has(noun.text))
  );
}

/** Whether ", the/a … agency" follows the one-word name at word `at`: a description whose head names a group. */
function describedAsGroup(words: readonly TaggedWord[], at: number | undefined): boolean {
  if (at === undefined || words[at + 1]?.text !== ',' || !/^(?:the|a|an)$/i.test(words[at + 2]?.text ?? ''))
    return false;
  for (let index = at + 3; index <= at + 3 + MAX_DESCRIPTION_MODIFIERS; index++) {
    const word = words[index];
    if (!word || !/^\p{Ll}/u.test(word.text) || !['NOUN', 'ADJ'].includes(word.pos)) return false;
    const after = words[index + 1];
    const closes = after === undefined || !['NOUN', 'ADJ'].includes(after.pos);
    if (word.pos === 'NOUN' && closes) return GROUP_NOUNS.has(word.text) || BODY_HEADS.has(word.text);
  }
  return false;
}

/**
 * "Mr Eavis' daughter Emily said": a lone forename straight after a noun for a relative by blood, after a named
 * person's possessive, takes that person's surname, so it is one person with the family's name ("Emily Eavis").
 */
function withKinSurnames(text: string, words: readonly TaggedWord[], runs: readonly NamedRun[]): NamedRun[] {
  const indexAt = new Map(words.map((word, index) => [word.start, index]));
  return runs.map((run) => {
    const forename = run.nameWords[0];
    if (run.nameWords.length !== 1 || run.titles.length > 0 || run.body !== null || !forename) return run;
    if (forenameGender(forename.text) === null) return run;
    const at = indexAt.get(forename.start) ?? 0;
    const [opener, surname, possessive, kin] = [words[at - 4], words[at - 3], words[at - 2], words[at - 1]];
    // The possessor is written with a title or a forename ("Mr Eavis'", "Michael Eavis'"), not a forename alone.
    const named =
      opener !== undefined &&
      CAPITALISED.test(opener.text) &&
      text.slice(opener.end, surname?.start) === ' ' &&
      kin !== undefined &&
      possessive !== undefined &&
      surname !== undefined &&
      KIN_NOUNS.has(kin.text) &&
      /^['\u2019]s?$/.test(possessive.text) &&
      possessive.start === surname.end &&
      /^\p{Lu}\p{Ll}+$/u.test(surname.text) &&
      text.slice(kin.end, forename.start) === ' ';
    return named ? { ...run, nameWords: [forename, surname] } : run;
  });
}

/** Closed-class parts of speech that a title of a work capitalises inside it ("Stars In Their Eyes"). */
const TITLE_FUNCTION_WORDS = new Set(['ADP', 'DET', 'PRON', 'CCONJ']);

/**
 * "who also presents Stars In Their Eyes said": a lone word after a capitalised function word that follows another
 * capitalised word within a sentence ends the title of a work, which names no one.
 */
function withoutTitleWords(text: string, words: readonly TaggedWord[], runs: readonly NamedRun[]): NamedRun[] {
  const indexAt = new Map(words.map((word, index) => [word.start, index]));
  return runs.map((run) => {
    if (run.nameWords.length !== 1 || run.titles.length > 0 || run.body !== null) return run;
    const at = indexAt.get(run.span.start) ?? 0;
    const [before, inside] = [words[at - 2], words[at - 1]];
    const title =
      inside !== undefined &&
      before !== undefined &&
      TITLE_FUNCTION_WORDS.has(inside.pos) &&
      // Not an initial ("Charles A Blixt").
      /^\p{Lu}\p{Ll}+$/u.test(inside.text) &&
      CAPITALISED.test(before.text) &&
      text.slice(before.end, run.span.start) === ` ${inside.text} `;
    return title ? { ...run, nameWords: [], body: null } : run;
  });
}

/** `definite`: "the" stands before the run. */
function analyseRun(run: readonly TaggedWord[], definite: boolean): NamedRun {
  const span = { start: (run[0] as TaggedWord).start, end: (run.at(-1) as TaggedWord).end };
  const words = run.filter((word) => !NAME_SUFFIXES.test(word.text) || word === run[0]);
  // WordNet knows "Southeast Asia" as a place and "State Department" or "Labour" as a group: none is a person.
  const whole = spelled(words.filter((word, index) => index > 0 || word.text !== 'The'));
  const known = whole.toLowerCase();
  if (GROUP_NAMES.has(known) || (words.length === 1 && GROUP_WORDS.has(whole)))
    return { span, titles: [], nameWords: [], body: whole };
  // "Harvard University said": WordNet files a university with places (its grounds), but it is an institution too.
  if (INSTITUTION_NAMES.has(known)) return { span, titles: [], nameWords: [], body: whole };
  // "Uncle Sam would then accuse them": a place or a fictional character is nobody who speaks.
  if (PLACE_NAMES.has(known) || FICTIONAL_NAMES.has(known)) return { span, titles: [], nameWords: [], body: null };
  const last = words.at(-1) as TaggedWord;
  // "the Women's Institute", "the Governor's Ball": a kind of person's possessive inside makes a body or an event,
  // never a person.
  if (words.some((word) => /^['\u2019]s$/.test(word.text))) {
    const first = words.findIndex((word) => word.text !== 'The');
    return {
      span,
      titles: [],
      nameWords: [],
      body: BODY_HEADS.has(last.text.toLowerCase()) ? spelled(words.slice(first)) : null,
    };
  }
  // "National Association of Probation Officers": a body's head and the name its "of" gives, with no person after
  // ("Britain", a forename too, is only a place in WordNet: "Muslim Council of Britain"; "America", a forename too, is
  // a country's: "Bank of America").
  const of = words.findIndex(
    (word, index) => /^(?:of|for)$/.test(word.text) && BODY_HEADS.has((words[index - 1]?.text ?? '').toLowerCase()),
  );
  // "Department of Justice": a title word closing the run names what the body is of, with no one named after it.
  const bodyName =
    of > 0 &&
    !words
      .slice(of + 1)
      .some(
        (word) =>
          !(word === last && isTitleWord(word.text)) &&
          (isTitleWord(word.text) ||
            (isForenameOrInitial(word) && !REGION_NAMES.has(word.text) && !countryForms.has(word.text))),
      );
  if (BODY_HEADS.has(last.text.toLowerCase()) || bodyName) {
    const first = words.findIndex((word) => word.text !== 'The');
    return {
      span,
      titles: [],
      nameWords: [],
      body: spelled(words.slice(first)),
    };
  }
  let nameStart = words.length;
  const forenameAt = (index: number) =>
    CAPITALISED.test(words[index]?.text ?? '') &&
    !isTitleWord(words[index]?.text ?? '') &&
    forenameGender(words[index]?.text ?? null) !== null;
  // "Howard Dean", "Kristen Day": a title or common word closing the run after a forename is the surname; so is one
  // after a courtesy title ("Ms King", "Mr Major"; not "Mr Justice Eady", where it is not last).
  if (
    words.length > 1 &&
    !isNameWord(last, words.at(-2)) &&
    CAPITALISED.test(last.text) &&
    (forenameAt(words.length - 2) || isCourtesyTitle(titleKey(words.at(-2)?.text ?? '')))
  )
    nameStart--;
  // "Nick Van den Brul", "Rafael van der Vaart": a particle after a forename, perhaps with another particle between,
  // is part of the name (not "Stade de France", with no forename before it).
  const isParticle = (index: number) => NAME_PARTICLES.has((words[index]?.text ?? '').toLowerCase());
  const innerParticle = (index: number): boolean => {
    const before = words[index - 1];
    return (
      isParticle(index) &&
      (forenameAt(index - 1) ||
        (before !== undefined &&
          (isParticle(index - 1) || isNameWord(before, words[index - 2])) &&
          forenameAt(index - 2)))
    );
  };
  while (
    nameStart > 0 &&
    (isNameWord(words[nameStart - 1] as TaggedWord, words[nameStart - 2]) ||
      innerParticle(nameStart - 1) ||
      // "Josh Earnest": a forename the tagger misreads still opens the name it stands before.
      (nameStart < words.length && forenameAt(nameStart - 1)))
  )
    nameStart--;
  while (nameStart < words.length && NAME_PARTICLES.has((words[nameStart] as TaggedWord).text.toLowerCase()))
    nameStart++;
  // "State Mike Pompeo", "Kremlin aide Yury Ushakov", "Liberal Democrat Paul Tyler": words before a forename belong
  // to the title.
  while (
    words.length - nameStart > 2 &&
    !isForenameOrInitial(words[nameStart] as TaggedWord) &&
    words.slice(nameStart + 1, -1).some(isForenameOrInitial)
  )
    nameStart++;
  // "Boston Red Sox Outfielder Jackie Jensen", "Said Leatherneck Shoup": a role noun before a name ends the title; so
  // does a word for a kind of person that is no forename ("Alabama Democrat Doug Jones"), or is one but stands before
  // a forename and a surname ("Tory Liam Fox").
  for (let index = words.length - 2; index >= nameStart; index--) {
    const word = words[index] as TaggedWord;
    const next = words[index + 1] as TaggedWord;
    if (
      ROLE_NOUNS.has(word.text.toLowerCase()) ||
      (SOME_PERSON_KIND.has(word.text) &&
        (forenameGender(word.text) === null || (index + 2 < words.length && forenameGender(next.text) !== null)))
    ) {
      nameStart = index + 1;
      break;
    }
  }
  // "Houston-based Continental", "Texas-based Matt Mackowiak": a compound with a lower-case part modifies the name.
  for (let index = words.length - 2; index >= nameStart; index--) {
    if (/-\p{Ll}+$/u.test((words[index] as TaggedWord).text)) {
      nameStart = index + 1;
      break;
    }
  }
  // "Secretary of State Pompeo", "Minister of Foreign Affairs Sergey Lavrov": what a title's "of" governs is the
  // title's, up to a forename where one follows, else its first word; "the Secretary of State" names no one.
  if (nameStart > 0 && words[nameStart - 1]?.text === 'of') {
    const forename = words.findIndex((word, index) => index > nameStart && isForenameOrInitial(word));
    nameStart = forename > 0 && forename < words.length - 1 ? forename : nameStart + 1;
  }
  // "Tory MP Michael Mates", "radio DJ Mike Read": an initialism before a name is a designation ending the title.
  for (let index = words.length - 2; index >= nameStart; index--) {
    if (INITIALISM.test((words[index] as TaggedWord).text)) {
      nameStart = index + 1;
      break;
    }
  }
  // "Paul Boateng MP": initialisms after a name are letters after it (an office, an honour), not its surname.
  let nameEnd = words.length;
  while (nameEnd - nameStart > 1 && INITIALISM.test((words[nameEnd - 1] as TaggedWord).text)) nameEnd--;
  const titleWords = [...words.slice(0, nameStart), ...words.slice(nameEnd)];
  // "Liberal Democrat leader Charles Kennedy": a word for a kind of person closing a run with no forename or title
  // names nobody (alone it may be a surname: "Mark Cuban", then "Cuban said").
  const nameWords = words.slice(nameStart, nameEnd);
  // "Manchester United", "Gateshead's Sage Centre": two or more words with no forename or title, one of them a word
  // WordNet knows only as a place, name a club or a venue, not a person ("he said" would go to it). A surname alone
  // may be a place too ("Davenport", a city in Iowa).
  // "the Kentucky Republican": after "the", a word for a kind of person closing the run makes it a description of
  // someone the document has named, not a club ("a New Hampshire Republican" is someone new, named by the run).
  const describesSomeone = definite && (PERSON_KINDS.has(last.text) || SOME_PERSON_KIND.has(last.text));
  if (
    words.length > 1 &&
    !describesSomeone &&
    !nameWords.some(isForenameOrInitial) &&
    !words.some((word) => isTitleWord(word.text)) &&
    nameWords.some((word) => REGION_NAMES.has(word.text))
  ) {
    const first = words.findIndex((word) => word.text !== 'The');
    return { span, titles: [], nameWords: [], body: spelled(words.slice(first)) };
  }
  if (
    words.length > 1 &&
    (PERSON_KINDS.has(last.text) || describesSomeone) &&
    // "Nevada Democrat": a place is no forename here, though some lists have it.
    !nameWords.some((word) => forenameGender(word.text) !== null && !REGION_NAMES.has(word.text)) &&
    !titleWords.some((word) => isTitleWord(word.text))
  )
    return { span, titles: [], nameWords: [], body: null };
  // "The Liberal Democrats said", "Scottish Conservatives": the plural of a party's member after its other words is
  // the body they make.
  if (
    words.length > 1 &&
    /s$/.test(last.text) &&
    PERSON_KINDS.has(last.text.slice(0, -1)) &&
    !nameWords.some((word) => forenameGender(word.text) !== null) &&
    !titleWords.some((word) => isTitleWord(word.text))
  ) {
    const first = words.findIndex((word) => word.text !== 'The');
    return { span, titles: [], nameWords: [], body: spelled(words.slice(first)) };
  }
  const titles = titleWords
    .map((word, index) => ({ word, before: subordinateBefore(titleWords, index) }))
    .filter(({ word }) => isTitleWord(word.text) || ROLE_NOUNS.has(word.text.toLowerCase()))
    // "Vice President Chen Cheng" holds another office than the President.
    .map(({ word, before }) => (before !== undefined ? `${before}-${titleKey(word.text)}` : titleKey(word.text)));
  // "Donald Trump Jr … Trump Jr. said": the suffix is one however its stop is written.
  const suffix = run
    .slice(1)
    .find((word) => GENERATIONAL_SUFFIX.test(word.text))
    ?.text.replace(/^([JS]r)$/, '$1.');
  return suffix === undefined
    ? { span, titles, nameWords, body: null }
    : { span, titles, nameWords, body: null, suffix };
}

/**
 * "Tory leader Michael Howard", "chancellor Gordon Brown": a lower-case title just before a name, outside its
 * capitalised run, is that person's title too, with the word modifying it, so "the Tory leader" later finds him.
 */
function addLowerCaseTitles(text: string, words: readonly TaggedWord[], runs: readonly NamedRun[]): void {
  const indexAt = new Map(words.map((word, index) => [word.start, index]));
  for (const run of runs) {
    if (run.nameWords.length === 0 || run.body !== null) continue;
    const at = indexAt.get(run.span.start) ?? 0;
    const title = words[at - 1];
    // Not "major Catholic institutions": an adjective is no title.
    if (title?.pos !== 'NOUN' || !/^\p{Ll}/u.test(title.text) || !isTitleWord(title.text)) continue;
    if (text.slice(title.end, run.span.start) !== ' ') continue;
    // "Cabinet minister Jack Cunningham" is no "prime minister": a modified title is kept with its modifier.
    const modifier = words[at - 2];
    const modified =
      modifier !== undefined &&
      ['ADJ', 'NOUN', 'PROPN'].includes(modifier.pos) &&
      text.slice(modifier.end, title.start) === ' ';
    const office = modified ? `${modifier.text.toLowerCase()}-${titleKey(title.text)}` : titleKey(title.text);
    // "shadow foreign secretary Michael Ancram" is no "foreign secretary": the opposition's office is another.
    const opener = words[at - (modified ? 3 : 2)];
    const shadow =
      opener !== undefined &&
      /^shadow$/i.test(opener.text) &&
      text.slice(opener.end, (modified ? modifier : title).start) === ' ';
    const key = shadow ? `shadow-${office}` : office;
    if (!run.titles.includes(key)) run.titles.push(key);
    // "London mayor Ken Livingstone" is "the mayor" too: a place names where the office is, not another office as
    // "Cabinet minister" or "Tory leader" do.
    const place = modified && !shadow && (REGION_NAMES.has(modifier.text) || FIRST_REGION_NAMES.has(modifier.text));
    if (place && !run.titles.includes(titleKey(title.text))) run.titles.push(titleKey(title.text));
  }
}

/** Words a title's noun phrase may run to before a name set off after it: "China's ambassador to the United States". */
const MAX_SET_OFF_TITLE_WORDS = 8;

/**
 * "China's ambassador to the United States, Cui Tiankai, told": a lower-case title heading the words just before a
 * name set off by commas is that person's title, which makes a person of a name no forename list knows.
 */
function addSetOffTitles(text: string, words: readonly TaggedWord[], runs: readonly NamedRun[]): void {
  const indexAt = new Map(words.map((word, index) => [word.start, index]));
  for (const run of runs) {
    if (run.nameWords.length < 2 || run.body !== null || run.titles.length > 0) continue;
    const at = indexAt.get(run.span.start) ?? 0;
    if (words[at - 1]?.text !== ',' || text[run.span.end] !== ',') continue;
    for (let back = at - 2; back >= Math.max(0, at - 1 - MAX_SET_OFF_TITLE_WORDS); back--) {
      const word = words[back] as TaggedWord;
      if (word.pos === 'PUNCT' || word.pos === 'VERB' || word.pos === 'AUX') break;
      if (word.pos === 'NOUN' && /^\p{Ll}/u.test(word.text) && isTitleWord(word.text)) {
        run.titles.push(titleKey(word.text));
        break;
      }
    }
  }
}

/**
 * "The Bishop of Durham, the Rt Rev Dr Tom Wright, described": a title naming no one, set off before a name by
 * commas, is that person's title too, so "the Bishop" later finds him.
 */
function addAppositiveTitles(text: string, runs: readonly NamedRun[]): void {
  for (const [index, run] of runs.entries()) {
    const next = runs[index + 1];
    if (run.nameWords.length > 0 || run.body !== null || run.titles.length === 0 || next === undefined) continue;
    if (next.nameWords.length === 0 || next.body !== null) continue;
    if (!/^,\s+(?:the\s+)?$/i.test(text.slice(run.span.end, next.span.start)) || text[next.span.end] !== ',') continue;
    for (const title of run.titles) if (!next.titles.includes(title)) next.titles.push(title);
  }
}

/**
 * "New Home Secretary Charles Clarke": a capitalised noun the tagger leaves out of the run, just before the title
 * opening it, makes it another office than the bare title ("the foreign secretary" is not him); a place or a party does
 * not ("London Mayor Ken Livingstone" is "the mayor").
 */
function modifyOpeningTitles(text: string, words: readonly TaggedWord[], runs: readonly NamedRun[]): void {
  const indexAt = new Map(words.map((word, index) => [word.start, index]));
  for (const run of runs) {
    if (run.nameWords.length === 0 || run.body !== null) continue;
    const at = indexAt.get(run.span.start) ?? 0;
    const title = words[at];
    const modifier = words[at - 1];
    if (title === undefined || modifier === undefined || !isTitleWord(title.text)) continue;
    if (!['NOUN', 'ADJ'].includes(modifier.pos) || !CAPITALISED.test(modifier.text)) continue;
    if (text.slice(modifier.end, title.start) !== ' ' || isTitleWord(modifier.text)) continue;
    const key = `${modifier.text.toLowerCase()}-${titleKey(title.text)}`;
    // Nor does a party ("Democratic Gov. Ralph Northam" is "the governor").
    const place =
      REGION_NAMES.has(modifier.text) || FIRST_REGION_NAMES.has(modifier.text) || PARTY_WORDS.has(modifier.text);
    const bare = run.titles.indexOf(titleKey(title.text));
    if (bare >= 0 && !place) run.titles.splice(bare, 1);
    if (!run.titles.includes(key)) run.titles.push(key);
  }
}

/**
 * The word making the title at `index` a subordinate office: just before it ("Vice President"), or before the words
 * naming its field ("Deputy Prime Minister", "Deputy Foreign Minister": not the Prime or Foreign Minister).
 */
function subordinateBefore(titleWords: readonly TaggedWord[], index: number): string | undefined {
  for (let at = index - 1; at >= 0; at--) {
    const word = (titleWords[at] as TaggedWord).text.toLowerCase();
    if (SUBORDINATE_OFFICE.test(word)) return word;
    if (isTitleWord(word) || !/^\p{Lu}/u.test((titleWords[at] as TaggedWord).text)) return undefined;
  }
  return undefined;
}

/**
 * "Ogden, Utah, May 1": a lone name set off by a comma before a word WordNet knows only as a place is a place too (a
 * town and its state or country), whatever else the name may be.
 */
function withPlacesBeforeRegions(text: string, runs: readonly NamedRun[]): NamedRun[] {
  const isLoneName = (run: NamedRun | undefined) => run?.titles.length === 0 && run.nameWords.length === 1;
  return runs.map((run, index) => {
    const next = runs[index + 1];
    const region =
      isLoneName(run) &&
      next !== undefined &&
      isLoneName(next) &&
      text.slice(run.span.end, next.span.start) === ', ' &&
      REGION_NAMES.has(next.nameWords[0]?.text ?? '');
    // "near New Haven, Conn., who": an abbreviation set off by commas after a name is its state or province.
    const previous = runs[index - 1];
    const abbreviated =
      isLoneName(run) &&
      /^\p{Lu}\p{Ll}+\.$/u.test(run.nameWords[0]?.text ?? '') &&
      previous !== undefined &&
      text.slice(previous.span.end, run.span.start) === ', ' &&
      text[run.span.end] === ',';
    return region || abbreviated ? { span: run.span, titles: [], nameWords: [], body: null } : run;
  });
}

function isForenameOrInitial(word: TaggedWord): boolean {
  return INITIAL.test(word.text) || forenameGender(word.text) !== null;
}

/** A person's gender as their forename tells it: none for a forename given to both sexes (see `isUnisexForename`). */
function personGender(given: string | null): Gender | null {
  return given !== null && isUnisexForename(given) ? null : forenameGender(given);
}

function forenameGender(given: string | null): Gender | null {
  if (given === null || INITIAL.test(given) || DAYS_AND_DIRECTIONS.has(given)) return null;
  const gender = getGender(given, 'en');
  return gender === 'male' || gender === 'female' ? gender : null;
}

function personOfHeader(header: CapitalsHeader): DocumentPerson {
  const { name, surname, given } = header;
  return {
    name,
    surname,
    given,
    gender: personGender(given),
    genderFromTitle: false,
    titles: new Set(),
    suffix: null,
    introducedAt: header.start,
  };
}

/**
 * "Ki-moon", "Jae-in", "Kai-shek": a given name of two syllables joined by a hyphen, the second in lower case, as Korean
 * and older Chinese romanisations write it after the family name.
 */
const HYPHENED_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/** One the tagger splits at its hyphen is joined again only when both syllables are short ("Won-soon"). */
const SHORT_SYLLABLES_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u;

/** Whether a name of these words puts the family name first ("Ban Ki-moon … Mr. Ban said"). */
function familyNameFirst(nameWords: readonly { readonly text: string }[]): boolean {
  return nameWords.length === 2 && HYPHENED_GIVEN_NAME.test(nameWords[1]?.text ?? '');
}

function personFrom(run: NamedRun): DocumentPerson | null {
  const nameWords = run.nameWords.map((word) => word.text);
  const last = nameWords.at(-1);
  if (last === undefined || INITIAL.test(last)) return null;
  const familyFirst = familyNameFirst(run.nameWords);
  const surname = familyFirst ? (nameWords[0] as string) : last;
  const given = familyFirst
    ? last
    : nameWords.length > 1
      ? (nameWords.find((word) => !INITIAL.test(word)) ?? null)
      : null;
  const titleGender = run.titles.map(genderOfTitle).find((gender) => gender !== null) ?? null;
  const suffix = run.suffix ?? null;
  return {
    name: suffix === null ? nameWords.join(' ') : `${nameWords.join(' ')} ${suffix}`,
    surname,
    given: given === surname ? null : given,
    gender: titleGender ?? personGender(given),
    genderFromTitle: titleGender !== null,
    titles: new Set(run.titles),
    suffix,
    introducedAt: run.span.start,
  };
}

/**
 * "Daniel" and "Price Daniel" are one person; "Brooks Robinson" and "Connie Robinson" are two, and so are "President
 * Kennedy" and "First Lady Jacqueline Kennedy" (a surname alone with an office the other never holds).
 */
/**
 * "Representative Joe Kennedy III … Joe Kennedy isn't being embraced": a full name written after one person's name
 * with a suffix, with no title that person lacks, is that person, the suffix dropped ("President Donald Trump" after
 * "Donald Trump Jr." is his father).
 */
function laterWithoutSuffix(persons: readonly DocumentPerson[], person: DocumentPerson): DocumentPerson | undefined {
  if (person.suffix !== null || person.given === null) return undefined;
  if (persons.some((other) => other.suffix === null && other.name === person.name)) return undefined;
  const suffixed = persons.filter(
    (other) => other.suffix !== null && other.given === person.given && other.surname === person.surname,
  );
  const [only] = suffixed;
  return suffixed.length === 1 && only && [...person.titles].every((title) => only.titles.has(title))
    ? only
    : undefined;
}

function compatible(a: DocumentPerson, b: DocumentPerson): boolean {
  if (a.surname !== b.surname) return false;
  // "Donald Trump Jr." is not "Donald Trump", nor is "Trump Jr."; a bare "Trump" may be either.
  const bare = (person: DocumentPerson) => person.given === null && person.suffix === null;
  if (a.suffix !== b.suffix && !bare(a) && !bare(b)) return false;
  if (a.gender !== null && b.gender !== null && a.gender !== b.gender) return false;
  if ((a.given === null || b.given === null) && officesConflict(a.titles, b.titles)) return false;
  return a.given === null || b.given === null || a.given === b.given;
}

/**
 * Who a lone word or a title names: "Mr. Schaefer", "Hansen", or null when the document has none or several. Of
 * several, a bare surname is the one person never written with a courtesy title ("Vincent Hengesbach" beside "Mrs.
 * Anna Hengesbach"); otherwise none is guessed.
 */
function personBySurname(
  persons: readonly DocumentPerson[],
  surname: string,
  gender: Gender | null,
  titles: readonly string[],
  suffix: string | null = null,
  at = Number.POSITIVE_INFINITY,
): DocumentPerson | null {
  const bearers = persons.filter(
    (person) =>
      bareSurname(person.surname) === bareSurname(surname) &&
      (suffix === null || person.suffix === suffix) &&
      (gender === null || person.gender === null || person.gender === gender) &&
      !officesConflict(titles, person.titles),
  );
  // "David Haines … Mr Haines denounced …. his brother Mike Haines": a surname refers back to someone the document
  // has named, not to one it names only later.
  const named = bearers.filter((person) => person.introducedAt < at);
  const candidates = named.length > 0 ? named : bearers;
  if (candidates.length <= 1) return candidates[0] ?? null;
  // "Donald Trump … Donald Trump Jr. … Trump said": a surname with no suffix is the one of the name without one.
  const unsuffixed = candidates.filter((person) => person.suffix === null);
  if (suffix === null && unsuffixed.length === 1 && titles.length === 0) return unsuffixed[0] as DocumentPerson;
  if (titles.length > 0) return null;
  const untitled = candidates.filter((person) => ![...person.titles].some(isCourtesyTitle));
  if (untitled.length === 1) return untitled[0] as DocumentPerson;
  // "Donald Trump … his daughter Ivanka Trump … Trump said": news style keeps the bare surname for whom the article
  // introduced first, and names the others in full (measured on PolNeAR's training articles: 131 credits gained, 9 lost
  // to wrong people).
  return candidates[0] ?? null;
}

/**
 * "Helen Tieken Geraghty (Mrs. Maurice P. Geraghty)": a married woman's formal name, set in parentheses straight after
 * her own name with the same surname, is another name of the same woman, not a second person.
 */
function isMarriedNameAside(text: string, previous: NamedRun | undefined, run: NamedRun): boolean {
  const previousSurname = previous?.nameWords.at(-1)?.text;
  return (
    previous !== undefined &&
    previousSurname === run.nameWords.at(-1)?.text &&
    /^ ?\($/.test(text.slice(previous.span.end, run.span.start)) &&
    run.titles.some(isCourtesyTitle) &&
    run.titles.every((title) => genderOfTitle(title) === 'female')
  );
}

/**
 * The people and bodies of one document and every mention of them outside quotation marks: names (with initials,
 * particles and suffixes, after any run of titles), lone surnames, role descriptions ("the Mayor", "the commission
 * chairman") that one person of the document holds, bodies ("the jury", "the Tax Court"), and he/she/they.
 */
export function findDocumentEntities(
  text: string,
  words: readonly TaggedWord[],
  quoted: readonly Span[],
  wordNet: WordNet = installedWordNet(),
): DocumentEntities {
  const headers = findCapitalsHeaders(text);
  // A header's post in capitals ("FIRST STANDARD FINANCIAL IN NEW YORK") would read as names of its own.
  const inHeader = (word: TaggedWord) =>
    headers.some((header) => word.start >= header.start && word.end <= header.mark);
  const { words: outside, nicknames } = withoutQuotedNicknames(
    text,
    withHyphenatedCompounds(
      text,
      withHyphenatedNames(
        text,
        withNamesTakenForVerbs(
          words.filter(
            (word) => !inHeader(word) && !quoted.some((quote) => word.start >= quote.start && word.end <= quote.end),
          ),
        ),
      ),
    ),
  );
  const wordIndexAt = new Map(outside.map((word, index) => [word.start, index]));
  const analysed = withSpelledOutInitialisms(
    text,
    withPlacesBeforeRegions(
      text,
      capitalisedRuns(text, outside, wordNet).map((run) =>
        analyseRun(run, /^the$/i.test(outside[(wordIndexAt.get(run[0]?.start ?? -1) ?? 0) - 1]?.text ?? '')),
      ),
    ),
  );
  addLowerCaseTitles(text, outside, analysed);
  modifyOpeningTitles(text, outside, analysed);
  addAppositiveTitles(text, analysed);
  addSetOffTitles(text, outside, analysed);
  const runs = withKinSurnames(
    text,
    outside,
    withoutTitleWords(text, outside, withGroupKindBodies(text, outside, analysed)),
  );
  const lone = new Set(
    runs.filter((run) => run.nameWords.length === 1 && run.titles.length === 0).map((run) => run.nameWords[0]?.text),
  );
  const speaking = speakingNames(outside, runs);
  const posAt = new Map(outside.map((word) => [word.start, word.pos]));

  const initialisms = runs.filter((run) => run.initialism).map((run) => text.slice(run.span.start, run.span.end));
  const persons: DocumentPerson[] = [];
  const bodies = new Set<string>();
  for (const [index, run] of runs.entries()) {
    // "The Court" alone is a description of a body named elsewhere, not a name.
    if (run.body !== null && !BODY_HEADS.has(run.body.toLowerCase())) bodies.add(run.body);
    const person = run.nameWords.length > 0 ? personFrom(run) : null;
    if (!person || isMarriedNameAside(text, runs[index - 1], run)) continue;
    if (run.titles.length === 0 && run.nameWords.length === 1 && nicknames.has(person.surname)) continue;
    // "Ben Carson campaign manager Barry Bennett": a forename still makes a name of the words before the role.
    if (forenameGender(person.given) === null && modifiesRoleOfNext(text, run, runs[index + 1])) continue;
    if (modifiesNounAfter(text, run, posAt)) continue;
    if (placeAfterIn(text, run)) continue;
    const multiWord = run.nameWords.length > 1;
    const initialled = run.nameWords.some(
      (word) => INITIAL.test(word.text) || (RUN_INITIALS.test(word.text) && !countryForms.has(word.text)),
    );
    const evidenced =
      run.titles.length > 0 ||
      (multiWord && (initialled || forenameGender(person.given) !== null || lone.has(person.surname)));
    if (!evidenced && !speaking.has(person.surname)) continue;
    if (!multiWord && run.titles.length === 0 && !speaking.has(person.surname)) continue;
    if (laterWithoutSuffix(persons, person)) continue;
    const known = persons.find((other) => compatible(other, person));
    if (!known) {
      persons.push(person);
      continue;
    }
    for (const title of person.titles) known.titles.add(title);
    if (person.genderFromTitle && !known.genderFromTitle) {
      known.gender = person.gender;
      known.genderFromTitle = true;
    }
    known.gender ??= person.gender;
    // "Senator Franken … told the Huffington Post Franken had": untitled words no forename opens, run into a titled
    // person's surname, are a body's name before it, not more of the person's.
    const bodyBefore = person.titles.size === 0 && known.titles.size > 0 && forenameGender(person.given) === null;
    if (person.name.length > known.name.length && !bodyBefore)
      persons[persons.indexOf(known)] = { ...known, name: person.name, given: person.given ?? known.given };
  }
  // "Long Jim" beside "Long Jim Barnes": a name that only opens one other person's name is that person. A lone
  // untitled name ("said Willie" beside Willie Mays and Willie Chisholm) that opens several is a forename too, whose
  // bearer the document does not say: no new person.
  for (const person of [...persons]) {
    const forename =
      person.given === null &&
      person.titles.size === 0 &&
      persons.some((other) => other !== person && other.name.startsWith(`${person.name} `));
    // "Mr Howard" beside Howard Flight: a courtesy title goes with a surname, never a forename; "Prince Charles"
    // beside Charles Kennedy: a royal title goes with its bearer's own given name (see `personByForenames`).
    const courtesy = [...person.titles].some(isCourtesyTitle);
    if (forename || (!courtesy && personByForenames(persons, person.name.split(' '), [...person.titles])))
      persons.splice(persons.indexOf(person), 1);
  }
  for (const header of headers) {
    const person = personOfHeader(header);
    if (!persons.some((other) => compatible(other, person))) persons.push(person);
  }
  withFamilyNamesFirst(persons);
  namePersonsByLongerRun(text, runs, persons, wordNet);
  const misspelt = misspeltSurnames(persons);
  // A lone word that is another name of one person: an inner surname, or a nickname (below).
  const otherNames = innerSurnames(persons, speaking);
  for (const [letters, bearer] of personsByInitials(persons)) {
    otherNames.set(letters, bearer);
    const alone = persons.findIndex((person) => person.name === letters);
    if (alone >= 0) persons.splice(alone, 1);
  }
  for (const [nickname, start] of nicknames) {
    const run = runs.find((candidate) => candidate.span.start <= start && start < candidate.span.end);
    const named = run && personFrom(run);
    const bearer = named && persons.find((person) => compatible(person, named));
    if (bearer) otherNames.set(nickname, bearer);
  }

  const mentions: EntityMention[] = [];
  const recent: string[] = [];
  const push = (mention: EntityMention) => {
    mentions.push(mention);
    if (mention.kind === 'person') recent.push(mention.speaker);
  };
  let runIndex = 0;
  for (let index = 0; index < outside.length; index++) {
    const word = outside[index] as TaggedWord;
    while ((runs[runIndex]?.span.start ?? Infinity) < word.start) runIndex++;
    const run = runs[runIndex];
    if (run && word.start === run.span.start) {
      runIndex++;
      while (index + 1 < outside.length && (outside[index + 1] as TaggedWord).start < run.span.end) index++;
      const mention = mentionOfRun(run, persons, recent, misspelt, otherNames);
      if (mention) push(mention);
      continue;
    }
    // "Read wrote the song", "…,” Read said": a known person's surname the tagger takes for another word still
    // names them before a verb, or after an inverted reporting verb ("…,” agreed Cram.").
    if (
      isSurnameBeforeVerb(word, outside[index + 1], persons) ||
      isSurnameAfterReportingVerb(word, outside[index - 1], outside[index + 1], persons)
    ) {
      const mention = mentionOfRun(
        { span: word, titles: [], nameWords: [word], body: null },
        persons,
        recent,
        misspelt,
        otherNames,
      );
      if (mention) push(mention);
      continue;
    }
    const lower = word.text.toLowerCase();
    const pronoun = PRONOUNS[lower];
    if (pronoun) {
      push({ start: word.start, end: word.end, kind: 'pronoun', gender: pronoun });
      continue;
    }
    if (lower === 'a' || lower === 'an') {
      const found = unnamedPersonAfter(outside, index) ?? authoredDocumentAfter(outside, index);
      if (found) {
        push(found.mention);
        index = found.lastIndex;
      }
      continue;
    }
    if (lower !== 'the') continue;
    const description = descriptionAfter(outside, index, persons, [...bodies, ...initialisms], recent);
    if (description) {
      push(description.mention);
      index = description.lastIndex;
    }
  }
  const headedAt = new Map<number, string>();
  for (const header of headers) {
    const written = personOfHeader(header);
    const person = persons.find((candidate) => compatible(candidate, written));
    if (!person) continue;
    mentions.push({ start: header.start, end: header.end, kind: 'person', speaker: person.name });
    headedAt.set(header.mark, person.name);
  }
  mentions.sort((a, b) => a.start - b.start);
  const named = withNamedDescriptions(text, withoutPhotoCaptions(text, mentions));
  genderFromReportedSelf(outside, named, persons);
  genderFromOwnPossessive(outside, named, persons);
  return { persons, bodies: [...bodies], mentions: withDocumentIssuers(outside, named), headedAt };
}

/**
 * "Parry revealed", "but Parry countered": a capitalised word the tagger reads as a verb, straight before a reporting
 * verb, is its subject (two finite verbs do not follow each other), so a name; so is one between an article and a
 * name ("the Associated Press").
 */
function withNamesTakenForVerbs(words: readonly TaggedWord[]): TaggedWord[] {
  return words.map((word, index) => {
    const next = words[index + 1];
    // "the Associated Press": a capitalised word between an article and a name is the name's, not a verb.
    const beforeName =
      /^\p{Ll}/u.test(words[index - 1]?.text ?? '') &&
      words[index - 1]?.pos === 'DET' &&
      next?.pos === 'PROPN' &&
      CAPITALISED.test(next.text);
    return word.pos === 'VERB' &&
      CAPITALISED.test(word.text) &&
      ((next?.pos === 'VERB' && reportingVerbAt(next.text, words[index + 2]?.text) !== null) || beforeName)
      ? { ...word, pos: 'PROPN' }
      : word;
  });
}

/**
 * "The shadow foreign secretary, Michael Ancram, welcomed": a description set off before a name by commas is that
 * person, whoever else the document gives a title like it; so is the same description written again later ("The
 * Archbishop of Canterbury said:"), unless the document sets it before two different names.
 */
function withNamedDescriptions(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const wordsOf = (mention: EntityMention) =>
    text.slice(mention.start, mention.end).toLowerCase().split(/\s+/).join(' ');
  /** Each description set before a name: the person (null for several) and where it was first so set. */
  const named = new Map<string, { speaker: string | null; from: number }>();
  const resolved = mentions.map((mention, index) => {
    const name = mentions[index + 1];
    const describes =
      (mention.kind === 'person' || (mention.kind === 'anonymous' && mention.person === true)) &&
      /^the\s/i.test(text.slice(mention.start, mention.end)) &&
      name?.kind === 'person' &&
      /^,\s*$/.test(text.slice(mention.end, name.start)) &&
      text[name.end] === ',';
    if (!describes) return mention;
    const description = wordsOf(mention);
    const earlier = named.get(description);
    named.set(description, {
      speaker: earlier === undefined || earlier.speaker === name.speaker ? name.speaker : null,
      from: earlier?.from ?? mention.start,
    });
    return { start: mention.start, end: mention.end, kind: 'person' as const, speaker: name.speaker };
  });
  return resolved.map((mention) => {
    const description = mention.kind === 'anonymous' ? named.get(wordsOf(mention)) : undefined;
    return description?.speaker && mention.start > description.from
      ? { start: mention.start, end: mention.end, kind: 'person', speaker: description.speaker }
      : mention;
  });
}

/**
 * "Sir Robert Watson-Watt", "Chou En-lai": wink splits a hyphenated name at the hyphen; joined again, it is one name
 * word, as "post-war" is one word.
 */
function withHyphenatedNames(text: string, words: readonly TaggedWord[]): TaggedWord[] {
  const joined: TaggedWord[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as TaggedWord;
    const hyphen = words[index + 1];
    const next = words[index + 2];
    const before = joined.at(-1);
    // "Park Won-soon": a given name of two short syllables after a capitalised word, whatever the tagger reads either
    // as ("park", "won"), makes both a name.
    if (
      before !== undefined &&
      hyphen?.text === '-' &&
      next !== undefined &&
      hyphen.start === word.end &&
      next.start === hyphen.end &&
      /^\p{Lu}\p{Ll}+$/u.test(before.text) &&
      text.slice(before.end, word.start) === ' ' &&
      SHORT_SYLLABLES_GIVEN_NAME.test(text.slice(word.start, next.end))
    ) {
      joined[joined.length - 1] = { ...before, pos: 'PROPN' };
      joined.push({ text: text.slice(word.start, next.end), start: word.start, end: next.end, pos: 'PROPN' });
      index += 2;
      continue;
    }
    if (
      hyphen?.text === '-' &&
      next !== undefined &&
      hyphen.start === word.end &&
      next.start === hyphen.end &&
      ((word.pos === 'PROPN' && CAPITALISED.test(word.text) && /^\p{L}/u.test(next.text)) ||
        // "Mohammed al-Sabban": a lower-case particle joined to a capitalised name.
        (/^(?:al|el|bin|ibn)$/.test(word.text) && /^\p{Lu}/u.test(next.text)))
    ) {
      joined.push({ text: text.slice(word.start, next.end), start: word.start, end: next.end, pos: 'PROPN' });
      index += 2;
    } else joined.push(word);
  }
  return joined;
}

/** "Ahmed 'Mido' Hossam": one capitalised word in quotation marks between a forename and the name's next word. */
const QUOTED_NICKNAME = /(\p{Lu}[\p{L}-]*) ['\u2018"\u201C](\p{Lu}[\p{L}-]*)['\u2019"\u201D] (?=\p{Lu})/gu;

/**
 * "Ahmed 'Mido' Hossam", "Brian 'Head' Welch": a nickname set in quotation marks inside a name is no word of the name
 * ("Ahmed Hossam", whose run skips it: see `isNicknameGap`) but another name of that person ("Mido said:"). Returns
 * the words without the nickname and its marks, and each nickname with where its name's forename starts.
 */
function withoutQuotedNicknames(
  text: string,
  words: readonly TaggedWord[],
): { readonly words: TaggedWord[]; readonly nicknames: Map<string, number> } {
  const nicknames = new Map<string, number>();
  const gaps: Span[] = [];
  for (const match of text.matchAll(QUOTED_NICKNAME)) {
    const [whole, forename, nickname] = match as unknown as [string, string, string];
    if (forenameGender(forename) === null) continue;
    nicknames.set(nickname, match.index);
    gaps.push({ start: match.index + forename.length, end: match.index + whole.length });
  }
  if (gaps.length === 0) return { words: [...words], nicknames };
  const inGap = (word: TaggedWord) => gaps.some((gap) => word.start > gap.start && word.end < gap.end);
  return { words: words.filter((word) => !inGap(word)), nicknames };
}

/** Whether the text between two words of a name is a quoted nickname (see `withoutQuotedNicknames`). */
function isNicknameGap(gap: string): boolean {
  return /^ ['\u2018"\u201C]\p{Lu}[\p{L}-]*['\u2019"\u201D] $/u.test(gap);
}

/**
 * "the 21-year-old", "the chart-topper": wink splits a lower-case compound at its hyphens; joined again, it is one
 * word, a noun if a part is one, else tagged as its last part is.
 */
function withHyphenatedCompounds(text: string, words: readonly TaggedWord[]): TaggedWord[] {
  const joined: TaggedWord[] = [];
  const part = (word: TaggedWord | undefined) => word !== undefined && /^[\p{Ll}\d]+$/u.test(word.text);
  for (let index = 0; index < words.length; index++) {
    const first = words[index] as TaggedWord;
    let last = index;
    while (
      words[last + 1]?.text === '-' &&
      words[last + 1]?.start === words[last]?.end &&
      words[last + 2]?.start === words[last + 1]?.end &&
      part(words[last + 2])
    )
      last += 2;
    if (last === index || !part(first)) {
      joined.push(first);
      continue;
    }
    const end = (words[last] as TaggedWord).end;
    // "director-general", "21-year-old": a compound with a noun in it names a thing or a person.
    const parts = words.slice(index, last + 1);
    const pos = parts.some((word) => word.pos === 'NOUN') ? 'NOUN' : (words[last] as TaggedWord).pos;
    joined.push({ text: text.slice(first.start, end), start: first.start, end, pos });
    index = last;
  }
  return joined;
}

/**
 * "Mikoyan declared:", "Once Peter asked,", "…”, snapped Maureen": a lone capitalised name that is the subject of a
 * reporting verb (before a finite verb, or after an inverted one) names someone who speaks, though the article never
 * gives a forename or title. Not a word WordNet makes a common person noun ("Democrats said").
 */
const MAX_SPEAKING_NAME_WORDS = 3;

function speakingNames(words: readonly TaggedWord[], runs: readonly NamedRun[]): Set<string> {
  const indexAt = new Map(words.map((word, index) => [word.start, index]));
  const names = new Set<string>();
  for (const run of runs) {
    // "Menzies Campbell said": a full name whose forename the list lacks speaks as a lone surname does.
    const name = run.nameWords.at(-1);
    if (run.nameWords.length > MAX_SPEAKING_NAME_WORDS || run.titles.length > 0 || !name) continue;
    // Not "Australian Lynton Crosby" or "Florida-based Republican": a word for a kind of person is no forename.
    // "Thae Yong-ho", "Moon Jae-in": a Korean given name's second syllable follows its hyphen in lower case.
    const plainName = (word: TaggedWord) =>
      /^\p{Lu}\p{Ll}+(?:['\u2019]\p{Lu}\p{Ll}+|-\p{L}\p{Ll}+)*$/u.test(word.text) &&
      (forenameGender(word.text) !== null || !SOME_PERSON_KIND.has(word.text));
    if (run.nameWords.length > 1 && !run.nameWords.every(plainName)) continue;
    const lower = name.text.toLowerCase();
    if (ROLE_NOUNS.has(lower) || ROLE_NOUNS.has(lower.replace(/s$/, ''))) continue;
    // "the American said": a lone word for a kind of person names no one, unless it is a forename.
    if (run.nameWords.length === 1 && SOME_PERSON_KIND.has(name.text) && forenameGender(name.text) === null) continue;
    // "Ex-BBC chat show host", "Pro-EU campaigners": a prefix hyphened to an initialism modifies; it names no one.
    if (/-\p{Lu}{2,}$/u.test(name.text)) continue;
    // "Moscow said", "Washington insists": a capital or a place speaks for its country, which the corpus-wide rules
    // name; it is no person of the document. Nor is a day ("Sanders during a Sunday thanked").
    if (
      countryForms.has(name.text) ||
      REGION_NAMES.has(name.text) ||
      (run.nameWords.length === 1 && FIRST_TIME_NAMES.has(name.text))
    )
      continue;
    const at = indexAt.get(name.start) ?? -1;
    let first = at - (run.nameWords.length - 1);
    // "said Al Breach": a particle the name leaves out ("Al", "Van") still stands between it and the verb.
    const particleBefore = (index: number) => {
      const word = words[index - 1];
      return word !== undefined && word.start >= run.span.start && NAME_PARTICLES.has(word.text.toLowerCase());
    };
    while (particleBefore(first)) first--;
    const next = words[at + 1];
    const before = words[first - 1];
    // "The star of Rain Man and Tootsie said": a name joined by "and" to one after a preposition is in its phrase.
    let conjunct = first - 2;
    if (/^(?:and|or)$/i.test(before?.text ?? ''))
      while (conjunct >= 0 && CAPITALISED.test(words[conjunct]?.text ?? '')) conjunct--;
    const afterPreposition =
      before?.pos === 'ADP' || (/^(?:and|or)$/i.test(before?.text ?? '') && words[conjunct]?.pos === 'ADP');
    // "The Tories also said": an adverb may stand between the name and its verb (not after a lone word opening its
    // sentence, which may be a common noun: "Organisations also represented").
    const opensSentence = before === undefined || /^[.!?"\u201C\u201D]$/.test(before.text);
    const adverbAfter =
      words[at + 1]?.pos === 'ADV' &&
      /^\p{Ll}/u.test(words[at + 1]?.text ?? '') &&
      (run.nameWords.length > 1 || !opensSentence);
    const verbAt = adverbAfter ? at + 2 : at + 1;
    const verbAfter = words[verbAt];
    // Not "the BitTorrent file-swapping system": a word hyphened to the next is no verb; nor "meetings in Sochi
    // discussed": a name after a preposition is not the verb's subject.
    const subjectFirst =
      !afterPreposition &&
      verbAfter?.pos === 'VERB' &&
      !/ing$/i.test(verbAfter.text) &&
      // "Polar Express is based on": a capitalised word the tagger takes for a verb goes on with the name.
      !/^\p{Lu}/u.test(verbAfter.text) &&
      !(words[verbAt + 1]?.text === '-' && words[verbAt + 1]?.start === verbAfter.end) &&
      reportingVerbAt(verbAfter.text, words[verbAt + 1]?.text) !== null;
    const opening = startOfRoleBefore(words, first);
    const verb = words[opening - 1];
    // "said Gartner's analyst Kobita Desai": a possessor after the verb is not its subject.
    const inverted =
      verb !== undefined &&
      verb.pos === 'VERB' &&
      reportingVerbAt(verb.text, words[opening]?.text) !== null &&
      /^[,\u201D"]$/.test(words[opening - 2]?.text ?? '') &&
      !/^['\u2019]s$/.test(next?.text ?? '');
    // "DiCaprio, who lost out to Foxx,": a relative clause about a lone name.
    // Not "the MP, who", "a Methodist, who": an initialism or a word for a kind of person is no name.
    const relative =
      run.nameWords.length === 1 &&
      /^\p{Lu}\p{Ll}/u.test(name.text) &&
      !SOME_PERSON_KIND.has(name.text) &&
      next?.text === ',' &&
      /^who$/i.test(words[at + 2]?.text ?? '');
    // Two words at most: "Farmer Geoff Brooks, a senior member of the Quorn hunt, told" opens with a role.
    const setOff =
      (run.nameWords.length <= 2 && appositiveBeforeVerb(words, at)) ||
      (!ROLE_NOUNS.has(run.nameWords[0]?.text.toLowerCase() ?? '') && unclosedTitleBeforeVerb(words, at));
    const described = run.nameWords.length <= 2 && describedAsPerson(words, at);
    // "…,” said one visitor, Peron Kwong, after": a name set off after the role an inverted verb's subject is given.
    const roleStart = before?.text === ',' ? startOfRoleBefore(words, first - 1) : first - 1;
    const determiner = /^(?:a|an|one|the)$/i.test(words[roleStart - 1]?.text ?? '') ? 1 : 0;
    const roleVerb = words[roleStart - 1 - determiner];
    const invertedBeforeRole =
      roleStart < first - 1 &&
      roleVerb?.pos === 'VERB' &&
      reportingVerbAt(roleVerb.text, undefined) !== null &&
      /^[,\u201D"]$/.test(words[roleStart - 2 - determiner]?.text ?? '') &&
      /^[,.]$/.test(next?.text ?? '');
    if (subjectFirst || inverted || relative || setOff || described || invertedBeforeRole)
      names.add(familyNameFirst(run.nameWords) ? (run.nameWords[0] as TaggedWord).text : name.text);
  }
  return names;
}

/** Lower-case words of a role description between an inverted reporting verb and a name ("said chief policy analyst"). */
const MAX_ROLE_WORDS = 4;
/** A possessive determiner before a title ("said his coach Peter Stanley", "said its chairman, Sir Anthony Greener"). */
export const POSSESSIVE_DETERMINER = /^(?:his|her|its|their)$/i;

/**
 * "said principal analyst Kobita Desai", "said his coach Peter Stanley", "said Gartner's analyst Kobita Desai": where
 * a role description, closed by a role noun in lower case, opens before the name starting at word `first`; `first`
 * itself when there is none.
 */
function startOfRoleBefore(words: readonly TaggedWord[], first: number): number {
  const role = words[first - 1];
  if (role?.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(role.text) || !(ROLE_NOUNS.has(role.text) || isTitleWord(role.text)))
    return first;
  let start = first - 1;
  // "said HVB analyst Peter-Thilo Halser": a capitalised name of a body modifies the role too.
  const modifies = (word: TaggedWord | undefined) =>
    word !== undefined &&
    (((word.pos === 'NOUN' || word.pos === 'ADJ') && /^\p{Ll}/u.test(word.text)) || word.pos === 'PROPN');
  while (start > first - MAX_ROLE_WORDS && modifies(words[start - 1])) start--;
  const owner = words[start - 1];
  if (POSSESSIVE_DETERMINER.test(owner?.text ?? '')) return start - 1;
  if (!/^['\u2019]s$/.test(owner?.text ?? '')) return start;
  let possessor = start - 1;
  while (possessor > start - 1 - MAX_SPEAKING_NAME_WORDS && CAPITALISED.test(words[possessor - 1]?.text ?? ''))
    possessor--;
  return possessor < start - 1 ? possessor : start;
}

const MAX_APPOSITIVE_WORDS = 8;

/**
 * "Allianz, a leading German insurer, said", "Shami Chakrabarti, director of civil liberties pressure group Liberty,
 * said": an appositive opened by "a" or a role noun, set off between a name and its verb.
 */
function appositiveBeforeVerb(words: readonly TaggedWord[], at: number): boolean {
  const opener = words[at + 2];
  // "Prassana Rambathla, one of Prof Reddy's graduate students, says": "one of" opens one as "a" does.
  const opens =
    /^(?:a|an)$/i.test(opener?.text ?? '') ||
    ROLE_NOUNS.has(opener?.text ?? '') ||
    (/^one$/i.test(opener?.text ?? '') && /^of$/i.test(words[at + 3]?.text ?? ''));
  if (words[at + 1]?.text !== ',' || !opens) return false;
  for (let index = at + 3; index <= at + 2 + MAX_APPOSITIVE_WORDS; index++) {
    const word = words[index];
    if (!word || word.pos === 'VERB' || word.pos === 'AUX') return false;
    if (word.text !== ',') continue;
    const verb = words[index + 1];
    return (
      verb?.pos === 'VERB' && !/ing$/i.test(verb.text) && reportingVerbAt(verb.text, words[index + 2]?.text) !== null
    );
  }
  return false;
}

/** Words between "a" and the role noun heading an appositive: "a visiting political science professor". */
const MAX_ROLE_MODIFIERS = 3;

/**
 * "Tobe Berkovitz, a professor of communication at Boston University, points": a name set off by an appositive that a
 * word for a kind of person heads is a person's, whatever its verb.
 */
function describedAsPerson(words: readonly TaggedWord[], at: number): boolean {
  if (words[at + 1]?.text !== ',') return false;
  // "Venky Ganesan, managing director of Menlo Ventures, called": the article may be left out; "Vanita Gupta, the
  // former civil rights chief at the U.S. Department of Justice, said": or be "the".
  const first = /^(?:a|an|the)$/i.test(words[at + 2]?.text ?? '') ? at + 3 : at + 2;
  for (let index = first; index <= first + MAX_ROLE_MODIFIERS; index++) {
    const word = words[index];
    const modifier = ['NOUN', 'ADJ'].includes(word?.pos ?? '') || (index === first && /ing$/.test(word?.text ?? ''));
    if (!word || !/^\p{Ll}/u.test(word.text) || !modifier) return false;
    const after = words[index + 1];
    if (
      // "civil rights chief,": a role noun closing the phrase is a noun, though the tagger may take it for an adjective.
      (word.pos === 'NOUN' || word.pos === 'ADJ') &&
      // "Sumeet Singh, vice president of …": a title in lower case heads such a phrase as a role noun does.
      (ROLE_NOUNS.has(word.text) || isTitleWord(word.text)) &&
      (after === undefined || after.pos === 'ADP' || after.text === ',')
    )
      return true;
  }
  return false;
}

/** Words of a title set off after a name whose closing comma is left out: "Plaid Cymru health spokesman". */
export const MAX_UNCLOSED_TITLE_WORDS = 5;

/**
 * "Rhodri Glyn Thomas, Plaid Cymru health spokesman said:": a name, a comma, then a title of nouns and adjectives
 * ending in a title or role noun, straight before a reporting verb.
 */
function unclosedTitleBeforeVerb(words: readonly TaggedWord[], at: number): boolean {
  if (words[at + 1]?.text !== ',') return false;
  for (let index = at + 2; index <= at + 1 + MAX_UNCLOSED_TITLE_WORDS; index++) {
    const word = words[index];
    if (!word || !['ADJ', 'NOUN', 'PROPN'].includes(word.pos)) return false;
    const verb = words[index + 1];
    if (verb?.pos !== 'VERB' || /ing$/i.test(verb.text)) continue;
    const titled = isDesignation(word.text) || ROLE_NOUNS.has(word.text.toLowerCase());
    return titled && reportingVerbAt(verb.text, words[index + 2]?.text) !== null;
  }
  return false;
}

/**
 * "Jackie Jensen said he was through": a speaker reporting what he or she will do refers to themself, so the pronoun
 * straight after "<name> said (that)" or "<name>, who says" gives that person's gender (not over a title). It is a guess
 * too ("Esther Rantzen said he was "so lovely"" is about someone else), so where it and the forename list disagree the
 * gender is left unknown.
 */
const MAX_WORDS_BEFORE_REPORTED_SUBJECT = 3;
const isSubjectLead = (word: TaggedWord | undefined): boolean =>
  word !== undefined &&
  (word.text.toLowerCase() === 'that' || ['NOUN', 'PROPN', 'ADV'].includes(word.pos)) &&
  !(word.text.toLowerCase() in PRONOUNS);

function genderFromReportedSelf(
  words: readonly TaggedWord[],
  mentions: readonly EntityMention[],
  persons: readonly DocumentPerson[],
): void {
  const indexEndingAt = new Map(words.map((word, index) => [word.end, index]));
  const pronounGenderAt = new Map<number, Gender>();
  for (const mention of mentions)
    if (mention.kind === 'pronoun' && (mention.gender === 'male' || mention.gender === 'female'))
      pronounGenderAt.set(mention.start, mention.gender);
  for (const mention of mentions) {
    if (mention.kind !== 'person') continue;
    let verbIndex = (indexEndingAt.get(mention.end) ?? -2) + 1;
    // "Jones, who says she is innocent": the relative clause's verb reports the same speaker.
    if (words[verbIndex]?.text === ',' && words[verbIndex + 1]?.text.toLowerCase() === 'who') verbIndex += 2;
    const verb = words[verbIndex];
    if (!verb || reportingVerbAt(verb.text, words[verbIndex + 1]?.text)?.words !== 1) continue;
    // "said he", "said that he", "said Monday night he": a time or adverb may stand before the clause's subject.
    let next = verbIndex + 1;
    while (next <= verbIndex + MAX_WORDS_BEFORE_REPORTED_SUBJECT && isSubjectLead(words[next])) next++;
    const gender = pronounGenderAt.get(words[next]?.start ?? -1);
    const person = persons.find((candidate) => candidate.name === mention.speaker);
    if (gender && person && !person.genderFromTitle) {
      const listed = personGender(person.given);
      person.gender = listed === null || listed === gender ? gender : null;
    }
  }
}

/**
 * "Khan told an Indian news channel on her mobile phone": a possessive in the subject's own clause (before any other
 * verb, clause or person) is the subject's, so it gives a gender no forename or title gave ("Negar" is in no list).
 * Only fills what is unknown, and only where every such clause agrees.
 */
function genderFromOwnPossessive(
  words: readonly TaggedWord[],
  mentions: readonly EntityMention[],
  persons: readonly DocumentPerson[],
): void {
  const indexEndingAt = new Map(words.map((word, index) => [word.end, index]));
  // Someone else in the clause may own it ("told the minister about his"); a place or nationality does not.
  const someoneAt = new Set(
    mentions
      .filter(
        (mention) =>
          mention.kind === 'person' ||
          mention.kind === 'pronoun' ||
          (mention.kind === 'anonymous' && mention.person === true),
      )
      .map((mention) => mention.start),
  );
  const votes = new Map<DocumentPerson, Set<Gender>>();
  for (const mention of mentions) {
    if (mention.kind !== 'person') continue;
    const person = persons.find((candidate) => candidate.name === mention.speaker);
    if (!person || person.gender !== null) continue;
    let index = (indexEndingAt.get(mention.end) ?? -2) + 1;
    while (words[index]?.pos === 'AUX') index++;
    if (words[index]?.pos !== 'VERB') continue;
    for (index++; index < words.length; index++) {
      const word = words[index] as TaggedWord;
      if (someoneAt.has(word.start) || ['VERB', 'AUX', 'SCONJ', 'PUNCT'].includes(word.pos)) break;
      const lower = word.text.toLowerCase();
      const possessed = ['ADJ', 'NOUN', 'NUM', 'PROPN'].includes(words[index + 1]?.pos ?? '');
      const gender: Gender | null = lower === 'his' ? 'male' : lower === 'her' && possessed ? 'female' : null;
      if (gender === null && word.pos === 'PRON') break;
      if (gender === null) continue;
      votes.set(person, (votes.get(person) ?? new Set()).add(gender));
      break;
    }
  }
  for (const [person, genders] of votes) if (genders.size === 1) person.gender = [...genders][0] ?? null;
}

/**
 * Lines closed by a photographer's credit: an agency or "Photo" joined by a slash to a name ("REUTERS/Stephanie
 * Keith"), or "Photo:" and a name joined by a slash to an agency ("Photo: yves herman/Reuters").
 */
const PHOTO_CAPTIONS = [
  /(?:\b\p{Lu}{2,}|\bPhoto|\bImages)\/\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}\s*$/u,
  /\bPhoto: [\p{L}.' -]{1,40}\/\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2}\s*$/u,
];

/**
 * "Nikki Haley delivers remarks at the U.N. … REUTERS/Stephanie Keith": a picture's caption, a line closed by its
 * photographer's credit, stands outside the story, so no one it names is whom a later he, she or description means.
 */
function withoutPhotoCaptions(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const captions: Span[] = [];
  for (const line of text.matchAll(/[^\n]+/g))
    if (PHOTO_CAPTIONS.some((caption) => caption.test(line[0])))
      captions.push({ start: line.index, end: line.index + line[0].length });
  if (captions.length === 0) return [...mentions];
  return mentions.filter(
    (mention) => !captions.some((caption) => mention.start >= caption.start && mention.end <= caption.end),
  );
}

/** Adjectives that may stand before the head of "In a new report, the Electoral Commission says". */
const MAX_DOCUMENT_MODIFIERS = 2;
/** Words between the article and the head of a document set off after its issuer: "in a Dec. 13 letter". */
const MAX_SET_OFF_DOCUMENT_MODIFIERS = 3;
const SET_OFF_MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Words from a document's head to the "by" of its passive: "The report, which runs to 40 pages, was released by". */
const MAX_PASSIVE_AGENT_DISTANCE = 12;

/**
 * The agent of a passive whose subject is the document headed at word `head`, in the same sentence, if any. An aside
 * set off by commas is stepped over: its own passive ("whose list of signatories was led by") is about something else.
 */
function passiveAgentAfter(
  words: readonly TaggedWord[],
  head: number,
  mentionFrom: (index: number) => EntityMention | undefined,
): EntityMention | undefined {
  for (let index = head + 1; index < words.length && index <= head + MAX_PASSIVE_AGENT_DISTANCE; index++) {
    const word = words[index] as TaggedWord;
    if (/^[.;!?]$/.test(word.text)) return undefined;
    if (word.text === ',') {
      while (index + 1 < words.length && !/^[,.;!?]$/.test(words[index + 1]?.text ?? '')) index++;
      if (words[index + 1]?.text !== ',') return undefined;
      index++;
      continue;
    }
    if (!/^(?:is|was|are|were|been|being)$/i.test(word.text)) continue;
    let verb = index + 1;
    while (words[verb]?.pos === 'ADV') verb++;
    if (words[verb]?.pos !== 'VERB' || words[verb + 1]?.text.toLowerCase() !== 'by') return undefined;
    // "The letter, dated May 2, was obtained by CNN": a reader of it is no issuer.
    if (!ISSUING_PARTICIPLES.has(words[verb]?.text.toLowerCase() ?? '')) return undefined;
    return mentionFrom(verb + 2);
  }
  return undefined;
}

/** How many words (a possessive and a role: "Buhari's spokesman") may stand between an inverted verb and its subject. */
const MAX_INVERTED_SUBJECT_LEAD = 4;

/**
 * "the council's resolution", "the report of the Tax Court", "a report by the Commons committee", "The letter, from
 * the Home Office," or "a World Bank report", then "according to the resolution": a document named by its head alone
 * speaks for whoever the document last said issued one of that kind. So does the subject a clause "In a new report,"
 * opens, the subject that "says in a report", and the one an inverted verb has ("said … Garba Shehu in a statement").
 */
function withDocumentIssuers(words: readonly TaggedWord[], mentions: readonly EntityMention[]): EntityMention[] {
  const endingAt = new Map(mentions.map((mention) => [mention.end, mention]));
  const startingAt = new Map(mentions.map((mention) => [mention.start, mention]));
  // A mention opening at a word or, past "the", at the next ("by the Home Office").
  const mentionFrom = (index: number) =>
    startingAt.get(words[index]?.start ?? -1) ??
    (words[index]?.text.toLowerCase() === 'the' ? startingAt.get(words[index + 1]?.start ?? -1) : undefined);
  const indexAt = new Map(words.map((word, index) => [word.start, index]));
  const issued: { readonly at: number; readonly head: string; readonly issuer: string }[] = [];
  words.forEach((word, index) => {
    const head = word.text.toLowerCase();
    if (!DOCUMENT_HEADS.has(head)) return;
    const possessive = /^['\u2019]s$/.test(words[index - 1]?.text ?? '')
      ? endingAt.get(words[index - 2]?.end ?? -1)
      : undefined;
    const after = words[index + 1]?.text === ',' ? index + 2 : index + 1;
    const of = /^(?:of|by|from)$/.test(words[after]?.text ?? '') ? mentionFrom(after + 1) : undefined;
    // "The majority report issued by the Senate Intelligence Committee": a participle's agent issued it.
    const issuedBy =
      ISSUING_PARTICIPLES.has(words[index + 1]?.text.toLowerCase() ?? '') && /^by$/i.test(words[index + 2]?.text ?? '')
        ? mentionFrom(index + 3)
        : undefined;
    // "according to a World Bank report": a name modifying the head issued it too.
    const modifier = endingAt.get(words[index - 1]?.end ?? -1);
    let opener = index - 1;
    while (opener > index - 1 - MAX_DOCUMENT_MODIFIERS && words[opener]?.pos === 'ADJ') opener--;
    const subject =
      /^(?:a|an|its|their|the)$/i.test(words[opener]?.text ?? '') &&
      /^in$/i.test(words[opener - 1]?.text ?? '') &&
      words[index + 1]?.text === ','
        ? mentionFrom(index + 2)
        : undefined;
    // "Oxfam says in a report", "the committee has warned in its report": the subject of the verb the report is in.
    let verb = opener - 2;
    while (words[verb]?.pos === 'ADV') verb--;
    let before = verb - 1;
    while (words[before]?.pos === 'AUX' || words[before]?.pos === 'ADV') before--;
    const sayer =
      /^(?:a|an|its|their|the)$/i.test(words[opener]?.text ?? '') &&
      /^in$/i.test(words[opener - 1]?.text ?? '') &&
      reportingVerbAt(words[verb]?.text ?? '', undefined) !== null
        ? endingAt.get(words[before]?.end ?? -1)
        : undefined;
    // "said Buhari's spokesman Garba Shehu in a statement": the inverted verb's subject, just before "in".
    const named =
      /^(?:a|an|its|their|the)$/i.test(words[opener]?.text ?? '') && /^in$/i.test(words[opener - 1]?.text ?? '')
        ? endingAt.get(words[opener - 2]?.end ?? -1)
        : undefined;
    const namedAt = named ? (indexAt.get(named.start) ?? -1) : -1;
    const inverted =
      named !== undefined &&
      words
        .slice(Math.max(0, namedAt - MAX_INVERTED_SUBJECT_LEAD), namedAt)
        .some((lead) => reportingVerbAt(lead.text, undefined) !== null)
        ? named
        : undefined;
    // "The Center for Biological Diversity, in a Dec. 13 letter, asked": a document set off after its issuer.
    let setOffOpener = index - 1;
    while (
      setOffOpener > index - 1 - MAX_SET_OFF_DOCUMENT_MODIFIERS &&
      SET_OFF_MODIFIER.has(words[setOffOpener]?.pos ?? '')
    )
      setOffOpener--;
    const setOff =
      /^(?:a|an|its|their)$/i.test(words[setOffOpener]?.text ?? '') &&
      /^in$/i.test(words[setOffOpener - 1]?.text ?? '') &&
      words[setOffOpener - 2]?.text === ',' &&
      words[index + 1]?.text === ','
        ? endingAt.get(words[setOffOpener - 3]?.end ?? -1)
        : undefined;
    // "The report, which runs to 40 pages, was released by the Sierra Club": a passive's agent.
    const agent = passiveAgentAfter(words, index, mentionFrom);
    const issuer = possessive ?? of ?? issuedBy ?? modifier ?? subject ?? sayer ?? inverted ?? setOff ?? agent;
    if (issuer && (issuer.kind === 'person' || issuer.kind === 'body'))
      issued.push({ at: word.start, head, issuer: issuer.speaker });
  });
  const indefinite = (mention: EntityMention) => /^an?$/i.test(words[indexAt.get(mention.start) ?? -1]?.text ?? '');
  return mentions.flatMap((mention) => {
    if (mention.kind !== 'body' || !mention.speaker.startsWith('the ')) return [mention];
    const head = mention.speaker.split(' ').at(-1) ?? '';
    const issuer = issued.findLast((entry) => entry.head === head && entry.at < mention.end)?.issuer;
    if (issuer) return [{ ...mention, speaker: issuer }];
    // "A statement from the band's record company Universal said": an issuer not found leaves the sentence's own
    // subject to the name after it.
    if (indefinite(mention)) return [];
    // "the report said", its issuer given nowhere: a document no name qualifies speaks for no one a reader could
    // check ("the Brookings study" names its source, and stays).
    const unqualified = /^the(?: \p{Ll}+)+$/u.test(mention.speaker);
    return DOCUMENT_HEADS.has(head) && unqualified
      ? [{ start: mention.start, end: mention.end, kind: 'anonymous' }]
      : [mention];
  });
}

function isSurnameAfterReportingVerb(
  word: TaggedWord,
  previous: TaggedWord | undefined,
  next: TaggedWord | undefined,
  persons: readonly DocumentPerson[],
): boolean {
  return (
    CAPITALISED.test(word.text) &&
    previous !== undefined &&
    reportingVerbAt(previous.text, word.text) !== null &&
    (next === undefined || /^[.,;:!?]$/.test(next.text)) &&
    persons.some((person) => person.given !== null && person.surname === word.text)
  );
}

function isSurnameBeforeVerb(
  word: TaggedWord,
  next: TaggedWord | undefined,
  persons: readonly DocumentPerson[],
): boolean {
  return (
    CAPITALISED.test(word.text) &&
    next !== undefined &&
    (next.pos === 'VERB' || next.pos === 'AUX') &&
    !/ing$/i.test(next.text) &&
    persons.some((person) => person.given !== null && person.surname === word.text)
  );
}

/**
 * "Democrats", "Tories": a name ending in the plural of a word for a kind of person, not opened by a forename, names
 * a group, which he or she never stands for; so does one ending in a plural title, whatever opens it ("Law Lords"),
 * and a lone initialism ("says BT").
 */
export function namesGroup(name: string): boolean {
  const words = name.split(' ');
  const last = words.at(-1) ?? '';
  const singular = last.endsWith('ies') ? `${last.slice(0, -3)}y` : last.slice(0, -1);
  if (/^\p{Lu}{2,}$/u.test(name)) return true;
  if (!/^\p{Lu}\p{Ll}+s$/u.test(last)) return false;
  if (isTitleWord(singular)) return words.length > 1;
  return (
    (SOME_PERSON_KIND.has(singular) || ROLE_NOUNS.has(singular.toLowerCase())) &&
    forenameGender(words[0] ?? '') === null
  );
}

const LOWER_WORDS = /^\s+((?:\p{Ll}+\s+){1,2})$/u;

/**
 * "Former Southampton manager Gordon Strachan", "Pompey chairman Milan Mandaric": capitalised words before a role
 * written in lower case that a full name follows say whose role it is.
 */
function modifiesRoleOfNext(text: string, run: NamedRun, next: NamedRun | undefined): boolean {
  if (!next || run.titles.length > 0 || next.nameWords.length < 2) return false;
  const between = LOWER_WORDS.exec(text.slice(run.span.end, next.span.start))?.[1];
  const role = between?.trim().split(/\s+/).at(-1);
  return role !== undefined && (isDesignation(role) || ROLE_NOUNS.has(role));
}

/** A determiner or possessive before a name used as a modifier: "the", "its", "their", "the festival's". */
const DETERMINER_BEFORE = /(?:\b(?:the|its|their|his|her)|['\u2019]s)\s+$/i;

/**
 * "the festival's Golden Kinnaree awards", "the Golden Globe nominations": capitalised words between a determiner
 * and a plural common noun name what the noun is, not a person; a reporting verb there is the name's own
 * ("the Smiths claims" stays a name).
 */
function modifiesNounAfter(text: string, run: NamedRun, posAt: ReadonlyMap<number, string>): boolean {
  if (run.titles.length > 0 || !DETERMINER_BEFORE.test(text.slice(Math.max(0, run.span.start - 12), run.span.start)))
    return false;
  const noun = /^ (\p{Ll}+s)\b/u.exec(text.slice(run.span.end, run.span.end + 30))?.[1];
  return noun !== undefined && posAt.get(run.span.end + 1) === 'NOUN' && reportingVerbAt(noun, undefined) === null;
}

/**
 * "Kim Jong Un … Blue House spokesman Kim Eui-kyeom": a word the document writes as a family name before a hyphenated
 * given name is the family name of every name it opens, whose given name may be written in two parts ("Jong Un"), so
 * "Kim said" is the Kim it named first rather than whoever else the surname lookup finds.
 */
function withFamilyNamesFirst(persons: DocumentPerson[]): void {
  const families = new Set(
    persons.filter((person) => person.name.startsWith(`${person.surname} `)).map((person) => person.surname),
  );
  for (const [index, person] of persons.entries()) {
    const [first, ...rest] = person.name.split(' ');
    if (first === undefined || rest.length === 0 || !families.has(first) || person.surname === first) continue;
    persons[index] = { ...person, surname: first, given: rest.join(' ') };
  }
}

/**
 * "Liverpool's new stadium in Stanley Park": a name of two words or more with no title, straight after "in" and not a
 * possessor, is where something is, a place named after someone; a person the story names elsewhere stays a person.
 */
function placeAfterIn(text: string, run: NamedRun): boolean {
  return (
    run.titles.length === 0 &&
    run.nameWords.length > 1 &&
    !/^['\u2019]s\b/u.test(text.slice(run.span.end, run.span.end + 3)) &&
    /(?:^|\s)in $/.test(text.slice(Math.max(0, run.span.start - 4), run.span.start))
  );
}

/**
 * "Shares in Cairn Energy have jumped …. Cairn said": a lone word taken for a person, with no forename, title or
 * gender, that opens exactly one longer name in the document (no person's, nor one closed by a person's name) is short
 * for that name, a firm's: it speaks as the whole name.
 */
function namePersonsByLongerRun(
  text: string,
  runs: readonly NamedRun[],
  persons: DocumentPerson[],
  wordNet: WordNet,
): void {
  for (const [index, person] of persons.entries()) {
    // "Xu Jinguo, who advises the Chinese government, …. Mr. Xu said": after a courtesy title, a word that opens one
    // longer name, no person's, is the family name a Chinese name writes first, when the given name after it is no
    // English word ("Mr Mittal" is no "Mittal Steel").
    const courtesy = person.titles.size > 0 && [...person.titles].every(isCourtesyTitle);
    if (
      person.given !== null ||
      person.name.includes(' ') ||
      ((person.titles.size > 0 || person.gender !== null) && !courtesy)
    )
      continue;
    const longer = new Set(
      runs
        .filter((run) => run.titles.length === 0)
        .map((run) => text.slice(run.span.start, run.span.end))
        // "the Trump administration", "the Amtrak service": a common noun after the word is what it modifies, no
        // firm's name it is short for.
        .filter(
          (name) => name.startsWith(`${person.surname} `) && name.split(' ').every((word) => /^\P{Ll}/u.test(word)),
        ),
    );
    const [whole] = longer;
    const english = (whole?.split(' ').slice(1) ?? []).some((word) => isCommonWord(word.toLowerCase(), wordNet));
    // "Tesla CEO Elon Musk" names a person of the document, not a firm "Tesla" is short for.
    if (
      longer.size !== 1 ||
      whole === undefined ||
      (courtesy && english) ||
      persons.some((other) => other.name === whole || whole.endsWith(` ${other.name}`))
    )
      continue;
    persons[index] = { ...person, name: whole };
  }
}

/** A misspelt surname is no shorter than this: one letter away, shorter names are often other people's. */
const MIN_MISSPELT_SURNAME = 6;
/** Shorter ones count only with a doubled letter written once, or a single one doubled ("Mr Barot" for Barrot). */
const MIN_DOUBLING_SURNAME = 4;

/** "Barot" and "Barrot": the same letters but for one of a doubled pair. */
function doublingDiffers(a: string, b: string): boolean {
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  if (longer.length !== shorter.length + 1) return false;
  return [...longer].some(
    (letter, index) => letter === longer[index + 1] && longer.slice(0, index) + longer.slice(index + 1) === shorter,
  );
}

/**
 * "Mr Mukerjee" for Pranab Mukherjee: one letter away inside the name, its last two letters kept ("Browne" and
 * "Abbott" differ at the end, where surnames of different families do).
 */
const editsInside = (a: string, b: string): boolean => a.slice(-2) === b.slice(-2) && oneEditApart(a, b);

/**
 * "“…,” said Daveport" in an article about Lindsay Davenport: a lone surname the document never gives in full, one
 * letter away from the surname of exactly one person it does give in full, is that surname misspelt. With a title
 * ("Mr Montieth says" about David Monteith) only two letters swapped, or one edit inside the name, count: "Mr
 * Browne" beside Gordon Brown is often another man. A surname of four or five letters counts only by a doubled letter
 * ("Mr Barot" for Jacques Barrot). Such names leave the people of the document and map to whom they stand for.
 */
function misspeltSurnames(persons: DocumentPerson[]): Map<string, DocumentPerson> {
  const misspelt = new Map<string, DocumentPerson>();
  for (const person of [...persons]) {
    if (person.given !== null || person.surname.length < MIN_DOUBLING_SURNAME) continue;
    const short = person.surname.length < MIN_MISSPELT_SURNAME;
    // The other is named in full, or with a title ("Representative Hakeem Jeffries", whose forename no list knows).
    const near = persons.filter(
      (other) =>
        (other.given !== null || other.titles.size > 0) &&
        other.surname[0] === person.surname[0] &&
        (short
          ? doublingDiffers(other.surname, person.surname)
          : person.titles.size === 0
            ? oneEditApart(other.surname, person.surname)
            : (swapsTwoNeighbours(other.surname, person.surname) || editsInside(other.surname, person.surname)) &&
              (person.gender === null || other.gender === null || person.gender === other.gender)),
    );
    if (near.length !== 1) continue;
    misspelt.set(person.surname, near[0] as DocumentPerson);
    persons.splice(persons.indexOf(person), 1);
  }
  return misspelt;
}

/**
 * Whom a lone surname stands for. "Air China is hiring …. jobs in China": a country's name alone, untitled, is the
 * country, not the last word of a name with no forename ("Michael Jordan … Jordan said" has one; "Baroness Scotland"
 * a title).
 */
function surnameBearer(
  persons: readonly DocumentPerson[],
  person: DocumentPerson,
  gender: Gender | null,
  titles: readonly string[],
): DocumentPerson | null {
  const bearer = personBySurname(persons, person.surname, gender, titles, person.suffix, person.introducedAt);
  const country = countryNames.has(person.surname) && titles.length === 0;
  return country && forenameGender(bearer?.given ?? null) === null ? null : bearer;
}

function mentionOfRun(
  run: NamedRun,
  persons: readonly DocumentPerson[],
  recent: readonly string[],
  misspelt: ReadonlyMap<string, DocumentPerson>,
  otherNames: ReadonlyMap<string, DocumentPerson>,
): EntityMention | null {
  if (run.body !== null) {
    // "Maya D. Song … Song said": a surname the document gives in full is that person, though WordNet knows a group.
    const bearer = GROUP_WORDS.has(run.body) ? personBySurname(persons, run.body, null, []) : null;
    return bearer
      ? { ...run.span, kind: 'person', speaker: bearer.name }
      : { ...run.span, kind: 'body', speaker: run.body };
  }
  const person = personFrom(run);
  if (!person) {
    const role = roleHolder(persons, run.titles, recent);
    if (role) return { ...run.span, kind: 'person', speaker: role.name };
    // "Elaine Duke …. Duke said": a lone title word that is the surname of one person the document names in full.
    const [only] = run.titles;
    const bearers = persons.filter((other) => other.given !== null && other.surname.toLowerCase() === only);
    return run.titles.length === 1 &&
      run.span.end - run.span.start === only?.length &&
      bearers.length === 1 &&
      bearers[0]
      ? { ...run.span, kind: 'person', speaker: bearers[0].name }
      : null;
  }
  const gender = run.titles.map(genderOfTitle).find((value) => value !== null) ?? null;
  const known =
    (run.nameWords.length === 1 ? otherNames.get(person.surname) : undefined) ??
    (run.nameWords.length > 1
      ? (persons.find((other) => compatible(other, person)) ?? laterWithoutSuffix(persons, person))
      : (surnameBearer(persons, person, gender, run.titles) ?? misspelt.get(person.surname))) ??
    (run.titles.some(isCourtesyTitle)
      ? null
      : personByForenames(
          persons,
          run.nameWords.map((word) => word.text),
          run.titles,
        ));
  if (known) return { ...run.span, kind: 'person', speaker: known.name };
  // "Matchwinner Keane was another full of praise": two words that name no one the document gives (no forename of
  // theirs), the last the surname of one person it names in full, are an epithet and that surname.
  const surname = run.nameWords[1]?.text;
  const bearers = persons.filter((other) => other.given !== null && other.surname === surname);
  return run.titles.length === 0 && run.nameWords.length === 2 && bearers.length === 1 && bearers[0]
    ? { ...run.span, kind: 'person', speaker: bearers[0].name }
    : { ...run.span, kind: 'anonymous' };
}

/** Two letters are too likely another initialism's ("MS", "DC"). */
const MIN_PERSON_INITIALS = 3;

/**
 * "Mohammed bin Salman … MBS said", "Ruth Bader Ginsburg … RBG": news writes some people of three or more names
 * (a lower-case particle, a middle initial or a hyphenated part counts) by their initials, so initials that one person
 * of the document has, and no other, stand for that person.
 */
function personsByInitials(persons: readonly DocumentPerson[]): Map<string, DocumentPerson> {
  const byInitials = new Map<string, DocumentPerson[]>();
  for (const person of persons) {
    if (person.given === null) continue;
    const parts = person.name.split(/[\s-]+/).filter((part) => /^\p{Lu}/u.test(part) || NAME_PARTICLES.has(part));
    if (parts.length < MIN_PERSON_INITIALS) continue;
    const letters = parts.map((part) => (part[0] as string).toUpperCase()).join('');
    byInitials.set(letters, [...(byInitials.get(letters) ?? []), person]);
  }
  return new Map(
    [...byInitials].flatMap(([letters, bearers]) =>
      bearers.length === 1 ? [[letters, bearers[0] as DocumentPerson]] : [],
    ),
  );
}

/**
 * "says Carlos Alzugaray Treto, … Alzugaray says": a name inside the name of one person of three or more names who
 * speaks, which no one written with a forename has as surname, is that person's first surname (Spanish and Portuguese
 * names carry two) or maiden name ("Hillary Rodham Clinton"). Only a speaker's: capitalised headline words run into a
 * name ("Mitch McConnell Addison", "LeBron James Nike shoe") make no speaker.
 */
function innerSurnames(persons: readonly DocumentPerson[], speaking: ReadonlySet<string>): Map<string, DocumentPerson> {
  const holders = new Map<string, DocumentPerson[]>();
  for (const person of persons) {
    const names = person.name.split(' ');
    if (names.length < 3 || !speaking.has(person.surname)) continue;
    for (const inner of names.slice(1, -1))
      if (!INITIAL.test(inner) && !persons.some((other) => other.given !== null && other.surname === inner))
        holders.set(inner, [...(holders.get(inner) ?? []), person]);
  }
  return new Map(
    [...holders].flatMap(([inner, people]) => (people.length === 1 ? [[inner, people[0] as DocumentPerson]] : [])),
  );
}

/**
 * The one person whose name opens with `words` and goes on ("Willie" for Willie Chisholm, "Long Jim" for Long Jim
 * Barnes), when no person has the last of them as a surname; null when none or several. Words written after a
 * title that goes before a given name ("Prince Saud") are only someone's written with that title too.
 */
function personByForenames(
  persons: readonly DocumentPerson[],
  words: readonly string[],
  titles: readonly string[],
): DocumentPerson | null {
  if (persons.some((person) => person.surname === words.at(-1) && person.name.split(' ').length > words.length))
    return null;
  const opening = `${words.join(' ')} `;
  const givenNameTitles = titles.filter(takesGivenName);
  const holders = persons.filter(
    (person) => person.name.startsWith(opening) && givenNameTitles.every((title) => person.titles.has(title)),
  );
  return holders.length === 1 ? (holders[0] as DocumentPerson) : null;
}

/** The one person of the document holding every given title, or the latest mentioned of several. */
function roleHolder(
  persons: readonly DocumentPerson[],
  titles: readonly string[],
  recent: readonly string[],
): DocumentPerson | null {
  if (titles.length === 0) return null;
  // "Sen. John McCain … the senator": an abbreviated title is the office written out; "Representative Trent Franks
  // … the congressman": a synonym of it in WordNet's first sense is the same office.
  const holds = (person: DocumentPerson, title: string) =>
    person.titles.has(title) ||
    [...person.titles].some((held) => samePersonNoun(writtenOutTitle(held), writtenOutTitle(title)));
  const holders = persons.filter((person) => titles.every((title) => holds(person, title)));
  if (holders.length <= 1) return holders[0] ?? null;
  const latest = recent.findLast((name) => holders.some((person) => person.name === name));
  return holders.find((person) => person.name === latest) ?? null;
}

const MAX_DESCRIPTION_WORDS = 4;
/** A word of a description: letters and hyphens, or an age ("25-year-old"; not "The 6-foot 3-inch Hansen"). */
const DESCRIPTION_WORD = /^(?:[\p{L}-]+|\d+-year-old)$/u;
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,}$/u;
/** "the 21-year-old": an age standing for a person. */
const AGE = /^\d+-year-old$/;

/** "the Mayor", "the commission chairman", "the jury", "the Washington announcement": up to four words after "the". */
function descriptionAfter(
  words: readonly TaggedWord[],
  theIndex: number,
  persons: readonly DocumentPerson[],
  bodies: readonly string[],
  recent: readonly string[],
): { mention: EntityMention; lastIndex: number } | null {
  const the = words[theIndex] as TaggedWord;
  // "whose movie The Aviator", "presents The Weakest Link": a capitalised "The" inside a sentence opens the title of
  // a work, which is nobody.
  const before = words[theIndex - 1];
  if (
    the.text === 'The' &&
    before !== undefined &&
    /^[\p{L}\d](?:.*[\p{L}\d])?$/u.test(before.text) &&
    the.start === before.end + 1
  ) {
    let last = theIndex;
    while (
      CAPITALISED.test(words[last + 1]?.text ?? '') &&
      words[last + 1]?.start === (words[last] as TaggedWord).end + 1
    )
      last++;
    if (last === theIndex) return null;
    const title = { start: the.start, end: (words[last] as TaggedWord).end };
    return { mention: { ...title, kind: 'anonymous', person: false }, lastIndex: last };
  }
  // "the DNC said": an initialism the document names as a speaker is that name, not a description.
  const initialism = words[theIndex + 1]?.text ?? '';
  if (/^\p{Lu}{2,6}$/u.test(initialism) && (bodies.includes(initialism) || persons.some((p) => p.name === initialism)))
    return null;
  // "The RAC welcomed the news": an initialism after "the", not a word for a kind of person ("the MP") or a country
  // ("the US", which the corpus-wide rules name) and heading its phrase, is the body it stands for.
  const afterInitialism = words[theIndex + 2];
  if (
    INITIALISM.test(initialism) &&
    !isDesignation(initialism) &&
    !countryForms.has(initialism) &&
    !['NOUN', 'PROPN'].includes(afterInitialism?.pos ?? '') &&
    afterInitialism?.text !== "'s"
  ) {
    const initialismWord = words[theIndex + 1] as TaggedWord;
    return {
      mention: {
        start: (words[theIndex] as TaggedWord).start,
        end: initialismWord.end,
        kind: 'body',
        speaker: initialism,
      },
      lastIndex: theIndex + 1,
    };
  }
  // "The Tories called it", "the Law Lords said": a plural name the document has for someone who speaks is that
  // group, not a description ("the American", "the Weakest Link" are; a noun after it makes it a modifier).
  let nameEnd = theIndex + 1;
  while (words[nameEnd]?.pos === 'PROPN' && nameEnd - theIndex <= MAX_DESCRIPTION_WORDS) nameEnd++;
  const named = words
    .slice(theIndex + 1, nameEnd)
    .map((word) => word.text)
    .join(' ');
  const plural = /\p{Ll}s$/u.test(named) && !SOME_PERSON_KIND.has(named);
  // "the Islamic State called Kobani": so is a name of two words or more the document has for someone who speaks,
  // before its verb ("at the Nou Camp in 2000" is a place).
  const long =
    nameEnd > theIndex + 2 &&
    !SOME_PERSON_KIND.has(words[nameEnd - 1]?.text ?? '') &&
    ['VERB', 'AUX'].includes(words[nameEnd]?.pos ?? '');
  if (
    nameEnd > theIndex + 1 &&
    (plural || long) &&
    words[nameEnd]?.pos !== 'NOUN' &&
    persons.some((p) => p.name === named)
  )
    return null;
  for (let offset = 1; offset <= MAX_DESCRIPTION_WORDS; offset++) {
    const word = words[theIndex + offset];
    const next = words[theIndex + offset + 1];
    // "said the U.S. president": a place's dotted initials may modify the head, never be it.
    const dottedModifier =
      DOTTED_INITIALS.test(word?.text ?? '') &&
      ['NOUN', 'ADJ'].includes(next?.pos ?? '') &&
      /^\p{Ll}/u.test(next?.text ?? '');
    if (!word || !(DESCRIPTION_WORD.test(word.text) || dottedModifier) || !['NOUN', 'PROPN', 'ADJ'].includes(word.pos))
      return null;
    // "the Musicians' Union", "the Women's Institute": a name with a possessive inside is the run's, not a description.
    if (next?.text === "'" && next.start === word.end && word.pos === 'PROPN') return null;
    if (kindPossessiveAt(words, theIndex + offset)) return null;
    // "In the Cosmopolitan article Mr Howard said", "For the Lib Dems David Laws said": a courtesy title, or a
    // person's name the document gives in full, ends the description (not a body's head: "the Environmental Audit
    // Committee Peter Ainsworth" is the person's title).
    const fullNameAfter =
      next !== undefined &&
      !BODY_HEADS.has(word.text.toLowerCase()) &&
      forenameGender(next.text) !== null &&
      persons.some((person) => person.name.startsWith(`${next.text} ${words[theIndex + offset + 2]?.text ?? ''}`));
    // "the Lord Chancellor Lord Falconer": a title and the surname of someone the document names.
    const titledNameAfter =
      next !== undefined &&
      /^\p{Lu}/u.test(next.text) &&
      isTitleWord(next.text) &&
      persons.some((person) => person.surname === words[theIndex + offset + 2]?.text);
    const nameAfter = next !== undefined && (isCourtesyTitle(titleKey(next.text)) || fullNameAfter || titledNameAfter);
    // "said the Warriors chief": a role noun the tagger takes for an adjective still heads the description, when it
    // closes it.
    const roleClosing =
      next?.pos === 'ADJ' &&
      ROLE_NOUNS.has(next.text.toLowerCase()) &&
      !['NOUN', 'PROPN', 'ADJ'].includes(words[theIndex + offset + 2]?.pos ?? '');
    if (next && !nameAfter && (['NOUN', 'PROPN'].includes(next.pos) || roleClosing) && DESCRIPTION_WORD.test(next.text))
      continue;
    // "the French international defender", "the education select committee": an adjective after a modifier goes on
    // to the noun it modifies.
    const after = words[theIndex + offset + 2];
    if (
      next?.pos === 'ADJ' &&
      after?.pos === 'NOUN' &&
      /^[\p{L}-]+$/u.test(next.text) &&
      offset + 2 <= MAX_DESCRIPTION_WORDS
    )
      continue;
    const span = { start: the.start, end: word.end };
    const head = word.text.toLowerCase();
    // "the vice-president", "the president-elect": a hyphenated head is a title by its last part, or before "-elect";
    // "the three-judge-panel" is a panel.
    const parts = word.text.replace(/-elect$/i, '').split('-');
    // "the bishops" after "the United States Conference of Catholic Bishops": members named in the plural are the one
    // body the document names after them, whose names may differ in how they write a place ("U.S."), not in initials.
    const membersOf = /s$/.test(head) ? bodies.filter((body) => body.toLowerCase().endsWith(` ${head}`)) : [];
    const longest = membersOf.toSorted((a, b) => b.length - a.length)[0];
    if (longest !== undefined && offset === 1 && membersOf.every((body) => initialsOf(body) === initialsOf(longest)))
      return { mention: { ...span, kind: 'body', speaker: longest }, lastIndex: theIndex + offset };
    if (isDesignation(parts.at(-1) ?? '')) {
      // Titles keep no country ("U.S. President Donald Trump" is a president), so "the U.S. president" is only the
      // one president the document names, and "The U.S. ambassador to London Woody Johnson" is the name after it.
      const placed = words.slice(theIndex + 1, theIndex + offset).some((part) => DOTTED_INITIALS.test(part.text));
      if (placed && /^(?:to|of|for)$/.test(next?.text ?? '')) return null;
      const modifier = offset > 1 ? (words[theIndex + offset - 1] as TaggedWord).text.toLowerCase() : undefined;
      // "the Lions coach" is Lions coach Clive Woodward before Australia coach Eddie Jones: the modified title first.
      const holder =
        (modifier === undefined ? null : roleHolder(persons, [`${modifier}-${titleKey(head)}`], recent)) ??
        roleHolder(persons, [titleKey(head)], placed ? [] : recent);
      // "the Secretary of State": the title's "of" phrase belongs to the description; a name after it is no description.
      const ofPhrase = next?.text === 'of' && words[theIndex + offset + 2]?.pos === 'PROPN';
      const lastIndex = theIndex + offset + (ofPhrase ? 2 : 0);
      if (words[lastIndex + 1]?.pos === 'PROPN') return null;
      const whole = { start: span.start, end: (words[lastIndex] as TaggedWord).end };
      return {
        mention: holder
          ? { ...whole, kind: 'person', speaker: holder.name }
          : { ...whole, kind: 'anonymous', person: true },
        lastIndex,
      };
    }
    if (BODY_HEADS.has(head)) {
      const phrase = words
        .slice(theIndex + 1, theIndex + offset + 1)
        .map((part) => part.text)
        .join(' ');
      // "the Bank of England", "the Center for American Progress": the body's name goes on after its head, and its
      // run names it.
      const joiner = next?.text;
      if ((joiner === 'of' || joiner === 'for') && bodies.some((body) => body.startsWith(`${phrase} ${joiner} `)))
        return null;
      // "the Tax Court" is itself; "the Court" is the one court the document names, or stays "the Court" among several.
      // "the bureau" is the Federal Bureau of Investigation: before "of" or "for", a name's head comes first.
      const headOf = (body: string) => /^(?:.* )?(\p{L}+) (?:of|for) /u.exec(body)?.[1]?.toLowerCase();
      // "according to the report" is a document, not "the Drudge Report" named elsewhere: a document noun in lower
      // case is no short form of a name, and speaks for whoever issued it.
      const documentNoun = DOCUMENT_HEADS.has(head) && /^\p{Ll}/u.test(word.text);
      const sameHead = documentNoun
        ? []
        : bodies.filter((body) => body.toLowerCase().endsWith(head) || headOf(body) === head);
      // "the appeals court" is the U.S. Court of Appeals, not the Supreme Court: a body whose name has the head and a
      // word modifying it here, wherever its name puts them.
      const modifiers = words.slice(theIndex + 1, theIndex + offset).map((part) => part.text.toLowerCase());
      const modified = bodies.filter((body) => {
        const bodyWords = body.toLowerCase().split(/\s+/);
        return bodyWords.includes(head) && modifiers.some((modifier) => bodyWords.includes(modifier));
      });
      const introduced = namesIntroducedBy(words, head);
      const described = sameHead.length === 0 ? describedBodies(words, bodies, head) : [];
      // "the Tax Policy Center study": a document named by a body the document names speaks for that body.
      const issuer = DOCUMENT_HEADS.has(head) ? phrase.slice(0, -word.text.length - 1) : '';
      // "the Pew report": or by the first words of one body's name ("Pew Research Center").
      const issuedBy = issuer === '' ? [] : bodies.filter((body) => body.startsWith(`${issuer} `));
      const named = bodies.includes(phrase)
        ? phrase
        : bodies.includes(issuer)
          ? issuer
          : issuedBy.length === 1
            ? issuedBy[0]
            : modified.length === 1
              ? modified[0]
              : sameHead.length === 0 && described.length === 1
                ? described[0]
                : sameHead.length === 1
                  ? sameHead[0]
                  : sameHead.length === 0 && introduced.length === 1
                    ? introduced[0]
                    : undefined;
      return { mention: { ...span, kind: 'body', speaker: named ?? `the ${phrase}` }, lastIndex: theIndex + offset };
    }
    // "the Liberal Democrats": a body's own name after "the" is that body.
    const named = words
      .slice(theIndex + 1, theIndex + offset + 1)
      .map((part) => part.text)
      .join(' ');
    if (bodies.includes(named))
      return { mention: { ...span, kind: 'body', speaker: named }, lastIndex: theIndex + offset };
    // "the elder man", "the pilot", "the 21-year-old", "the 41-year-old chart-topper": someone unnamed, by a WordNet
    // person noun at the head, or an age.
    const aged = words.slice(theIndex + 1, theIndex + offset + 1).some((part) => AGE.test(part.text));
    // "the American", "the Dubliner": a capitalised word for a kind of person too, unless it may name a body ("The
    // Fed has said", "The Treasury said": no epithet for whoever was named last).
    const person =
      isWrittenRoleNoun(word.text) || aged || (SOME_PERSON_KIND.has(word.text) && !PERSON_OR_GROUP_KIND.has(word.text));
    return { mention: { ...span, kind: 'anonymous', person }, lastIndex: theIndex + offset };
  }
  return null;
}

/** Per document: where each head of a description set off by ", a …" stands (the index of the comma before it). */
const setOffDescriptions = new WeakMap<readonly TaggedWord[], ReadonlyMap<string, readonly number[]>>();

function setOffDescriptionsOf(words: readonly TaggedWord[]): ReadonlyMap<string, readonly number[]> {
  const cached = setOffDescriptions.get(words);
  if (cached) return cached;
  const byHead = new Map<string, number[]>();
  words.forEach((word, index) => {
    if (word.text !== ',' || !/^(?:a|an)$/i.test(words[index + 1]?.text ?? '')) return;
    let at = index + 2;
    while (words[at]?.pos === 'ADJ' && at < index + 2 + MAX_DESCRIPTION_WORDS) at++;
    const head = words[at];
    if (!head || words[at + 1]?.pos === 'NOUN') return;
    const key = head.text.toLowerCase();
    byHead.set(key, [...(byHead.get(key) ?? []), index]);
  });
  setOffDescriptions.set(words, byHead);
  return byHead;
}

/**
 * "The Working Families Party, a progressive group, … the group said": the bodies the document sets off with a
 * description of an article, adjectives and `head`.
 */
function describedBodies(words: readonly TaggedWord[], bodies: readonly string[], head: string): string[] {
  const found = new Set<string>();
  for (const comma of setOffDescriptionsOf(words).get(head) ?? [])
    for (const body of bodies) {
      const parts = body.split(' ');
      if (parts.every((part, offset) => words[comma - parts.length + offset]?.text === part)) found.add(body);
    }
  return [...found];
}

/** How often a name a kind noun introduces must be written for "the firm" to mean it: the story's own subject. */
const MIN_MENTIONS_OF_INTRODUCED_NAME = 3;

/** "copy protection firm Macrovision": the names a kind noun introduces, written straight after it. */
function namesIntroducedBy(words: readonly TaggedWord[], head: string): string[] {
  // Only words written one space apart: the list leaves quoted words out, so neighbours in it may not be in the text.
  const capitalisedAfter = (index: number) => {
    const word = words[index + 1];
    return word !== undefined && /^\p{Lu}/u.test(word.text) && word.start === (words[index] as TaggedWord).end + 1;
  };
  const names = new Set<string>();
  words.forEach((word, index) => {
    // Written in lower case: a capitalised head is part of the name before it ("Sinclair Broadcast Group Inc").
    if (
      word.text !== head ||
      words[index - 1]?.pos === 'DET' ||
      words[index + 1]?.pos !== 'PROPN' ||
      !capitalisedAfter(index)
    )
      return;
    let last = index + 1;
    while (capitalisedAfter(last)) last++;
    names.add(
      words
        .slice(index + 1, last + 1)
        .map((part) => part.text)
        .join(' '),
    );
  });
  // "Rival local club Manchester City", named once in a story about another club, is not the one "the club" means.
  const timesWritten = (name: string) =>
    words.filter((_, index) => {
      const parts = name.split(' ');
      return (
        parts.every((part, offset) => words[index + offset]?.text === part) &&
        !capitalisedAfter(index + parts.length - 1)
      );
    }).length;
  return [...names].filter((name) => timesWritten(name) >= MIN_MENTIONS_OF_INTRODUCED_NAME);
}

/**
 * "A report by the committee said", "a statement from the ministry warned": an indefinite document its issuer
 * follows is the issuer's, as "the report" is (see `withDocumentIssuers`), not no one's.
 */
function authoredDocumentAfter(
  words: readonly TaggedWord[],
  article: number,
): { mention: EntityMention; lastIndex: number } | null {
  let head = article + 1;
  while (head <= article + MAX_DOCUMENT_MODIFIERS && words[head]?.pos === 'ADJ') head++;
  const word = words[head];
  if (word === undefined || !DOCUMENT_HEADS.has(word.text) || !/^(?:by|from)$/.test(words[head + 1]?.text ?? ''))
    return null;
  const phrase = words
    .slice(article + 1, head + 1)
    .map((part) => part.text)
    .join(' ');
  const start = (words[article] as TaggedWord).start;
  return { mention: { start, end: word.end, kind: 'body', speaker: `the ${phrase}` }, lastIndex: head };
}

/**
 * "A Labour spokesman later said …. “…,” he said": an indefinite title opening its sentence brings someone new in,
 * whom a later he/she may stand for, so no one named earlier is. Not a generic person ("Getting a simulated person
 * to …") nor one in a clause beside the subject's ("when a reporter was standing near, Mickey volunteered").
 */
function unnamedPersonAfter(
  words: readonly TaggedWord[],
  articleIndex: number,
): { mention: EntityMention; lastIndex: number } | null {
  const article = words[articleIndex] as TaggedWord;
  const endsSentence = (word: TaggedWord | undefined) => word === undefined || /^[.!?"\u201D]$/.test(word.text);
  const before = words[articleIndex - 1];
  // "Trump was wrong, a spokesman for Theresa May said": or one opening a clause after a comma, not set off after a
  // name ("for Allen Weiner, a research director at Gartner,").
  const opensClause = before?.text === ',' && !['PROPN', 'PRON'].includes(words[articleIndex - 2]?.pos ?? '');
  if (!endsSentence(before) && !opensClause && !(before?.pos === 'CCONJ' && endsSentence(words[articleIndex - 2])))
    return null;
  for (let offset = 1; offset <= MAX_DESCRIPTION_WORDS; offset++) {
    const word = words[articleIndex + offset];
    // "A respected political insider": a participle before the head modifies it, whatever the tagger says.
    const participle = word?.pos === 'VERB' && /\p{Ll}ed$/u.test(word.text);
    if (!word || !DESCRIPTION_WORD.test(word.text) || (!['NOUN', 'PROPN', 'ADJ'].includes(word.pos) && !participle))
      return null;
    const next = words[articleIndex + offset + 1];
    // "In the Cosmopolitan article Mr Howard said": a courtesy title opens a name, which ends the description.
    const nameAfter = next !== undefined && isCourtesyTitle(titleKey(next.text));
    if (next && !nameAfter && ['NOUN', 'PROPN'].includes(next.pos) && DESCRIPTION_WORD.test(next.text)) continue;
    if (participle) continue;
    // "A respected political insider recently told me": any word for a kind of person, not only a title.
    if (!isDesignation(word.text) && !isWrittenRoleNoun(word.text)) return null;
    return {
      mention: { start: article.start, end: word.end, kind: 'anonymous', person: true },
      lastIndex: articleIndex + offset,
    };
  }
  return null;
}

/** A capitalised word joined by one space before a country's name, not opening its sentence: "Amnesty International UK". */
const NAME_WORD_BEFORE = /(?:^|[^\s.!?:"\u201C\u201D])\s+\p{Lu}[\p{L}&'\u2019-]* $/u;
/** A capitalised word after a country's name, or after its possessive: "China Daily", "Tennis Australia's Geoff". */
const NAME_WORD_AFTER = /^(?:['\u2019]s)? \p{Lu}/u;

/**
 * Whether a country's name is one word of a longer name ("Amnesty International UK", "Tennis Australia's Geoff
 * Pollard", "China Daily"): the body or person that name stands for, which the document did not make out, is not
 * the country; the country is then no mention, so a cue there names no one rather than the wrong one.
 */
function insideLongerName(text: string, span: Span): boolean {
  return (
    NAME_WORD_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)) ||
    NAME_WORD_AFTER.test(text.slice(span.end, span.end + 4))
  );
}

/**
 * Adds the corpus's known bodies and countries ("the State Department", "Washington") where the document's own
 * entities saw only an anonymous phrase or nothing; a person the document names always wins.
 */
export function withRegistryBodies(
  text: string,
  entities: DocumentEntities,
  registryBodies: readonly (Span & { readonly speaker: string })[],
): DocumentEntities {
  const bodyMentions = registryBodies.filter(
    (body) => !countryNames.has(body.speaker) || !insideLongerName(text, body),
  );
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  const replaceable = (mention: EntityMention) => mention.kind === 'anonymous' || mention.kind === 'body';
  // A body the document names ("the Court" after "the Tax Court") stays unless the corpus knows a fuller name of it.
  const replacedBy = (mention: EntityMention, body: Span & { readonly speaker: string }) =>
    overlaps(body, mention) &&
    // "the former Superior Court judge": a court in a person's description is where the person works, not who spoke.
    ((mention.kind === 'anonymous' && mention.person !== true) ||
      (mention.kind === 'body' && (mention.speaker.startsWith('the ') || body.speaker.endsWith(mention.speaker))));
  const kept = entities.mentions.filter(
    (mention) => !replaceable(mention) || !bodyMentions.some((body) => replacedBy(mention, body)),
  );
  // "the State Department statement" speaks for the State Department: the longer phrase keeps its span.
  const added = bodyMentions
    .filter((body) => !kept.some((mention) => overlaps(mention, body)))
    .map((body): EntityMention => {
      const phrase = entities.mentions.find(
        (mention) => replaceable(mention) && mention.start <= body.start && mention.end >= body.end,
      );
      const span = { start: phrase?.start ?? body.start, end: phrase?.end ?? body.end };
      // "the Washington announcement": a document from a place does not say which body of it spoke.
      const head = phrase?.kind === 'body' ? phrase.speaker.split(' ').at(-1)?.toLowerCase() : undefined;
      if (countryNames.has(body.speaker) && head !== undefined && DOCUMENT_HEADS.has(head)) {
        return { ...span, kind: 'anonymous' };
      }
      return { ...span, kind: 'body', speaker: body.speaker };
    });
  return { ...entities, mentions: [...kept, ...added].sort((a, b) => a.start - b.start) };
}
