import { type SentenceEntry, sentenceId } from './sentence-entry.js';
import type { CorpusDocument } from '../corpus/corpus-types.js';

/**
 * The index's table of sentences by id, for a restored index: each entry is made when it is read, from the documents
 * and their sentences' terms as the snapshot held them. At 10,000 articles the table has 281,000 entries, whose ids,
 * entries and map a restore made at every start (the start took 0.3 to 0.4 s less without them on this machine)
 * though a question reads a few dozen.
 * A change (a delta reload) sets and deletes entries over the restored ones; it behaves as the map it stands for.
 */
export class RestoredSentences extends Map<string, SentenceEntry> {
  readonly #documents = new Map<string, { readonly document: CorpusDocument; readonly terms: readonly string[] }>();
  /** Restored ids deleted or set again since the restore. */
  readonly #replaced = new Set<string>();
  /** Documents with an id deleted or set since the restore, whose terms `termsAt` cannot read from the snapshot. */
  readonly #changedDocuments = new Set<string>();
  #restored = 0;

  /**
   * Adds a restored document with its sentences' terms, one per sentence in order.
   * @throws Error when the document was added already or the terms do not cover its sentences.
   */
  addDocument(document: CorpusDocument, terms: readonly string[]): void {
    if (this.#documents.has(document.id)) throw new Error(`${document.id} is restored twice.`);
    if (terms.length !== document.sentences.length) throw new Error(`The terms do not cover ${document.id}.`);
    this.#documents.set(document.id, { document, terms });
    this.#restored += terms.length;
  }

  #restoredEntry(id: string): SentenceEntry | undefined {
    if (this.#replaced.has(id)) return undefined;
    const colon = id.lastIndexOf(':');
    const restored = colon < 0 ? undefined : this.#documents.get(id.slice(0, colon));
    if (!restored) return undefined;
    const digits = id.slice(colon + 1);
    const index = Number(digits);
    const sentence = restored.document.sentences[index];
    const terms = restored.terms[index];
    if (sentence === undefined || terms === undefined || String(index) !== digits) return undefined;
    return { document: restored.document, sentence, terms };
  }

  #isRestored(id: string): boolean {
    return this.#restoredEntry(id) !== undefined || this.#replaced.has(id);
  }

  override get(id: string): SentenceEntry | undefined {
    return super.get(id) ?? this.#restoredEntry(id);
  }

  override has(id: string): boolean {
    return super.has(id) || this.#restoredEntry(id) !== undefined;
  }

  /**
   * The terms of a document's sentence, as `get(sentenceId(documentId, index))?.terms` but without making the id or
   * the entry: the search reads the neighbours of every sentence it weighs, which made questions half as slow again.
   */
  termsAt(documentId: string, index: number): string | undefined {
    const restored = this.#changedDocuments.has(documentId) ? undefined : this.#documents.get(documentId);
    return restored ? restored.terms[index] : this.get(sentenceId(documentId, index))?.terms;
  }

  #noteChange(id: string): void {
    this.#changedDocuments.add(id.slice(0, Math.max(0, id.lastIndexOf(':'))));
    if (this.#isRestored(id)) this.#replaced.add(id);
  }

  override set(id: string, entry: SentenceEntry): this {
    this.#noteChange(id);
    super.set(id, entry);
    return this;
  }

  override delete(id: string): boolean {
    const held = this.has(id);
    this.#noteChange(id);
    super.delete(id);
    return held;
  }

  override clear(): void {
    for (const [id] of this.#restoredEntries()) this.#noteChange(id);
    super.clear();
  }

  override get size(): number {
    return this.#restored - this.#replaced.size + super.size;
  }

  *#restoredEntries(): Generator<[string, SentenceEntry]> {
    for (const { document, terms } of this.#documents.values()) {
      for (const [index, sentence] of document.sentences.entries()) {
        const id = sentenceId(document.id, index);
        if (!this.#replaced.has(id)) yield [id, { document, sentence, terms: terms[index] as string }];
      }
    }
  }

  override *entries(): MapIterator<[string, SentenceEntry]> {
    yield* this.#restoredEntries();
    yield* super.entries();
  }

  override *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  override *values(): MapIterator<SentenceEntry> {
    for (const [, entry] of this.entries()) yield entry;
  }

  override [Symbol.iterator](): MapIterator<[string, SentenceEntry]> {
    return this.entries();
  }

  override forEach(
    callback: (entry: SentenceEntry, id: string, map: Map<string, SentenceEntry>) => void,
    thisArg?: unknown,
  ): void {
    for (const [id, entry] of this.entries()) callback.call(thisArg, entry, id, this);
  }
}
