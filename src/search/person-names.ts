import type { SearchAlias } from './derive-search-aliases.js';
import { searchTerms } from './search-terms.js';

/**
 * Terms that more than one speaker's name holds ("sergei": Sergey Lavrov and Sergey Ryabkov): they name nobody by
 * themselves, so a name of the question never stands for every sentence holding them.
 */
export function sharedNameTerms(personAliases: readonly SearchAlias[]): Set<string> {
  const namesByTerm = new Map<string, Set<string>>();
  for (const alias of personAliases) addNamesByTerm(alias, namesByTerm);
  return sharedOf(namesByTerm);
}

function addNamesByTerm(alias: SearchAlias, namesByTerm: Map<string, Set<string>>): void {
  const name = alias.expansion.join(' ');
  for (const term of alias.expansion) namesByTerm.set(term, (namesByTerm.get(term) ?? new Set()).add(name));
}

function sharedOf(namesByTerm: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  return new Set([...namesByTerm].filter(([, names]) => names.size > 1).map(([term]) => term));
}

/** Where the phrase stands in the question's terms, or -1. */
function phraseAt(phrase: readonly string[], terms: readonly string[]): number {
  for (let start = 0; start + phrase.length <= terms.length; start++)
    if (phrase.every((part, offset) => terms[start + offset] === part)) return start;
  return -1;
}

/**
 * The people a word of the question names, as the terms of their names that identify them: when the question writes
 * one of their names in full ("Sergei Ryabkov") that person only; when the word qualifies a name or role written
 * beside it ("Russian" in "Russian foreign minister") whom that names; otherwise everyone a name holding it names.
 */
export function personTermsFor(
  term: string,
  personAliases: readonly SearchAlias[],
  questionTerms: readonly string[],
  shared: ReadonlySet<string>,
): string[] {
  const typed = new Set(questionTerms);
  const holding = personAliases.filter((alias) => alias.phrase.length > 1 && alias.phrase.includes(term));
  const written = holding.filter((alias) => alias.phrase.every((part) => typed.has(part)));
  const position = questionTerms.indexOf(term);
  const beside =
    written.length > 0 || position < 0
      ? []
      : personAliases.filter((alias) => {
          const at = phraseAt(alias.phrase, questionTerms);
          return alias.phrase.length > 1 && at >= 0 && (at === position + 1 || at + alias.phrase.length === position);
        });
  const people = written.length > 0 ? written : beside.length > 0 ? beside : holding;
  return people.flatMap((alias) => alias.expansion.filter((part) => part === term || !shared.has(part)));
}

/** Every name a speaker goes by, their canonical one included, each standing for the canonical one. */
function personAliasesOf(speakers: readonly { name: string; aliases: readonly string[] }[]): SearchAlias[] {
  return speakers.flatMap((speaker) => {
    const expansion = searchTerms(speaker.name);
    return [speaker.name, ...speaker.aliases].map((name) => ({ phrase: searchTerms(name), expansion }));
  });
}

/**
 * A word shared by several speakers' names that the question writes beside a word naming one of them ("Sergei
 * Ryabkov"): that word names the person, and this one would only find the others.
 */
export function namesNobodyHere(
  term: string,
  personAliases: readonly SearchAlias[],
  typed: ReadonlySet<string>,
  shared: ReadonlySet<string>,
): boolean {
  return (
    shared.has(term) &&
    personAliases.some(
      (alias) =>
        alias.phrase.includes(term) &&
        alias.phrase.every((part) => typed.has(part)) &&
        alias.expansion.some((part) => part !== term && !shared.has(part) && typed.has(part)),
    )
  );
}

/** The most letters an abbreviation of a title is read for ("FM": foreign minister). */
const MAX_INITIALS = 4;

/**
 * The title a word the corpus lacks abbreviates by its initials ("FM": foreign minister), when every title with
 * those initials names the same person; null otherwise.
 */
export function titleByInitials(
  word: string,
  aliasesWithInitials: (initials: string) => readonly SearchAlias[],
): SearchAlias | null {
  if (!/^\p{L}{2,}$/u.test(word) || word.length > MAX_INITIALS) return null;
  const matching = aliasesWithInitials(word.toLowerCase());
  const people = new Set(matching.map((alias) => alias.expansion.join(' ')));
  return people.size === 1 ? (matching[0] as SearchAlias) : null;
}

/** Speakers' names, looked up by a word of theirs or by their initials, without a scan of every name per question. */
export interface PersonNames {
  readonly shared: ReadonlySet<string>;
  /** The names holding any of the terms. */
  holding(terms: readonly string[]): SearchAlias[];
  withInitials(initials: string): readonly SearchAlias[];
}

export function indexPersonNames(speakers: readonly { name: string; aliases: readonly string[] }[]): PersonNames {
  const steps = personNamesOf(personAliasesOf(speakers));
  for (let step = steps.next(); ; step = steps.next()) if (step.done === true) return step.value;
}

/** How many speakers' names are read between two pauses of `indexPersonNamesInSlices`. */
const SPEAKERS_PER_STEP = 200;

/**
 * As `indexPersonNames`, with `pause()` between steps: at 10,000 articles reading every name took a quarter of a
 * second, which the first question after a start or a reload used to wait for, and indexing them in one go stalled
 * a reload's last slice by 50 ms.
 */
export async function indexPersonNamesInSlices(
  speakers: readonly { name: string; aliases: readonly string[] }[],
  pause: () => Promise<void>,
): Promise<PersonNames> {
  const all: SearchAlias[] = [];
  for (let from = 0; from < speakers.length; from += SPEAKERS_PER_STEP) {
    all.push(...personAliasesOf(speakers.slice(from, from + SPEAKERS_PER_STEP)));
    await pause();
  }
  const steps = personNamesOf(all);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done === true) return step.value;
    await pause();
  }
}

/** The names' lookups, yielding every `SPEAKERS_PER_STEP` names so a caller may pause between steps. */
function* personNamesOf(all: readonly SearchAlias[]): Generator<void, PersonNames> {
  const byTerm = new Map<string, SearchAlias[]>();
  const namesByTerm = new Map<string, Set<string>>();
  for (const [position, alias] of all.entries()) {
    for (const term of new Set(alias.phrase)) {
      const list = byTerm.get(term);
      if (list) list.push(alias);
      else byTerm.set(term, [alias]);
    }
    addNamesByTerm(alias, namesByTerm);
    if (position % SPEAKERS_PER_STEP === 0) yield;
  }
  let byInitials: Map<string, SearchAlias[]> | null = null;
  return {
    shared: sharedOf(namesByTerm),
    holding: (terms) => [...new Set(terms.flatMap((term) => byTerm.get(term) ?? []))],
    withInitials(initials) {
      if (!byInitials) {
        byInitials = new Map();
        for (const alias of all) {
          if (alias.phrase.length < 2 || alias.phrase.length > MAX_INITIALS) continue;
          const key = alias.phrase.map((term) => term[0]).join('');
          const list = byInitials.get(key);
          if (list) list.push(alias);
          else byInitials.set(key, [alias]);
        }
      }
      return byInitials.get(initials) ?? [];
    },
  };
}
