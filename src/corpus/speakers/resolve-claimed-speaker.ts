import { clippedForename } from '../../text/clipped-forename.js';
import type { SpeakerDirectory } from './speaker-directory.js';
import { resolveSpeaker } from './speaker-directory.js';

const EDGE = /^[\s"'\u201C\u201D\u2018\u2019.,;:!?()-]+|[\s"'\u201C\u201D\u2018\u2019.,;:!?()-]+$/g;
const MAX_NAME_WORDS = 7;

/**
 * The one resolver of a claimed speaker, used by verify, the quotes listing, the model-answer gate and the
 * Discord menu: the canonical corpus name for what a user typed (an alias, a surname, a title, a description by
 * role and nationality), trying the whole string first, then ever shorter tails ("Russian Foreign Minister Sergey
 * Lavrov" → "Sergey Lavrov"), then a lone forename. Null when the corpus names no such speaker.
 */
export function resolveClaimedSpeaker(directory: SpeakerDirectory, claimed: string): string | null {
  const whole = resolveSpeaker(directory, claimed);
  if (whole) return whole;
  const words = claimed.replace(EDGE, '').split(/\s+/).filter(Boolean);
  for (let from = 0; from < words.length; from++) {
    const name = resolveSpeaker(directory, words.slice(from).join(' '));
    if (name) return name;
  }
  return words.length === 1 ? speakerByForename(directory, (words[0] as string).toLowerCase()) : null;
}

/**
 * "Did Vladimir say …", "Did Vlad say …": a forename alone, or clipped, is the one person of the corpus who has it
 * (see `clippedForename`); null when none or several do.
 */
function speakerByForename(directory: SpeakerDirectory, word: string): string | null {
  const named = peopleWithForename(directory, word);
  return named.length === 1 ? (named[0] ?? null) : null;
}

function peopleWithForename(directory: SpeakerDirectory, word: string): readonly string[] {
  const forename = directory.byForename.has(word) ? word : clippedForename(word, () => directory.byForename.keys());
  return (forename === null ? undefined : directory.byForename.get(forename)) ?? [];
}

/**
 * The people a claimed speaker the resolver leaves open could be: everyone of the corpus with that lone forename
 * ("Sergey": Sergey Lavrov, Sergey Ryabkov), so a verdict names them rather than saying the corpus names no such
 * speaker. Empty when the claim is no lone forename, or one person's.
 */
export function possibleSpeakers(directory: SpeakerDirectory, claimed: string): readonly string[] {
  const words = claimed.replace(EDGE, '').split(/\s+/).filter(Boolean);
  const named = words.length === 1 ? peopleWithForename(directory, (words[0] as string).toLowerCase()) : [];
  return named.length > 1 ? named : [];
}

/**
 * The one speaker a sentence names around a quotation ("apparently Putin said", "the Russian foreign minister
 * told reporters"), by the same resolver. Null when it names none, or several (who spoke would be a guess).
 */
export function speakerNamedIn(directory: SpeakerDirectory, text: string): string | null {
  const words = text.split(/[^\p{L}\p{N}.'\u2019-]+/u).filter(Boolean);
  const named = new Set<string>();
  for (let start = 0; start < words.length; start++) {
    for (let end = Math.min(words.length, start + MAX_NAME_WORDS); end > start; end--) {
      const name = resolveSpeaker(directory, words.slice(start, end).join(' '));
      if (!name) continue;
      named.add(name);
      start = end - 1;
      break;
    }
  }
  return named.size === 1 ? ([...named][0] ?? null) : null;
}
