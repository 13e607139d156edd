import { WORDNET_PERSON_INITIALISMS } from './wordnet-names-data.js';

/**
 * English news vocabulary for people and bodies: titles and ranks (political, military, police, sports,
 * religious, academic, corporate), the gender some of them imply, and the head nouns of collective speakers.
 * Properties of the language and of news writing, not of any one corpus.
 */

export type Gender = 'male' | 'female';

/** Honorifics and ranks written before a name, lower-cased without their dot; gendered ones say so. */
const GENDERED_TITLES: Readonly<Record<string, Gender>> = {
  mr: 'male',
  mister: 'male',
  sir: 'male',
  lord: 'male',
  king: 'male',
  prince: 'male',
  father: 'male',
  brother: 'male',
  msgr: 'male',
  monsignor: 'male',
  councilman: 'male',
  chairman: 'male',
  spokesman: 'male',
  congressman: 'male',
  assemblyman: 'male',
  alderman: 'male',
  duke: 'male',
  count: 'male',
  baron: 'male',
  emperor: 'male',
  mrs: 'female',
  miss: 'female',
  ms: 'female',
  madam: 'female',
  madame: 'female',
  lady: 'female',
  queen: 'female',
  princess: 'female',
  sister: 'female',
  councilwoman: 'female',
  chairwoman: 'female',
  spokeswoman: 'female',
  congresswoman: 'female',
  duchess: 'female',
  countess: 'female',
  baroness: 'female',
  empress: 'female',
};

const TITLES = new Set([
  ...Object.keys(GENDERED_TITLES),
  ...`dr doctor prof professor rev reverend bishop archbishop cardinal pope rabbi pastor dean chaplain
  president vice-president premier chancellor minister secretary undersecretary ambassador envoy consul diplomat
  gov governor lt-gov sen sens senator rep reps representative mayor councilor councillor commissioner controller comptroller
  treasurer auditor solicitor attorney prosecutor judge justice magistrate clerk sheriff marshal constable
  supt superintendent principal director administrator chairperson speaker leader chief aide adviser advisor spokesperson
  manager coach captain capt skipper pitcher quarterback owner publisher editor
  gen general col colonel maj major lt lieutenant sgt sergeant cpl corporal pvt private adm admiral cmdr commander cdr sec
  officer inspector detective patrolman trooper
  chairman executive officer partner founder head counsel`.split(/\s+/),
]);

/** A title word ("Gov.", "Sheriff", "coach"), case- and dot-insensitive. */
export function isTitleWord(word: string): boolean {
  const key = titleKey(word);
  // "Secretary-General", "Attorney-General", "Major-General": titles joined by a hyphen are one.
  return TITLES.has(key) || (key.includes('-') && key.split('-').every((part) => TITLES.has(part)));
}

const PERSON_INITIALISMS = new Set(WORDNET_PERSON_INITIALISMS);

/** A title word, or an initialism WordNet knows first as a kind of person ("MP", "DJ", "CEO"). */
export function isDesignation(word: string): boolean {
  return isTitleWord(word) || PERSON_INITIALISMS.has(word);
}

export function titleKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/['\u2019]s$/, '');
}

/**
 * Honorifics and ranks of the peerage any office holder may also carry ("Lord Butler", the former cabinet secretary):
 * they never tell two people apart.
 */
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'miss',
  'ms',
  'mister',
  'madam',
  'madame',
  'sir',
  'dr',
  'doctor',
  'lord',
  'baron',
  'baroness',
]);

/** Courtesy titles: a document that writes someone with one keeps it for them ("Mrs. Hengesbach", never "Hengesbach"). */
const COURTESY_TITLES = new Set(['mr', 'mrs', 'miss', 'ms', 'mister', 'madam', 'madame']);

export function isCourtesyTitle(key: string): boolean {
  return COURTESY_TITLES.has(key);
}

/**
 * Titles written before a given name, not a surname ("Prince Charles", "Pope Benedict", "Sister Wendy"): the
 * person is not whoever else has that forename (Charles Kennedy). A closed class of English usage (royalty and
 * religious orders), so listed here rather than drawn from a lexicon.
 */
