import type { EntityMention } from '../document-entities.js';
import { type AttributionContext, firstWordFrom } from './attribution-context.js';
import { abstain, type CueResult } from './cue-result.js';
import { nearestCandidates, resolvePronoun } from './resolve-pronoun.js';

/** Whom a cue's subject names; an unnamed person abstains unless an epithet names someone known. */
export function speakerOf(context: AttributionContext, mention: EntityMention): CueResult {
  if (mention.kind === 'pronoun') return { found: true, speaker: resolvePronoun(context, mention) };
  if (mention.kind === 'anonymous') return mention.person === true ? describedPerson(context, mention) : abstain;
  return { found: true, speaker: mention.speaker };
}

/**
 * "…”, says the handsome food expert": a description with an adjective before its head is an epithet for someone
 * the article already named, the one person (directly, or through he/she) of the nearest sentence that has any;
 * a bare description ("the hotel owner said") may be someone new, and gives no speaker.
 */
function describedPerson(context: AttributionContext, mention: EntityMention): CueResult {
  const { words } = context;
  const inside = words.slice(firstWordFrom(context, mention.start) + 1, firstWordFrom(context, mention.end));
  if (!inside.some((word) => word.pos === 'ADJ')) return abstain;
  const named = new Set(
    nearestCandidates(context, mention.start, (other) => other.kind === 'person' || other.kind === 'pronoun').map(
      (other) =>
        other.kind === 'person'
          ? other.speaker
          : other.kind === 'pronoun' && (other.gender === 'male' || other.gender === 'female')
            ? resolvePronoun(context, other)
            : null,
    ),
  );
  const [only] = named;
  return named.size === 1 && only ? { found: true, speaker: only } : abstain;
}
