/** A small least-recently-used map: the oldest entry goes when it is full. */
export interface LruCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  readonly size: number;
}

export function createLruCache<V>(maxEntries: number): LruCache<V> {
  const entries = new Map<string, V>();
  return {
    get(key) {
      const value = entries.get(key);
      if (value === undefined) return undefined;
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
    get size() {
      return entries.size;
    },
  };
}

/** Questions that differ only in case, spacing or closing punctuation share an answer. */
export function normalizeQuestion(question: string): string {
  return question.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/[\s?!.]+$/, '');
}

/** The cache key: the same question against the same corpus version and model gets the same answer. */
export function answerCacheKey(corpusVersion: string, question: string, model: string): string {
  return JSON.stringify([corpusVersion, model, normalizeQuestion(question)]);
}
