import type { AttributionContext } from './attribution-context.js';

/**
 * "the club said", "the firm said", in an article that names bodies ("Manchester United", "Kraft"): a body the
 * document never names with that kind ("a local club" is no name) is one of those, unresolved, so no one a reader can
 * check; one it names ("Central Falls City Council", "the Commons home affairs committee") is that body. In an article
 * naming no body at all, "the jury" is the only body there is, and speaks.
 */
export function unnamedBody(context: AttributionContext, speaker: string): boolean {
  const { text, mentions } = context;
  if (!mentions.some((mention) => mention.kind === 'body' && !mention.speaker.startsWith('the '))) return false;
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
