import { describeDifferences, describeEvidence, type MatchEvidence, matchInTeaser } from './describe-match.js';
import {
  explainAltered,
  explainDifferences,
  explainMisattributed,
  explainNotFound,
  explainUnattributed,
  explainUnquoted,
  explainVerified,
  type ClaimedSpeaker,
} from './explain-verdict.js';
import { findExactMatches, findNearMatches, isClose, type UnitMatch } from './find-matches.js';
import { findSplicedParts, type SplicedPart } from './find-splice.js';
import { prepareClaim, type PreparedClaim } from './prepare-claim.js';
import type { QuoteIndex } from './quote-index.js';
import { possibleSpeakers, resolveClaimedSpeaker } from '../corpus/speakers/resolve-claimed-speaker.js';
import { parseVerifyRequest, type VerifyRequest } from './verify-request.js';
import type { VerifyResult } from './verify-result.js';

/** Narration counts as the source only when most of its matched content words stand outside quotation marks. */
const MAX_QUOTED_SHARE_IN_NARRATION = 0.5;

/** Best first: higher alignment score, then closer, then the claimed speaker, then a named speaker, then corpus order. */
function rank(claimedName: string | null) {
  return (a: UnitMatch, b: UnitMatch): number =>
    b.alignment.score - a.alignment.score ||
    b.similarity - a.similarity ||
    Number(b.speaker !== null && b.speaker === claimedName) - Number(a.speaker !== null && a.speaker === claimedName) ||
    Number(b.speaker !== null) - Number(a.speaker !== null) ||
    a.unitId - b.unitId;
}

function isNarrationSource(match: UnitMatch): boolean {
  return match.unit.kind === 'narration' && match.quotedShare <= MAX_QUOTED_SHARE_IN_NARRATION;
}

interface Verdicts {
  readonly index: QuoteIndex;
  readonly claim: PreparedClaim;
  readonly quote: string;
  readonly claimed: ClaimedSpeaker | null;
}

function claimedName(context: Verdicts): string | null {
  return context.claimed ? (context.claimed.name ?? context.claimed.raw) : null;
}

function attributed(context: Verdicts, exact: readonly UnitMatch[]): VerifyResult {
  const wanted = context.claimed?.name ?? null;
  const chosen =
    (wanted !== null ? exact.find((match) => match.speaker === wanted) : undefined) ??
    exact.find((match) => match.speaker !== null) ??
    (exact[0] as UnitMatch);
  const evidence = describeEvidence(context.index, chosen);
  const speaker = chosen.speaker;
  const others = [
    ...new Set(exact.map((match) => match.speaker).filter((name): name is string => name !== null && name !== speaker)),
  ];
  const verdict =
    !context.claimed || (speaker !== null && speaker === wanted)
      ? 'verified'
      : speaker === null
        ? 'unattributed'
        : 'misattributed';
  return {
    verdict,
    quote: context.quote,
    claimedSpeaker: claimedName(context),
    speaker,
    match: evidence,
    differences: [],
    explanation:
      verdict === 'verified'
        ? explainVerified(speaker, evidence, others)
        : speaker === null
          ? explainUnattributed(evidence, context.claimed as ClaimedSpeaker)
          : explainMisattributed(speaker, evidence, context.claimed as ClaimedSpeaker, others),
  };
}

function unquoted(context: Verdicts, match: UnitMatch): VerifyResult {
  const evidence = describeEvidence(context.index, match);
  const { differences, meaningChanges } = describeDifferences(context.index, context.claim, match);
  return {
    verdict: 'unquoted',
    quote: context.quote,
    claimedSpeaker: claimedName(context),
    speaker: match.speaker,
    match: evidence,
    differences,
    explanation: explainUnquoted(
      match.speaker,
      evidence,
      context.claimed,
      explainDifferences(differences, meaningChanges),
      matchInTeaser(context.index, match),
    ),
  };
}

