import type { Speaker } from '../corpus-types.js';
import { initialsOf } from './initialism-long-form.js';
import { COUNTRIES, countryOfDemonym, ROLE_SYNONYMS } from './speaker-lexicon.js';

/** A speaker's bare title ("secretary of state"), with the country of the nationality written before it, if any. */
interface TitleEntry {
  readonly name: string;
  readonly country: string | null;
  readonly title: string;
}

/** Everything needed to turn what a user types into a canonical speaker, prepared once per corpus. */
export interface SpeakerDirectory {
  readonly byAlias: ReadonlyMap<string, string>;
  /** Person surname → canonical names that carry it ("pompeo" → ["Mike Pompeo"]). */
  readonly bySurname: ReadonlyMap<string, readonly string[]>;
  /** A body's initials → the bodies that have them ("IMF" → ["International Monetary Fund"]). */
  readonly byInitials: ReadonlyMap<string, readonly string[]>;
  /** Person forename → canonical names that open with it ("vladimir" → ["Vladimir Putin"]). */
  readonly byForename: ReadonlyMap<string, readonly string[]>;
  readonly titles: readonly TitleEntry[];
}

const DEMONYMS = [
  ...new Set(
    COUNTRIES.flatMap((country) => country.demonyms.map((demonym) => demonym.toLowerCase().replace(/\./g, ''))),
  ),
];
/** Adjectives that describe a role without changing it: "the US top diplomat", "the senior Russian diplomat". */
const SOFT_ADJECTIVES = new Set(['top', 'senior', 'chief', 'veteran', 'new']);

/** Lower-case, fold apostrophes and abbreviation dots, drop a leading "the", possessives and edge punctuation. */
function normalizeName(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\b(\p{L})\.(?=\p{L}\.|\s|$)/gu, '$1')
    .replace(/\.$/, '')
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/'s\b/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** "russia" (from "Russia's") stands for Russia: a country's name before a role is its nationality. */
const COUNTRY_FORMS = new Map(
  COUNTRIES.flatMap((country) =>
    [country.name, ...country.forms].map((form) => [normalizeName(form), country.name] as const),
  ),
);

/** The nationality written before a title, as its country ("us", "American" and "Washington's" are one). */
function splitNationality(words: string): { country: string | null; rest: string } {
  const demonym = DEMONYMS.find((candidate) => words.startsWith(`${candidate} `));
  if (demonym) return { country: countryOfDemonym(demonym), rest: words.slice(demonym.length + 1) };
  const form = [...COUNTRY_FORMS.keys()].find((candidate) => candidate.length > 0 && words.startsWith(`${candidate} `));
  return form
    ? { country: COUNTRY_FORMS.get(form) ?? null, rest: words.slice(form.length + 1) }
    : { country: null, rest: words };
}

/** A directory while it is filled. */
interface DirectoryTables {
  readonly byAlias: Map<string, string>;
  readonly bySurname: Map<string, string[]>;
  readonly byInitials: Map<string, string[]>;
  readonly byForename: Map<string, string[]>;
  readonly titles: TitleEntry[];
}

/** Fills `directory` with the lookups of `speakers`, yielding after each speaker so a caller may pause between them. */
function* fillDirectory(
  speakers: readonly Speaker[],
  { byAlias, bySurname, byInitials, byForename, titles }: DirectoryTables,
): Generator<void> {
  for (const speaker of speakers) {
    byAlias.set(normalizeName(speaker.name), speaker.name);
    const initials = initialsOf(speaker.name);
    if (speaker.kind === 'body' && initials.length > 1 && initials !== speaker.name)
      byInitials.set(initials, [...(byInitials.get(initials) ?? []), speaker.name]);
    if (speaker.kind === 'person') {
      const parts = normalizeName(speaker.name).split(' ');
      const surname = parts.at(-1) ?? '';
      bySurname.set(surname, [...(bySurname.get(surname) ?? []), speaker.name]);
      const forename = parts[0] ?? '';
      if (parts.length > 1) byForename.set(forename, [...(byForename.get(forename) ?? []), speaker.name]);
      const nameWords = new Set(normalizeName(speaker.name).split(' '));
      for (const alias of speaker.aliases) {
        const words = normalizeName(alias);
        if (words.split(' ').some((word) => nameWords.has(word))) continue;
        const { country, rest } = splitNationality(words);
        if (rest.length > 0) titles.push({ name: speaker.name, country, title: rest });
      }
    }
    yield;
  }
  for (const speaker of speakers) {
    for (const alias of speaker.aliases) {
      const key = normalizeName(alias);
      if (!byAlias.has(key)) byAlias.set(key, speaker.name);
    }
    yield;
  }
}

