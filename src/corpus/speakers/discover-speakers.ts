import type { Speaker } from '../corpus-types.js';
import { wordTokens, type WordToken } from '../../text/word-tokens.js';
import { isFunctionWord } from './function-words.js';
import { COUNTRIES, countryOfDemonym, NON_NAME_WORDS, ORGANISATION_HEADS, ROLE_NOUNS } from './speaker-lexicon.js';

/** A speaker as the attribution rules need it: how the text writes it, and what role it holds. */
interface SpeakerEntry {
  readonly speaker: Speaker;
  /** Case-sensitive surface forms to find in text, longest first when matched. */
  readonly forms: readonly string[];
  /** Lower-cased titles ("us secretary of state"), for descriptions like "the US top diplomat". */
  readonly titles: readonly string[];
  /** The country of the nationality the title gives ("US", "Russian": United States, Russia), if it gives one. */
  readonly nationality: string | null;
}

export interface SpeakerRegistry {
  readonly entries: readonly SpeakerEntry[];
}

interface PersonEvidence {
  given: string;
  surname: string;
  titles: Set<string>;
  nationality: string | null;
  count: number;
}

const isCapitalised = (token: WordToken) => /^\p{Lu}/u.test(token.text);
const isRoleWord = (token: WordToken) => ROLE_NOUNS.has(token.norm);
const DEMONYMS = new Set(COUNTRIES.flatMap((country) => country.demonyms.map((demonym) => demonym.toLowerCase())));

/** Each country's forms as whole words (not a prefix of a longer word, nor after a dot). */
const COUNTRY_FORMS = COUNTRIES.map((country) => ({
  name: country.name,
  forms: country.forms.map((form) => new RegExp(`(?<![\\p{L}.])${escapeRegExp(form)}(?![\\p{L}])`, 'u')),
}));

