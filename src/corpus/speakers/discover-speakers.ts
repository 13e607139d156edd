import type { Speaker } from '../corpus-types.js';
import { wordTokens, type WordToken } from '../../text/word-tokens.js';
import { COUNTRIES, NON_NAME_WORDS, ORGANISATION_HEADS, ROLE_NOUNS } from './speaker-lexicon.js';

/** A speaker as the attribution rules need it: how the text writes it, and what role it holds. */
interface SpeakerEntry {
  readonly speaker: Speaker;
  /** Case-sensitive surface forms to find in text, longest first when matched. */
  readonly forms: readonly string[];
  /** Lower-cased titles ("us secretary of state"), for descriptions like "the US top diplomat". */
  readonly titles: readonly string[];
  /** Lower-cased nationality taken from the title ("us", "russian"), if the title has one. */
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

/**
 * Finds the people, organisations and countries a corpus talks about, with every name it uses for them.
 * A person is a capitalised "Given Surname" after a role word ("Foreign Minister Sergey Lavrov"), or one
 * whose surname also stands alone elsewhere ("Guaido"). Titles become aliases unless two people share them.
 */
export function discoverSpeakers(texts: readonly string[]): SpeakerRegistry {
  const persons = new Map<string, PersonEvidence>();
  const organisations = new Map<string, Set<string>>();
  const allText = texts.join('\n\n');
  const allTokens = wordTokens(allText);
  const alone = standaloneCapitalised(allText, allTokens);

  for (const run of nameRuns(allText, allTokens)) {
    const last = withoutPossessive(run.at(-1) as WordToken);
    const beforeLast = run.at(-2) as WordToken;
    if (ORGANISATION_HEADS.has(last.text)) {
      const start = run.findIndex((token) => isCapitalised(token) && !NON_NAME_WORDS.has(token.text));
      if (start < 0 || start === run.length - 1) continue;
      const words = run.slice(start).map((token) => token.text);
      const canonical = words.join(' ');
      const forms = organisations.get(canonical) ?? new Set<string>();
      forms.add(canonical);
      if (words.length > 2 && DEMONYMS.has(words[0]?.toLowerCase() ?? '')) forms.add(words.slice(1).join(' '));
      organisations.set(canonical, forms);
      continue;
    }
    const nameLike = (token: WordToken) =>
      !isRoleWord(token) &&
      !NON_NAME_WORDS.has(token.text) &&
      !ORGANISATION_HEADS.has(token.text) &&
      !DEMONYMS.has(token.norm) &&
      /^\p{Lu}[\p{Ll}-]+$/u.test(token.text);
    if (!nameLike(last) || !nameLike(beforeLast)) continue;
    const title = run.slice(0, -2);
    if (!title.some(isRoleWord) && !alone.has(last.text)) continue;
    const key = `${beforeLast.text} ${last.text}`;
    const evidence = persons.get(key) ?? {
      given: beforeLast.text,
      surname: last.text,
      titles: new Set<string>(),
      nationality: null,
      count: 0,
    };
    evidence.count++;
    for (const alias of titleAliases(title)) evidence.titles.add(alias);
    const first = title[0];
    if (first && DEMONYMS.has(first.norm)) evidence.nationality ??= first.norm;
    persons.set(key, evidence);
  }

  const titleOwners = new Map<string, Set<string>>();
  for (const [name, evidence] of persons) {
    for (const title of evidence.titles) titleOwners.set(title, (titleOwners.get(title) ?? new Set()).add(name));
  }
  const surnameOwners = new Map<string, number>();
  for (const evidence of persons.values())
    surnameOwners.set(evidence.surname, (surnameOwners.get(evidence.surname) ?? 0) + 1);

  const entries: SpeakerEntry[] = [];
  for (const [name, evidence] of persons) {
    const forms = new Set<string>([name]);
    if (surnameOwners.get(evidence.surname) === 1) forms.add(evidence.surname);
    for (const title of evidence.titles) {
      forms.add(`${title} ${name}`);
      forms.add(`${title} ${evidence.surname}`);
      if (titleOwners.get(title)?.size === 1 && title.split(' ').length > 1) forms.add(title);
    }
    entries.push(
      entryFor(
        name,
        'person',
        forms,
        [...evidence.titles].map((title) => title.toLowerCase()),
        evidence.nationality,
      ),
    );
  }
  for (const [name, forms] of mergeOrganisations(organisations)) entries.push(entryFor(name, 'body', forms, [], null));
  for (const country of COUNTRIES) {
    const present = country.forms.filter((form) =>
      new RegExp(`(?<![\\p{L}.])${escapeRegExp(form)}(?![\\p{L}])`, 'u').test(allText),
    );
    const bare = [country.name, ...country.forms].filter((form) => !form.startsWith('the '));
    if (present.length > 0) entries.push(entryFor(country.name, 'body', new Set(bare), [], null));
  }
  return { entries };
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
