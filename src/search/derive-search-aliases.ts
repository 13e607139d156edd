import type { Corpus } from '../corpus/corpus-types.js';
import { searchTerms } from './search-terms.js';

/** A phrase a reader may use for something the corpus names otherwise, both as search terms. */
export interface SearchAlias {
  readonly phrase: readonly string[];
  readonly expansion: readonly string[];
}

/** "Intermediate-Range Nuclear Forces (INF) Treaty", "Joint Comprehensive Plan of Action (JCPOA)". */
const ACRONYM_IN_PARENTHESES = /((?:[A-Z][\w-]*\s+(?:(?:of|and|the|for|on)\s+)*){1,8})[([]\s*((?:New\s+)?[A-Z][A-Z0-9-]{1,9})\s*[)\]]/g;

function acronymFits(words: readonly string[], acronym: string): string[] | null {
  const letters = acronym.replace(/^New\s+/, '').replace(/[^A-Z]/g, '');
  const capitals = words.filter((word) => /^[A-Z]/.test(word));
  for (let take = Math.min(capitals.length, letters.length + 2); take >= Math.max(1, letters.length - 1); take--) {
    const candidate = capitals.slice(-take);
    const initials = candidate.map((word) => word.split('-').map((part) => part[0]).join('')).join('').toUpperCase();
    if (initials.startsWith(letters.slice(0, Math.min(letters.length, 2))) && Math.abs(candidate.length - letters.length) <= 2) {
      const first = words.lastIndexOf(candidate[0] as string);
      return words.slice(first);
    }
  }
  return null;
}

/**
 * Aliases the corpus itself defines: acronyms introduced in parentheses or brackets, and every name, title
 * and role a speaker goes by ("special counsel" finds Mueller, "Kremlin aide" finds Ushakov).
 */
export function deriveSearchAliases(corpus: Corpus): SearchAlias[] {
  const aliases: SearchAlias[] = [];
  for (const document of corpus.documents) {
    for (const match of document.text.matchAll(ACRONYM_IN_PARENTHESES)) {
      const words = (match[1] ?? '').trim().split(/\s+/);
      const acronym = match[2] ?? '';
      const expansion = acronymFits(words, acronym);
      if (!expansion) continue;
      const longForm = searchTerms(expansion.join(' '));
      const shortForm = searchTerms(acronym);
      if (longForm.length === 0 || shortForm.length === 0) continue;
      aliases.push({ phrase: shortForm, expansion: longForm }, { phrase: longForm, expansion: shortForm });
    }
  }
  for (const speaker of corpus.speakers) {
    const canonical = searchTerms(speaker.name);
    for (const alias of speaker.aliases) {
      const phrase = searchTerms(alias);
      if (phrase.length > 0 && phrase.join(' ') !== canonical.join(' ')) aliases.push({ phrase, expansion: canonical });
    }
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
