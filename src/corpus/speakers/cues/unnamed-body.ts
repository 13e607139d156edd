/**
 * "the club said", "the firm said": a body the document never names with that kind ("a local club" is no name) is no
 * one a reader can check; one it names ("Central Falls City Council", "the Commons home affairs committee") is that
 * body.
 */
export function unnamedBody(text: string, speaker: string): boolean {
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
