import { LRUCache } from 'lru-cache';
import { bodyWords } from './analyse-document.js';
import type { CorpusDocument, Span } from './corpus-types.js';
import { createAttributionContext } from './speakers/cues/attribution-context.js';
import { resolvePronoun } from './speakers/cues/resolve-pronoun.js';
import { findDocumentEntities } from './speakers/document-entities.js';

/** A span of a document that its entity resolution reads as one person: a name, a role they hold, he or she. */
export type PersonMention = Span & { readonly person: string };

/** Documents are re-read only when asked about; a large corpus's questions keep coming back to a few of them. */
const MENTIONS_CACHED = 2_000;
const cache = new LRUCache<string, readonly PersonMention[]>({ max: MENTIONS_CACHED });

/**
 * The document's mentions of people outside quotation marks, as the speaker attribution resolves them when the corpus
 * is built (`findDocumentEntities`, `resolvePronoun`): "the Secretary of State" is Mike Pompeo where he is the
 * document's one secretary, and "he" the person of the nearest sentence naming one. Computed again on demand, as the
 * corpus keeps only what attribution made of them.
 */
export function personMentions(document: CorpusDocument): readonly PersonMention[] {
  const key = `${document.id}:${document.sha256}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const body = document.paragraphs.filter((paragraph) => paragraph.kind === 'body');
  const words = bodyWords(document.text, body);
  const entities = findDocumentEntities(document.text, words, document.quotations);
  // The context reads only where quotations stand, not whether one re-opens the one before.
  const context = createAttributionContext({
    text: document.text,
    words,
    quotations: document.quotations.map((quotation) => ({ ...quotation, reopens: false })),
    sentences: document.sentences,
    entities,
  });
  const mentions = entities.mentions.flatMap((mention): PersonMention[] => {
    if (mention.kind === 'person') return [{ start: mention.start, end: mention.end, person: mention.speaker }];
    const person = mention.kind === 'pronoun' ? resolvePronoun(context, mention) : null;
    return person ? [{ start: mention.start, end: mention.end, person }] : [];
  });
  cache.set(key, mentions);
  return mentions;
}
