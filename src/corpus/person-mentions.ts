import type { PersonMention } from './corpus-types.js';
import { type DocumentAttributionInput, createAttributionContext } from './speakers/cues/attribution-context.js';
import { resolvePronoun } from './speakers/cues/resolve-pronoun.js';

/**
 * The mentions of people of a document being analysed, as its speaker attribution resolves them
 * (`findDocumentEntities`, `resolvePronoun`): "the Secretary of State" is Mike Pompeo where he is the document's one
 * secretary, and "he" the person of the nearest sentence naming one. `input.entities` are the document's own, before
 * the corpus registry's bodies are merged in, and the context is a fresh one, so no speaker attribution settled
 * weighs on the pronouns.
 */
export function findPersonMentions(input: DocumentAttributionInput): PersonMention[] {
  const context = createAttributionContext(input);
  return input.entities.mentions.flatMap((mention): PersonMention[] => {
    if (mention.kind === 'person') return [{ start: mention.start, end: mention.end, person: mention.speaker }];
    const person = mention.kind === 'pronoun' ? resolvePronoun(context, mention) : null;
    return person ? [{ start: mention.start, end: mention.end, person }] : [];
  });
}
