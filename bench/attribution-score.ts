/** Scores quotation detection and speaker attribution against hand labels: pure, no I/O. */

export interface LabelledQuotation {
  readonly start: number;
  readonly quote: string;
  readonly speaker: string | null;
}

export interface PredictedQuotation {
  readonly start: number;
  readonly speaker: string | null;
}

type AttributionErrorKind =
  | 'wrong_speaker'
  | 'missed_speaker'
  | 'spurious_speaker'
  | 'quotation_missed'
  | 'quotation_extra';

export interface AttributionScore {
  labelled: number;
  detected: number;
  detectedRight: number;
  labelledSpeakers: number;
  predictedSpeakers: number;
  rightSpeakers: number;
  errors: Record<AttributionErrorKind, number>;
}

const TITLE_WORDS = new Set([
  'mr',
  'mrs',
  'miss',
  'ms',
  'dr',
  'jr',
  'sr',
  'the',
  'sir',
  'rep',
  'sen',
  'gov',
  'president',
  'premier',
  'prince',
  'princess',
]);

// "Lord Faulkner of Worcester": a peer's territorial designation follows the surname, so it is not the name's last word.
const TERRITORIAL_DESIGNATION = /^((?:lord|lady|baron|baroness|viscount|viscountess|earl|countess)\s+\S+)\s+of\s\S.*$/i;

// "Seneca the Younger", "Pliny the Elder": an epithet after "the" follows a one-word name, so it is not its last word
// ("Reporters Committee for Freedom of the Press" ends in its own words).
const EPITHET = /^(\p{Lu}[\p{L}-]*)\s+the\s+\p{Lu}[\p{L}-]*$/u;

/** A name's words, lower case, titles left out; "O’Keefe" and "O'Keefe" are one word. */
function nameWords(name: string): string[] {
  return name
    .replaceAll('\u2019', "'")
    .replace(TERRITORIAL_DESIGNATION, '$1')
    .replace(EPITHET, '$1')
    .toLowerCase()
    .split(/[^\p{L}'-]+/u)
    .filter((word) => word.length > 1 && !TITLE_WORDS.has(word));
}

const INITIALISM = /^\p{Lu}(?:&?\p{Lu}){1,5}$/u;

/** "IMF" for "International Monetary Fund", "M&S" for "Marks & Spencer": the capitals opening the name's words. */
function isInitialismOf(short: string, name: string): boolean {
  const written = short.trim();
  const initials = (name.match(/(?<![\p{L}'])\p{Lu}/gu) ?? []).join('');
  return INITIALISM.test(written) && initials.length > 1 && written.replace('&', '') === initials;
}

/**
 * Right when the prediction names the label's surname and no word of it contradicts the label ("Hughes" for
 * "Charles E. Hughes"), or when one is the other's initialism: a labeller writes a body either way.
 */
export function sameSpeaker(predicted: string, labelled: string): boolean {
  if (isInitialismOf(predicted, labelled) || isInitialismOf(labelled, predicted)) return true;
  const predictedWords = nameWords(predicted);
  const labelledWords = nameWords(labelled);
  // "B&B": a name of single letters has no word to compare, so it must be written the same.
  if (labelledWords.length === 0) return predicted.trim().toLowerCase() === labelled.trim().toLowerCase();
  const surname = labelledWords.at(-1);
  return (
    surname !== undefined &&
    predictedWords.includes(surname) &&
    predictedWords.every((word) => labelledWords.includes(word))
  );
}

export function emptyScore(): AttributionScore {
  return {
    labelled: 0,
    detected: 0,
    detectedRight: 0,
    labelledSpeakers: 0,
    predictedSpeakers: 0,
    rightSpeakers: 0,
    errors: { wrong_speaker: 0, missed_speaker: 0, spurious_speaker: 0, quotation_missed: 0, quotation_extra: 0 },
  };
}

/** Adds one article to `score`; a detected quotation matches a label that starts at the same offset. */
export function scoreArticle(
  score: AttributionScore,
  labels: readonly LabelledQuotation[],
  predicted: readonly PredictedQuotation[],
): void {
  const byStart = new Map(predicted.map((quotation) => [quotation.start, quotation]));
  const labelledStarts = new Set(labels.map((label) => label.start));
  score.labelled += labels.length;
  score.detected += predicted.length;
  score.errors.quotation_extra += predicted.filter((quotation) => !labelledStarts.has(quotation.start)).length;
  for (const label of labels) {
    const found = byStart.get(label.start);
    if (label.speaker !== null) score.labelledSpeakers++;
    if (!found) {
      score.errors.quotation_missed++;
      continue;
    }
    score.detectedRight++;
    if (found.speaker !== null) score.predictedSpeakers++;
    if (label.speaker === null) {
      if (found.speaker !== null) score.errors.spurious_speaker++;
    } else if (found.speaker === null) score.errors.missed_speaker++;
    else if (sameSpeaker(found.speaker, label.speaker)) score.rightSpeakers++;
    else score.errors.wrong_speaker++;
  }
}

export interface PrecisionRecall {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function precisionRecall(right: number, predicted: number, expected: number): PrecisionRecall {
  const precision = predicted === 0 ? 0 : right / predicted;
  const recall = expected === 0 ? 0 : right / expected;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** The figures of `score` as printed lines: detection, attribution and error kinds. */
export function scoreLines(score: AttributionScore): string[] {
  const detection = precisionRecall(score.detectedRight, score.detected, score.labelled);
  const attribution = precisionRecall(score.rightSpeakers, score.predictedSpeakers, score.labelledSpeakers);
  const figure = (value: number): string => value.toFixed(2);
  return [
    `detection    P ${figure(detection.precision)}  R ${figure(detection.recall)}  F1 ${figure(detection.f1)}`,
    `attribution  P ${figure(attribution.precision)}  R ${figure(attribution.recall)}  F1 ${figure(attribution.f1)}  (${score.rightSpeakers} right of ${score.predictedSpeakers} credited, ${score.labelledSpeakers} labelled)`,
    `errors       ${Object.entries(score.errors)
      .map(([kind, count]) => `${kind} ${count}`)
      .join(', ')}`,
  ];
}
