/** What kind of answer a question wants. */
export type QuestionKind = 'when' | 'how_long' | 'how_many' | 'where' | 'who' | 'yes_no' | 'open';

const AUXILIARY_START = /^(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might)\b/;

/**
 * "date of the botched putsch", "rt piece posting date?": the noun "date" asks for one wherever it stands, but not in
 * "to date", "up to date" or "out of date", nor as the verb ("the deal dates from when").
 */
function asksForDate(text: string): boolean {
  return /(?<!\b(?:to|of) )\bdates?\b(?! (?:from|back)\b)/.test(text);
}

/** Classifies a question by its asking words: "When ...", "How long ...", "How many/much ...", "Did ...". */
export function questionKind(question: string): QuestionKind {
  const text = question.trim().toLowerCase();
  if (/\bhow long\b/.test(text)) return 'how_long';
  if (/\bhow (?:many|much)\b/.test(text)) return 'how_many';
  if (
    /^(?:when|(?:on |in )?(?:what|which) (?:date|day|month|year|time))\b|\bwhen (?:is|was|does|did|will|do|are|were)\b/.test(
      text,
    )
  )
    return 'when';
  if (/^where\b/.test(text)) return 'where';
  if (/^who\b/.test(text)) return 'who';
  if (AUXILIARY_START.test(text.replace(/^(?:so|and|but|ok|okay),?\s+/, ''))) return 'yes_no';
  // "Who will work on it past its end date", "how did they mark it, and on what date": another asking word rules.
  if (!/^(?:how|why)\b/.test(text) && asksForDate(text)) return 'when';
  return 'open';
}
