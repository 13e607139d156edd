import { WORDNET_COUNTRIES } from './wordnet-countries-data.js';

/**
 * General English news vocabulary used by the speaker rules. These are properties of the language
 * and of news writing, not of any one corpus: the rules that use them work on other articles too.
 */

/** Verbs that introduce reported speech. */
export const SPEECH_VERBS = new Set(
  `said says say told tells tell added adds noted notes stressed stresses stated states state explained explains asked asks replied
  responded wrote writes tweeted posted announced announces declared declares insisted insists warned warns argued argues affirmed
  revealed reveals urged urges called calls slammed slams described claimed claims confirmed confirms acknowledged admitted suggested
  emphasized emphasised underscored remarked commented promised vowed pledged hailed criticized criticised accused denied threatened
  reiterated informed assured predicted recalled conceded`.split(/\s+/),
);

/** Nouns that name a role; a capitalised name after one of these is a person. */
export const ROLE_NOUNS = new Set(
  `president minister secretary aide spokesman spokeswoman spokesperson leader counsel diplomat ambassador envoy chancellor senator
  official adviser advisor chief premier governor mayor general commander director chairman chairwoman representative prosecutor
  lawyer attorney judge king queen prince emperor`.split(/\s+/),
);

/** Roles that are the same job under another name, for descriptions like "the US top diplomat". */
export const ROLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  diplomat: ['secretary of state', 'foreign minister', 'ambassador', 'envoy', 'diplomat'],
  minister: ['minister'],
  secretary: ['secretary'],
  aide: ['aide', 'adviser', 'advisor'],
  spokesman: ['spokesman', 'spokeswoman', 'spokesperson'],
};

/** Last words of organisation names ("State Department", "Security Council"). */
export const ORGANISATION_HEADS = new Set(
  `Department Ministry Council Committee Agency Commission Office Government Parliament Congress Senate Embassy Bank Fund
  Organization Organisation Union Party Army Navy Front Court Cabinet Administration Service Services Kremlin Pentagon`.split(
    /\s+/,
  ),
);

/** Words that end a capitalised run without being a name ("Treaty", "Province"). */
export const NON_NAME_WORDS = new Set(
  `Treaty Agreement Plan Action Province Peninsula Asia Africa East West North South States Nations Forces Resolution Summit
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October
  November December The A An In On At Of And But For With By From As It This That These Those He She They We I Its His Her Their
  Our Today Later Earlier Last Even Also Recent Then Despite So`.split(/\s+/),
);

export interface CountryEntry {
  readonly name: string;
  /** Surface forms as written in text, case-sensitive (capitals, abbreviations, demonyms are separate). */
  readonly forms: readonly string[];
  readonly demonyms: readonly string[];
}

/**
 * Countries speak in news text through their capitals and governments ("Washington said", "Moscow insists"): every
 * country WordNet knows, with its names, its capital's and its adjectives (`scripts/generate-wordnet-countries.ts`).
 */
export const COUNTRIES: readonly CountryEntry[] = WORDNET_COUNTRIES;

const demonymKey = (word: string): string => word.toLowerCase().replace(/\./g, '');
const COUNTRY_BY_DEMONYM = new Map(
  COUNTRIES.flatMap((country) => country.demonyms.map((demonym) => [demonymKey(demonym), country.name] as const)),
);

/** The country a demonym stands for, case- and dot-insensitive ("US", "u.s.", "American" → United States). */
export function countryOfDemonym(word: string): string | null {
  return COUNTRY_BY_DEMONYM.get(demonymKey(word)) ?? null;
}
