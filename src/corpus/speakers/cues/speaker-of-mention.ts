import type { EntityMention } from '../document-entities.js';
import type { AttributionContext } from './attribution-context.js';
import { abstain, type CueResult } from './cue-result.js';
import { organisationDescribed } from './headline-topic.js';
import { describedPerson, resolvePronoun } from './resolve-pronoun.js';
import { unnamedBody } from './unnamed-body.js';

/** Whom a cue's subject names; an unnamed person abstains unless an epithet names someone known. */
export function speakerOf(context: AttributionContext, mention: EntityMention): CueResult {
  if (mention.kind === 'pronoun') return { found: true, speaker: resolvePronoun(context, mention) };
  if (mention.kind === 'anonymous') return mention.person === true ? describedPerson(context, mention) : abstain;
  if (mention.kind === 'body') {
    const organisation = organisationDescribed(context, mention.speaker);
    if (organisation !== null) return { found: true, speaker: organisation };
    if (unnamedBody(context, mention.speaker)) return abstain;
  }
  return { found: true, speaker: mention.speaker };
}
