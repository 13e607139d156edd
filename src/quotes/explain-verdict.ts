import { replaceDoubleQuotationMarks } from '../text/quotation-marks.js';
import type { MatchEvidence, MeaningChange } from './describe-match.js';
import type { Difference } from './verify-result.js';

/** Who the user said spoke: as typed, and the corpus speaker it resolves to (null when none). */
export interface ClaimedSpeaker {
  readonly raw: string;
  readonly name: string | null;
  /** Whom an unresolved claim could be, when several people share the forename it gives. */
  readonly possible: readonly string[];
}

const MAX_LISTED_DIFFERENCES = 6;
const MAX_EXCERPT = 120;

/**
 * Words from the claim or the corpus, set in angle brackets, never in quotation marks: quotation marks are
 * kept for citations (corpus text at checked offsets), and these words are the claim's or an excerpt.
 * The passage itself travels in `match`, which front ends show as the citation.
 */
function words(text: string): string {
  const squashed = replaceDoubleQuotationMarks(text.replace(/\s+/g, ' '), "'").trim();
  return `\u27E8${squashed.length > MAX_EXCERPT ? `${squashed.slice(0, MAX_EXCERPT - 3)}...` : squashed}\u27E9`;
}

function either(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? '');
}

function claimedLabel(claimed: ClaimedSpeaker): string {
  if (claimed.name) return claimed.name;
  return claimed.possible.length > 1
    ? `${words(claimed.raw)}, who could be ${either(claimed.possible)}`
    : `${words(claimed.raw)}, who is not a speaker the corpus names`;
}

function renderDifference(difference: Difference): string {
  if (difference.op === 'replace') return `${words(difference.corpus)} became ${words(difference.claim)}`;
  if (difference.op === 'delete') return `${words(difference.corpus)} was left out`;
  return `${words(difference.claim)} was added`;
}

/** "the claim drops the negation ⟨no⟩": one phrase per change of negation or number, never omitted. */
function renderMeaningChange({ kind, difference }: MeaningChange): string {
  const what = kind === 'negation' ? 'the negation' : 'the number';
  if (difference.op === 'delete') return `the claim drops ${what} ${words(difference.corpus)}`;
  if (difference.op === 'insert') return `the claim adds ${what} ${words(difference.claim)}`;
  return `the claim changes ${words(difference.corpus)} to ${words(difference.claim)} (${kind === 'negation' ? 'a negation' : 'a number'})`;
}

/** Lists the differences and calls out every change of negation or number. */
export function explainDifferences(
  differences: readonly Difference[],
  meaningChanges: readonly MeaningChange[],
): string {
  if (differences.length === 0) return '';
  const listed = differences.slice(0, MAX_LISTED_DIFFERENCES).map(renderDifference);
  const more =
    differences.length > MAX_LISTED_DIFFERENCES ? `, and ${differences.length - MAX_LISTED_DIFFERENCES} more` : '';
  const count = differences.length === 1 ? '1 difference' : `${differences.length} differences`;
  let text = ` ${count}: ${listed.join('; ')}${more}.`;
  if (meaningChanges.length > 0) {
    text += ` Meaning changed: ${meaningChanges.map(renderMeaningChange).join('; ')}, which reverses or changes what was said.`;
  }
  return text;
}

export function explainVerified(
  speaker: string | null,
  evidence: MatchEvidence,
  alsoQuoted: readonly string[],
): string {
  let text = speaker
    ? `These words stand verbatim in a quotation by ${speaker} in ${evidence.source}.`
    : `These words stand verbatim in a quotation in ${evidence.source}, but the article does not say who said them.`;
  if (alsoQuoted.length > 0) text += ` The same words are also quoted from ${alsoQuoted.join(', ')}.`;
  return text;
}

/** The words are a quotation, but its article names no speaker: a claimed attribution can be neither confirmed nor denied. */
export function explainUnattributed(evidence: MatchEvidence, claimed: ClaimedSpeaker): string {
  return `These words stand verbatim in a quotation in ${evidence.source}, but the article does not say who said them, so the attribution to ${claimedLabel(claimed)} cannot be confirmed.`;
}

export function explainMisattributed(
  speaker: string,
  evidence: MatchEvidence,
  claimed: ClaimedSpeaker,
  others: readonly string[],
): string {
  const also = others.length > 0 ? ` (and to ${others.join(', ')})` : '';
  return `These words stand verbatim in a quotation in ${evidence.source}, but the corpus gives them to ${speaker}${also}, not ${claimedLabel(claimed)}.`;
}

/** One of the quotations a spliced claim joins, in the claim's order. */
export interface SplicedPartView {
  readonly speaker: string | null;
  readonly source: string;
  readonly text: string;
}

export function explainAltered(
  speaker: string | null,
  evidence: MatchEvidence,
  claimed: ClaimedSpeaker | null,
  differencesText: string,
  spliced: readonly SplicedPartView[],
  moved: readonly string[],
): string {
  const who = speaker ? `by ${speaker}` : 'by an unnamed speaker';
  let text = `The closest quotation, ${who} in ${evidence.source}, does not match word for word.${differencesText}`;
  if (moved.length > 0) text += ` The claim also moves words within the quotation: ${moved.map(words).join(', ')}.`;
  if (spliced.length > 1) {
    const parts = spliced.map((part) => `${words(part.text)} (${part.speaker ?? 'unnamed speaker'}, ${part.source})`);
    text += ` This is not one quotation: it splices ${parts.slice(0, -1).join(', ')} with ${parts.at(-1)}.`;
  }
  if (claimed && claimed.name !== speaker)
    text += ` The corpus gives these words to ${speaker ?? 'no named speaker'}, not ${claimedLabel(claimed)}.`;
  return text;
}

export function explainUnquoted(
  credited: string | null,
  evidence: MatchEvidence,
  claimed: ClaimedSpeaker | null,
  differencesText: string,
  inTeaser = false,
): string {
  const close = differencesText.length > 0 ? 'A close form of these words appears' : 'These words appear';
  if (inTeaser)
    return `${close} only in a line of ${evidence.source} that links another story (Also on …), not in its own reporting: the corpus does not quote anyone saying them.${differencesText}`;
  const credit = credited
    ? ` The narration credits ${credited}: it reports what ${credited} said, it does not quote it.`
    : ' The narration credits no one.';
  let text = `${close} only in the reporter's narration in ${evidence.source}, never inside quotation marks.${credit}${differencesText}`;
  if (claimed && credited && claimed.name !== credited)
    text += ` The narration credits ${credited}, not ${claimedLabel(claimed)}.`;
  return text;
}

export function explainNotFound(claimed: ClaimedSpeaker | null): string {
  const unknown =
    claimed && !claimed.name
      ? claimed.possible.length > 1
        ? ` ${words(claimed.raw)} could be ${either(claimed.possible)}.`
        : ` No speaker the corpus names matches ${words(claimed.raw)}.`
      : '';
  return `No quotation or passage in the corpus comes close to these words.${unknown}`;
}
