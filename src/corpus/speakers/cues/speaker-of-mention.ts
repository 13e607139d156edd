import type { EntityMention } from '../document-entities.js';
import type { AttributionContext } from './attribution-context.js';
import { abstain, type CueResult } from './cue-result.js';
import { describedPerson, resolvePronoun } from './resolve-pronoun.js';

/** Whom a cue's subject names; an unnamed person abstains unless an epithet names someone known. */
export function speakerOf(context: AttributionContext, mention: EntityMention): CueResult {
  if (mention.kind === 'pronoun') return { found: true, speaker: resolvePronoun(context, mention) };
  if (mention.kind === 'anonymous') return mention.person === true ? describedPerson(context, mention) : abstain;
  if (mention.kind === 'body' && unnamedBody(context.text, mention.speaker)) return abstain;
  return { found: true, speaker: mention.speaker };
}

/**
 * "the club said", "the firm said": a body the document never names with that kind ("a local club" is no name) is no
 * one a reader can check; one it names ("Central Falls City Council", "the Commons home affairs committee") is that
 * body.
 */
function unnamedBody(text: string, speaker: string): boolean {
  const kind = /^the (?:\p{Ll}+ )*(\p{Ll}+)$/u.exec(speaker)?.[1];
  if (kind === undefined) return false;
  // A capitalised word within its sentence, then up to three lower-case words other than determiners, then the kind:
  // "City Council", "Commons home affairs committee" (not "But the firm").
  const written = `[${kind[0]}${kind[0]?.toUpperCase()}]${kind.slice(1)}`;
  const named = new RegExp(
    `(?<![.!?:"\\u201C\\u201D]\\s*|^\\s*)\\p{Lu}\\p{L}*(?:\\s+(?!(?:the|a|an|its|their)\\b)\\p{Ll}+){0,3}\\s+${written}\\b`,
    'u',
  );
  return !named.test(text);
}
