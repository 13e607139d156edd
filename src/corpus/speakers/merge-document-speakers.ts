import type { Speaker } from '../corpus-types.js';
import type { DocumentEntities } from './document-entities.js';

/**
 * The corpus's speakers: those found corpus-wide, plus each document's people and quoted bodies. Documents are
 * linked only by full name: the same name in two articles is one speaker, a shared surname is not.
 */
export function mergeDocumentSpeakers(
  discovered: readonly Speaker[],
  documents: readonly Pick<DocumentEntities, 'persons' | 'bodies'>[],
  quotedSpeakers: ReadonlySet<string | null>,
): Speaker[] {
  const byName = new Map<string, { kind: Speaker['kind']; aliases: Set<string> }>();
  for (const speaker of discovered) byName.set(speaker.name, { kind: speaker.kind, aliases: new Set(speaker.aliases) });
  const add = (name: string, kind: Speaker['kind'], aliases: readonly string[]) => {
    const entry = byName.get(name) ?? { kind, aliases: new Set<string>() };
    for (const alias of [name, ...aliases]) entry.aliases.add(alias.toLowerCase());
    byName.set(name, entry);
  };
  for (const document of documents) {
    for (const person of document.persons) {
      if (!quotedSpeakers.has(person.name) && !byName.has(person.name)) continue;
      const sharedSurname = document.persons.some((other) => other !== person && other.surname === person.surname);
      const titled = [...person.titles].flatMap((title) => [`${title} ${person.surname}`, `${title} ${person.name}`]);
      add(person.name, 'person', sharedSurname ? titled : [person.surname, ...titled]);
    }
    for (const body of document.bodies) if (quotedSpeakers.has(body)) add(body, 'body', [`the ${body}`]);
  }
  for (const name of quotedSpeakers) if (name !== null && !byName.has(name)) add(name, 'body', []);
  return [...byName].map(([name, { kind, aliases }]) => ({ name, kind, aliases: [...aliases] }));
}