const GIVEN_NAME_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'pope', 'sister']);

export function takesGivenName(key: string): boolean {
  return GIVEN_NAME_TITLES.has(key);
}

/** The usual abbreviations of titles, written out, so "Gov." and "Governor" are one office. */
const ABBREVIATED_TITLES: Readonly<Record<string, string>> = {
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  reps: 'representative',
  gen: 'general',
  capt: 'captain',
  col: 'colonel',
  maj: 'major',
  lt: 'lieutenant',
  sgt: 'sergeant',
  cpl: 'corporal',
  pvt: 'private',
  adm: 'admiral',
  cmdr: 'commander',
  cdr: 'commander',
  supt: 'superintendent',
  prof: 'professor',
  rev: 'reverend',
  sec: 'secretary',
};

/** "Sec.", "Supt.": a title's abbreviation, which its dot does not end a sentence after. */
export function isAbbreviatedTitle(word: string): boolean {
  return Object.hasOwn(ABBREVIATED_TITLES, word.toLowerCase());
}

/** A title key written out: "gov" is "governor", "senator" itself. */
export function writtenOutTitle(key: string): string {
  return ABBREVIATED_TITLES[key] ?? key;
}

/** The offices among title keys ("president", "governor" for "gov"), honorifics and role nouns left out. */
function offices(titleKeys: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const written of titleKeys) {
    // "home-secretary", "deputy-mayor": a modified title holds the office of its last word.
    const key = TITLES.has(written) ? written : (written.split('-').at(-1) ?? written);
    if (TITLES.has(key) && !HONORIFICS.has(key)) found.add(writtenOutTitle(key));
  }
  return found;
}

/**
 * Whether two sets of title keys name different offices with none in common: "President Kennedy" is not "First Lady
 * Jacqueline Kennedy", while "Gov. Hatfield" is "Governor Mark Hatfield" and "Mr. Sandman" is "Sen. Sandman".
 */
export function officesConflict(a: Iterable<string>, b: Iterable<string>): boolean {
  const first = offices(a);
  const second = offices(b);
  return first.size > 0 && second.size > 0 && ![...first].some((office) => second.has(office));
}

export function genderOfTitle(word: string): Gender | null {
  return GENDERED_TITLES[titleKey(word)] ?? null;
}

/** Lower-case words inside names ("De La Garza", "van Buren", "bin Salman"). */
export const NAME_PARTICLES = new Set([
  'de',
  'la',
  'del',
  'della',
  'di',
  'da',
  'van',
  'von',
  'der',
  'den',
  'le',
  'du',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'st',
]);

/** Written after a name and not part of the surname. */
export const NAME_SUFFIXES = /^(?:Jr|Sr|II|III|IV|2d|3d|[1-9])\.?$/;

/**
 * Head nouns of bodies and documents that speak in news ("the jury said", "the statement said",
 * "the Tax Court ruled", "the Royal Motel advertises"), and companies' legal suffixes ("General Motors Co",
 * "Tesla Inc"), lower-cased.
 */
export const BODY_HEADS = new Set(
  `jury committee commission council board court report statement announcement administration department ministry government
  agency bureau office association union party legislature senate house assembly congress parliament cabinet panel
  company corporation corp firm motel hotel bank church press police army navy embassy kremlin pentagon resolution release letter
  study survey foundation institute center centre group coalition conference alliance organization organisation network caucus league federation club society school university college hospital service authority
  inc co ltd llc plc`.split(/\s+/),
);

/**
 * Participles whose agent wrote or issued the document they follow ("the report issued by the committee"); not those
 * of its readers or carriers ("a letter obtained by CNN", "a study cited by the senator").
 */
export const ISSUING_PARTICIPLES = new Set(
  'issued released published written authored drafted prepared compiled produced signed penned conducted submitted filed'.split(
    ' ',
  ),
);

/** Body heads that name a document, which speaks for whoever issued it ("the statement said"). */
export const DOCUMENT_HEADS = new Set([
  'report',
  'statement',
  'announcement',
  'resolution',
  'release',
  'letter',
  'study',
  'survey',
]);