function emptyDirectory(): DirectoryTables {
  return { byAlias: new Map(), bySurname: new Map(), byInitials: new Map(), byForename: new Map(), titles: [] };
}

/** Prepares alias, surname and title lookups for a corpus's speakers. */
export function buildSpeakerDirectory(speakers: readonly Speaker[]): SpeakerDirectory {
  const directory = emptyDirectory();
  const steps = fillDirectory(speakers, directory);
  while (steps.next().done !== true);
  return directory;
}

/**
 * `buildSpeakerDirectory`, with `pause()` called between speakers: a restore on a thread that serves questions
 * builds the directory of 10,000 articles' speakers, which took 120 ms in one go.
 */
export async function buildSpeakerDirectoryInSlices(
  speakers: readonly Speaker[],
  pause: () => Promise<void>,
): Promise<SpeakerDirectory> {
  const directory = emptyDirectory();
  const steps = fillDirectory(speakers, directory);
  while (steps.next().done !== true) await pause();
  return directory;
}

/**
 * A description such as "the US top diplomat" or "the Russian foreign minister": the one person whose title
 * fits the role (or a synonym of it) and whose nationality does not contradict it. Null when none or several fit.
 */
function resolveDescription(directory: SpeakerDirectory, words: string): string | null {
  const { country, rest } = splitNationality(words);
  const role = rest
    .split(' ')
    .filter((word) => !SOFT_ADJECTIVES.has(word))
    .join(' ');
  if (role.length === 0) return null;
  const roles = ROLE_SYNONYMS[role] ?? [role];
  const conflicting = new Set(
    directory.titles
      .filter((entry) => country !== null && entry.country !== null && entry.country !== country)
      .map((entry) => entry.name),
  );
  const rankOf = new Map<string, number>();
  for (const entry of directory.titles) {
    if (conflicting.has(entry.name)) continue;
    for (const synonym of roles) {
      const exact = entry.title === synonym;
      if (!exact && !entry.title.endsWith(` ${synonym}`)) continue;
      // An exact role outranks a nationality that merely agrees: "the Russian foreign minister" is not his deputy.
      const rank = (exact ? 4 : 1) + (country !== null && entry.country === country ? 2 : 0);
      rankOf.set(entry.name, Math.max(rankOf.get(entry.name) ?? 0, rank));
    }
  }
  const best = Math.max(0, ...rankOf.values());
  const winners = [...rankOf].filter(([, rank]) => rank === best).map(([name]) => name);
  return winners.length === 1 ? (winners[0] ?? null) : null;
}

/** "the IMF" for the International Monetary Fund, when the corpus names it only in full: written in capitals. */
const INITIALISM = /^(?:[Tt]he\s+)?(\p{Lu}{2,6})$/u;

/**
 * The canonical speaker a user means: an alias as the corpus writes it (case-insensitive, "the" optional),
 * a surname alone, the initials of one body, or a description by role. Null when the corpus has no such speaker.
 */
export function resolveSpeaker(directory: SpeakerDirectory, raw: string): string | null {
  const words = normalizeName(raw);
  if (words.length === 0) return null;
  const alias = directory.byAlias.get(words);
  if (alias) return alias;
  const initials = INITIALISM.exec(raw.trim())?.[1];
  const bodies = initials === undefined ? undefined : directory.byInitials.get(initials);
  if (bodies?.length === 1) return bodies[0] ?? null;
  const surname = directory.bySurname.get(words.split(' ').at(-1) ?? '');
  if (surname?.length === 1 && words.split(' ').length <= 2) return surname[0] ?? null;
  return resolveDescription(directory, words);
}

const directories = new WeakMap<readonly Speaker[], SpeakerDirectory>();

/** The directory for a corpus's speakers, built once per corpus and reused. */
export function speakerDirectoryFor(speakers: readonly Speaker[]): SpeakerDirectory {
  let directory = directories.get(speakers);
  if (!directory) {
    directory = buildSpeakerDirectory(speakers);
    directories.set(speakers, directory);
  }
  return directory;
}
