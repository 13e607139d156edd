import { renderCitedAnswer } from '../answer/render-answer.js';
import type { GroundedClaim } from './ground-model-answer.js';

/**
 * Each claim's prose, then its evidence as the offline engine shows evidence: the speaker the corpus records
 * (or the outlet) and the corpus text in curly quotation marks with its number. Claims are separated by a blank line.
 */
export function renderGroundedAnswer(claims: readonly GroundedClaim[]): string {
  return claims
    .map((claim) => [claim.prose, renderCitedAnswer(claim.citations)].filter((part) => part.length > 0).join('\n'))
    .join('\n\n');
}
