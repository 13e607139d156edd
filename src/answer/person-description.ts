import type { Corpus, Speaker } from '../corpus/corpus-types.js';
import type { Passage, SearchResult } from '../search/search-index.js';
import { searchTerms } from '../search/search-terms.js';

/** "Who is ...", "what's ...": asks what someone or something is, not what happened. */
const ASKS_WHAT_IS = /^\s*(?:who|what)(?:'s|s|\s+is|\s+was|\s+are|\s+were)\b/i;

export interface PersonDescription {
  readonly passage: Passage;
  /** The title the articles give the person ("US Secretary of State"), or their name when the question gave the title. */
  readonly lead: string;
}

function phrasePattern(alias: string): string {
  return alias
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
}

const personTermsByCorpus = new WeakMap<Corpus, readonly { speaker: Speaker; terms: ReadonlySet<string> }[]>();

/** Every person with the terms of all their names, worked out once per corpus. */
function peopleOf(corpus: Corpus): readonly { speaker: Speaker; terms: ReadonlySet<string> }[] {
  let people = personTermsByCorpus.get(corpus);
  if (!people) {
    people = corpus.speakers
      .filter((speaker) => speaker.kind === 'person')
      .map((speaker) => ({
        speaker,
        terms: new Set([speaker.name, ...speaker.aliases].flatMap((name) => searchTerms(name))),
      }));
    personTermsByCorpus.set(corpus, people);
  }
  return people;
}

/** The one person every name or title word of the question belongs to, or null. */
function personNamed(names: readonly { exact: ReadonlySet<string> }[], corpus: Corpus): Speaker | null {
  const matching = peopleOf(corpus).filter(({ terms }) =>
    names.every((term) => [...term.exact].some((option) => terms.has(option))),
  );
  return matching.length === 1 ? (matching[0]?.speaker ?? null) : null;
}

/**
 * A question about one person and nothing else ("who is Sergei Ryabkov", "what's Pompeo's job", "who is the Kremlin
 * aide") is answered by how the articles introduce them: a retrieved sentence giving their title right before their
 * name, led by the title (or by the name, when the question gave the title). Null for any other question.
 */
export function describePerson(question: string, corpus: Corpus, retrieval: SearchResult): PersonDescription | null {
  if (!ASKS_WHAT_IS.test(question)) return null;
  const names = retrieval.queryTerms.filter((term) => term.names);
  const others = retrieval.queryTerms.filter((term) => !term.names);
  // At most one more word, a common noun: "job", "role", "title"; anything else makes it a question about events.
  if (names.length === 0 || others.length > 1 || others.some((term) => term.proper || term.predicate)) return null;
  const person = personNamed(names, corpus);
  if (!person) return null;
  const nameTerms = new Set(searchTerms(person.name));
  const nameAliases = person.aliases.filter((alias) => {
    const terms = searchTerms(alias);
    return terms.length > 0 && terms.every((term) => nameTerms.has(term));
  });
  const titles = person.aliases
    .filter((alias) => !alias.startsWith('the ') && searchTerms(alias).every((term) => !nameTerms.has(term)))
    .sort((a, b) => b.length - a.length);
  const askedName = names.some((term) => nameTerms.has(term.term));
  for (const title of titles) {
    const introduced = new RegExp(
      `\\b(${phrasePattern(title)})\\s+(?:${nameAliases.map(phrasePattern).join('|')})\\b`,
      'i',
    );
    for (const passage of retrieval.passages) {
      const match = introduced.exec(passage.text);
      if (match?.[1]) return { passage, lead: askedName ? match[1] : person.name };
    }
  }
  return null;
}
