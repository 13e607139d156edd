import type { Corpus, CorpusDocument } from '../corpus/corpus-types.js';
import { searchTerms } from './search-terms.js';

/** A phrase a reader may use for something the corpus names otherwise, both as search terms. */
export interface SearchAlias {
  readonly phrase: readonly string[];
  readonly expansion: readonly string[];
}

/** "Intermediate-Range Nuclear Forces (INF) Treaty", "Joint Comprehensive Plan of Action (JCPOA)". */
const ACRONYM_IN_PARENTHESES =
  /((?:[A-Z][\w-]*\s+(?:(?:of|and|the|for|on)\s+)*){1,8})[([]\s*((?:New\s+)?[A-Z][A-Z0-9-]{1,9})\s*[)\]]/g;

/**
 * The long form an acronym abbreviates, by the Schwartz-Hearst rule: the acronym's letters appear in order,
 * right to left, in the words before it, and its first letter starts a word. Null when they do not.
 */
function longFormOf(acronym: string, words: readonly string[]): string | null {
  const short = acronym.toLowerCase().replace(/[^a-z0-9]/g, '');
  const candidate = words.slice(-Math.min(words.length, short.length + 5)).join(' ');
  const long = candidate.toLowerCase();
  let shortIndex = short.length - 1;
  let longIndex = long.length - 1;
  while (shortIndex >= 0) {
    const letter = short[shortIndex];
    while (
      longIndex >= 0 &&
      (long[longIndex] !== letter ||
        (shortIndex === 0 && longIndex > 0 && /[a-z0-9]/.test(long[longIndex - 1] as string)))
    ) {
      longIndex--;
    }
    if (longIndex < 0) return null;
    longIndex--;
    shortIndex--;
  }
  const start = long.lastIndexOf(' ', longIndex) + 1;
  return candidate.slice(start);
}

/**
 * Aliases the corpus itself defines: acronyms introduced in parentheses or brackets, and every name, title
 * and role a speaker goes by ("special counsel" finds Mueller, "Kremlin aide" finds Ushakov).
 */
export function deriveSearchAliases(corpus: Corpus): SearchAlias[] {
  return [...corpus.documents.flatMap(documentAliases), ...speakerAliases(corpus)];
}

/** The same aliases as `deriveSearchAliases`, awaiting `pause` between documents so an event loop keeps running. */
export async function deriveSearchAliasesInSlices(corpus: Corpus, pause: () => Promise<void>): Promise<SearchAlias[]> {
  const aliases: SearchAlias[] = [];
  for (const document of corpus.documents) {
    aliases.push(...documentAliases(document));
    await pause();
  }
  return [...aliases, ...speakerAliases(corpus)];
}

/** Every name, title and role a speaker goes by, leading to the speaker's name. */
function speakerAliases(corpus: Corpus): SearchAlias[] {
  const aliases: SearchAlias[] = [];
  for (const speaker of corpus.speakers) {
    const canonical = searchTerms(speaker.name);
    for (const alias of speaker.aliases) {
      const phrase = searchTerms(alias);
      if (phrase.length > 0 && phrase.join(' ') !== canonical.join(' ')) aliases.push({ phrase, expansion: canonical });
    }
  }
  return aliases;
}

/** The aliases a document's own text gives: an acronym in parentheses after its long form, both ways. */
export function documentAliases(document: CorpusDocument): SearchAlias[] {
  const aliases: SearchAlias[] = [];
  for (const match of document.text.matchAll(ACRONYM_IN_PARENTHESES)) {
    const words = (match[1] ?? '').trim().split(/\s+/);
    const acronym = match[2] ?? '';
    const expansion = longFormOf(acronym, words) ?? longFormOf(acronym.replace(/^New\s+/, ''), words);
    if (!expansion) continue;
    const longForm = searchTerms(expansion);
    const shortForm = searchTerms(acronym);
    if (longForm.length === 0 || shortForm.length === 0) continue;
    aliases.push({ phrase: shortForm, expansion: longForm }, { phrase: longForm, expansion: shortForm });
    // "intermediate range nuclear forces": a question may write the long form's hyphened words apart, as its parts
    // (`openCompounds`), and names the acronym all the same.
    const apart = searchTerms(expansion.replace(/-/g, ' '));
    if (apart.join(' ') !== longForm.join(' ')) aliases.push({ phrase: apart, expansion: shortForm });
  }
  return aliases;
}

/** Appends the expansion of every alias phrase found in the query's terms. */
export function expandTerms(terms: readonly string[], aliases: readonly SearchAlias[]): string[] {
  const expanded = [...terms];
  for (const alias of aliases) {
    const length = alias.phrase.length;
    for (let index = 0; index + length <= terms.length; index++) {
      if (alias.phrase.every((term, offset) => terms[index + offset] === term)) {
        for (const term of alias.expansion) if (!expanded.includes(term)) expanded.push(term);
        break;
      }
    }
  }
  return expanded;
}
