/** Questions that differ only in case, spacing or closing punctuation share an answer. */
function normalizeQuestion(question: string): string {
  return question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s?!.]+$/, '');
}

/** The cache key: the same question against the same corpus version and model gets the same answer. */
export function answerCacheKey(corpusVersion: string, question: string, model: string): string {
  return JSON.stringify([corpusVersion, model, normalizeQuestion(question)]);
}
