import type { Speaker } from '../corpus-types.js';

function fold(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The canonical name a user means ("pompeo", "the Secretary of State", "Mike Pompeo"), or null when none. */
export function resolveSpeaker(speakers: readonly Speaker[], input: string): string | null {
  const wanted = fold(input);
  if (wanted.length === 0) return null;
  const exact = speakers.find((speaker) => fold(speaker.name) === wanted);
  if (exact) return exact.name;
  const byAlias = speakers.filter((speaker) => speaker.aliases.some((alias) => fold(alias) === wanted));
  return byAlias.length === 1 ? (byAlias[0] as Speaker).name : null;
}