/** Runs of name-like words separated only by single spaces: "US Secretary of State Mike Pompeo", "Kremlin aide Yury Ushakov". */
function nameRuns(text: string, tokens: readonly WordToken[]): WordToken[][] {
  const runs: WordToken[][] = [];
  let run: WordToken[] = [];
  const flush = () => {
    while (run.length > 0 && !isCapitalised(run.at(-1) as WordToken)) run.pop();
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  for (const token of tokens) {
    const previous = run.at(-1);
    const adjacent = previous !== undefined && /^ $/.test(text.slice(previous.end, token.start));
    const fits = isCapitalised(token) || isRoleWord(token) || (token.norm === 'of' && run.length > 0);
    if (!fits || (previous !== undefined && !adjacent)) flush();
    if (fits) run.push(token);
  }
  flush();
  return runs;
}

function standaloneCapitalised(text: string, tokens: readonly WordToken[]): Set<string> {
  const alone = new Set<string>();
  tokens.forEach((token, index) => {
    if (!isCapitalised(token)) return;
    const before = tokens[index - 1];
    const after = tokens[index + 1];
    const joinedBefore =
      before !== undefined && isCapitalised(before) && /^ $/.test(text.slice(before.end, token.start));
    const joinedAfter = after !== undefined && isCapitalised(after) && /^ $/.test(text.slice(token.end, after.start));
    if (!joinedBefore && !joinedAfter) alone.add(token.text);
  });
  return alone;
}

function titleAliases(title: readonly WordToken[]): string[] {
  const words = title.map((token) => token.text);
  if (!title.some(isCapitalised) || words.length === 0) return [];
  const aliases = [words.join(' ')];
  const first = title[0];
  if (first && DEMONYMS.has(first.norm) && words.length > 1) aliases.push(words.slice(1).join(' '));
  const ofIndex = words.indexOf('of');
  if (ofIndex > 0) aliases.push(words.slice(first && DEMONYMS.has(first.norm) ? 1 : 0, ofIndex).join(' '));
  return aliases.filter((alias) => alias.length > 0 && /\p{Lu}/u.test(alias));
}

/** An organisation's name as one run of words wrote it, with the shorter form it implies. */
interface OrganisationSighting {
  readonly canonical: string;
  readonly forms: readonly string[];
}

/** A "Given Surname" as one run of words wrote it, with what its title says. */
interface PersonSighting {
  readonly given: string;
  readonly surname: string;
  /** A role word stands in its title; without one, the surname must also stand alone somewhere in the corpus. */
  readonly titled: boolean;
  readonly titles: readonly string[];
  readonly nationality: string | null;
}

/**
 * What one text contributes to the corpus-wide registry, in text order. Texts are read independently (no name
 * runs across two texts), so the registry of many texts is the registry of their evidence, in order.
 */
export interface SpeakerEvidence {
  /** Capitalised words that stand alone, not next to another capitalised word. */
  readonly alone: readonly string[];
  readonly organisations: readonly OrganisationSighting[];
  readonly persons: readonly PersonSighting[];
  /** Countries named in the text by one of their forms. */
  readonly countries: readonly string[];
}

/** The speaker evidence in one text (a document's body paragraphs, joined by blank lines). Pure. */
export function findSpeakerEvidence(text: string): SpeakerEvidence {
  const tokens = wordTokens(text);
  const organisations: OrganisationSighting[] = [];
  const persons: PersonSighting[] = [];
  for (const run of nameRuns(text, tokens)) {
    const last = withoutPossessive(run.at(-1) as WordToken);
    const beforeLast = run.at(-2) as WordToken;
    if (ORGANISATION_HEADS.has(last.text)) {
      const start = run.findIndex((token) => isCapitalised(token) && !NON_NAME_WORDS.has(token.text));
      if (start < 0 || start === run.length - 1) continue;
      const words = run.slice(start).map((token) => token.text);
      const canonical = words.join(' ');
      const forms = [canonical];
      if (words.length > 2 && DEMONYMS.has(words[0]?.toLowerCase() ?? '')) forms.push(words.slice(1).join(' '));
      organisations.push({ canonical, forms });
      continue;
    }
    const nameLike = (token: WordToken) =>
      !isRoleWord(token) &&
      !NON_NAME_WORDS.has(token.text) &&
      !ORGANISATION_HEADS.has(token.text) &&
      !DEMONYMS.has(token.norm) &&
      /^\p{Lu}[\p{Ll}-]+$/u.test(token.text);
    if (!nameLike(last) || !nameLike(beforeLast) || isFunctionWord(beforeLast.text)) continue;
    const title = run.slice(0, -2);
    const first = title[0];
    persons.push({
      given: beforeLast.text,
      surname: last.text,
      titled: title.some(isRoleWord),
      titles: titleAliases(title),
      nationality: first && DEMONYMS.has(first.norm) ? countryOfDemonym(first.norm) : null,
    });
  }
  const countries = COUNTRY_FORMS.filter(({ forms }) => forms.some((form) => form.test(text))).map(({ name }) => name);
  return { alone: [...standaloneCapitalised(text, tokens)], organisations, persons, countries };
}

/**
 * Finds the people, organisations and countries a corpus talks about, with every name it uses for them, from the
 * evidence of each of its texts in corpus order.
 * A person is a capitalised "Given Surname" after a role word ("Foreign Minister Sergey Lavrov"), or one
 * whose surname also stands alone elsewhere ("Guaido"). Titles become aliases unless two people share them.
 */
export function registryFromEvidence(evidence: readonly SpeakerEvidence[]): SpeakerRegistry {
  const persons = new Map<string, PersonEvidence>();
  const organisations = new Map<string, Set<string>>();
  const alone = new Set(evidence.flatMap((text) => text.alone));

  for (const text of evidence) {
    for (const sighting of text.organisations) {
      const forms = organisations.get(sighting.canonical) ?? new Set<string>();
      for (const form of sighting.forms) forms.add(form);
      organisations.set(sighting.canonical, forms);
    }
    for (const sighting of text.persons) {
      if (!sighting.titled && !alone.has(sighting.surname)) continue;
      const key = `${sighting.given} ${sighting.surname}`;
      const person = persons.get(key) ?? {
        given: sighting.given,
        surname: sighting.surname,
        titles: new Set<string>(),
        nationality: null,
        count: 0,
      };
      person.count++;
      for (const alias of sighting.titles) person.titles.add(alias);
      if (sighting.nationality !== null) person.nationality ??= sighting.nationality;
      persons.set(key, person);
    }
  }

  const titleOwners = new Map<string, Set<string>>();
  for (const [name, person] of persons) {
    for (const title of person.titles) titleOwners.set(title, (titleOwners.get(title) ?? new Set()).add(name));
  }
  const surnameOwners = new Map<string, number>();
  for (const person of persons.values())
    surnameOwners.set(person.surname, (surnameOwners.get(person.surname) ?? 0) + 1);

  const entries: SpeakerEntry[] = [];
  for (const [name, person] of persons) {
    const forms = new Set<string>([name]);
    if (surnameOwners.get(person.surname) === 1) forms.add(person.surname);
    for (const title of person.titles) {
      forms.add(`${title} ${name}`);
      forms.add(`${title} ${person.surname}`);
      if (titleOwners.get(title)?.size === 1 && title.split(' ').length > 1) forms.add(title);
    }
    entries.push(
      entryFor(
        name,
        'person',
        forms,
        [...person.titles].map((title) => title.toLowerCase()),
        person.nationality,
      ),
    );
  }
  for (const [name, forms] of mergeOrganisations(organisations)) entries.push(entryFor(name, 'body', forms, [], null));
  const named = new Set(evidence.flatMap((text) => text.countries));
  for (const country of COUNTRIES) {
    const bare = [country.name, ...country.forms].filter((form) => !form.startsWith('the '));
    if (named.has(country.name)) entries.push(entryFor(country.name, 'body', new Set(bare), [], null));
  }
  return { entries };
}

/** The registry of `texts` read as one corpus (see `registryFromEvidence`). */
export function discoverSpeakers(texts: readonly string[]): SpeakerRegistry {
  return registryFromEvidence(texts.map(findSpeakerEvidence));
}

function withoutPossessive(token: WordToken): WordToken {
  const text = token.text.replace(/['\u2019]s$/u, '');
  return text === token.text ? token : { ...token, text, norm: text.toLowerCase(), end: token.start + text.length };
}

/** "State Department" and "US State Department" are one body: a name that is another's form joins it. */
function mergeOrganisations(organisations: Map<string, Set<string>>): Map<string, Set<string>> {
  const merged = new Map<string, Set<string>>();
  const byLength = [...organisations].sort(([a], [b]) => b.length - a.length);
  for (const [name, forms] of byLength) {
    const owner = [...merged].find(([, known]) => known.has(name) || [...forms].some((form) => known.has(form)));
    if (owner) for (const form of forms) owner[1].add(form);
    else merged.set(name, new Set(forms));
  }
  return merged;
}

function entryFor(
  name: string,
  kind: Speaker['kind'],
  forms: Set<string>,
  titles: string[],
  nationality: string | null,
): SpeakerEntry {
  const aliases = [...new Set([...forms].flatMap((form) => [form.toLowerCase(), `the ${form.toLowerCase()}`]))];
  return {
    speaker: { name, kind, aliases },
    forms: [...forms].sort((a, b) => b.length - a.length),
    titles,
    nationality,
  };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