/** The quotations a spliced claim joins, in the claim's order, and the claim's words moved within `match`'s quotation. */
function describeSplices(context: Verdicts, match: UnitMatch, evidence: MatchEvidence, parts: readonly SplicedPart[]) {
  const { claim, index } = context;
  const moved = parts
    .filter((part) => part.match.unitId === match.unitId)
    .map((part) => claim.text.slice(claim.tokens[part.from]?.start, claim.tokens[part.to - 1]?.end));
  const others = parts.filter((part) => part.match.unitId !== match.unitId);
  if (others.length === 0) return { spliced: [], moved };
  const firstMatched = match.alignment.steps.find((step) => step.op === 'equal');
  const own = { from: firstMatched && firstMatched.op === 'equal' ? firstMatched.claim : 0, match };
  const spliced = [...others, own]
    .sort((a, b) => a.from - b.from)
    .map((part) => {
      const partEvidence = part.match === match ? evidence : describeEvidence(index, part.match);
      return { speaker: part.match.speaker, source: partEvidence.source, text: partEvidence.text };
    });
  return { spliced, moved };
}

function altered(context: Verdicts, match: UnitMatch, parts: readonly SplicedPart[]): VerifyResult {
  const evidence = describeEvidence(context.index, match);
  const { differences, meaningChanges } = describeDifferences(context.index, context.claim, match);
  const { spliced, moved } = describeSplices(context, match, evidence, parts);
  const differencesText = explainDifferences(differences, meaningChanges);
  return {
    verdict: 'altered',
    quote: context.quote,
    claimedSpeaker: claimedName(context),
    speaker: match.speaker,
    match: evidence,
    differences,
    explanation: explainAltered(match.speaker, evidence, context.claimed, differencesText, spliced, moved),
  };
}

/**
 * Checks a quote, and optionally who said it, against the corpus: verified, misattributed, unattributed, altered
 * (with word-level differences), unquoted (only in narration) or not_found. Candidates come from the
 * index's postings, so the work depends on the claim and the few units sharing its rare words, not on corpus size.
 * @throws InputError when the request is malformed, empty, or has fewer than two content words.
 */
export function verifyQuote(index: QuoteIndex, request: VerifyRequest): VerifyResult {
  const { quote, speaker } = parseVerifyRequest(request);
  const claim = prepareClaim(index, quote);
  const claimed =
    speaker === null
      ? null
      : {
          raw: speaker,
          name: resolveClaimedSpeaker(index.speakers, speaker),
          possible: possibleSpeakers(index.speakers, speaker),
        };
  // "Did Sergey say …": a forename several people share is the one of them whose words these are.
  const settled = (speaker: string | null): ClaimedSpeaker | null =>
    claimed && claimed.name === null && speaker !== null && claimed.possible.includes(speaker)
      ? { ...claimed, name: speaker }
      : claimed;
  const context: Verdicts = { index, claim, quote, claimed };
  const about = (match: { readonly speaker: string | null } | undefined): Verdicts => ({
    ...context,
    claimed: settled(match?.speaker ?? null),
  });
  const order = rank(claimed?.name ?? null);

  const exact = findExactMatches(index, claim).sort(order);
  const exactQuotations = exact.filter((match) => match.unit.kind === 'quotation');
  if (exactQuotations.length > 0) return attributed(about(exactQuotations[0]), exactQuotations);
  const exactNarration = exact.find(isNarrationSource);
  if (exactNarration) return unquoted(about(exactNarration), exactNarration);

  const near = findNearMatches(index, claim).sort(order);
  const bestQuotation = near.find((match) => match.unit.kind === 'quotation');
  const closeQuotation = near.find((match) => match.unit.kind === 'quotation' && isClose(match, claim));
  const closeNarration = near.find((match) => isNarrationSource(match) && isClose(match, claim));
  const splices = bestQuotation && bestQuotation.matched >= 2 ? findSplicedParts(index, claim, bestQuotation) : [];

  if (bestQuotation && splices.length > 0) return altered(about(bestQuotation), bestQuotation, splices);
  if (closeQuotation)
    return altered(
      about(closeQuotation),
      closeQuotation,
      closeQuotation === bestQuotation ? [] : findSplicedParts(index, claim, closeQuotation),
    );
  if (closeNarration) return unquoted(about(closeNarration), closeNarration);
  return {
    verdict: 'not_found',
    quote,
    claimedSpeaker: claimedName(context),
    speaker: null,
    match: null,
    differences: [],
    explanation: explainNotFound(claimed),
  };
}
