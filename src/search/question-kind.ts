/** What kind of answer a question wants. */
export type QuestionKind = 'when' | 'how_long' | 'how_many' | 'where' | 'who' | 'yes_no' | 'open';

const AUXILIARY_START = /^(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might)\b/;

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
  return 'open';
}
