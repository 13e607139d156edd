import { CorpusValidationError, servingProblem } from './corpus-snapshot.js';
import { type DocumentsSegment, type Head, type ListName, LISTS, type PersistedUnit } from './segment-shapes.js';
import { matchesDigest, type SourceDigest } from './snapshot-key.js';
import type { CorpusDocument } from '../corpus/corpus-types.js';
import type { IndexedDocument, IndexUnit } from '../quotes/quote-index.js';
import { RestoredSentences } from '../search/restored-sentences.js';

/** A sentence's search terms as the index keeps them: words between single spaces, a space at either end. */
function isTermList(terms: unknown): terms is string {
  return typeof terms === 'string' && terms.startsWith(' ') && terms.endsWith(' ') && !terms.includes('  ', 1);
}

/** Where a restore stands: the parts linked so far, each checked against the files on disk as it is linked. */
export class Restoration {
  readonly documents: CorpusDocument[] = [];
  readonly quoteDocuments: IndexedDocument[] = [];
  readonly sentences = new RestoredSentences();
  readonly units: IndexUnit[] = [];
  readonly lists = new Map<ListName, unknown[]>(LISTS.map((list) => [list, []]));
  readonly served: readonly SourceDigest[];

  /** `sources` are the files on disk, as read here or as a worker read them (see `SourceDigest`). */
  constructor(
    readonly head: Head,
    sources: readonly SourceDigest[],
  ) {
    const refusedNames = new Set(head.refused.map((entry) => entry.file));
    const onDisk = new Set(sources.map((source) => source.id));
    if ([...refusedNames].some((name) => !onDisk.has(name)))
      throw new CorpusValidationError('The snapshot refuses a document that is not on disk.');
    this.served = sources.filter((source) => !refusedNames.has(source.id));
    if (head.documents !== this.served.length)
      throw new CorpusValidationError('The snapshot holds another set of documents.');
  }

  addDocuments(segment: DocumentsSegment): void {
    segment.documents.forEach((document, offset) => {
      const source = this.served[this.documents.length];
      if (!source || document.id !== source.id || !matchesDigest(document.text, source))
        throw new CorpusValidationError(`The snapshot's ${document.id} is not the file on disk.`);
      const problem = servingProblem(document);
      if (problem) throw new CorpusValidationError(`${document.id}: ${problem}.`);
      const terms = segment.sentenceTerms[offset];
      const arrays = segment.quoteDocuments[offset];
      if (terms?.length !== document.sentences.length || !arrays)
        throw new CorpusValidationError(`The snapshot's indexes do not cover ${document.id}.`);
      document.sentences.forEach((sentence, index) => {
        if (sentence.index !== index || !isTermList(terms[index]))
          throw new CorpusValidationError(`The snapshot's sentences of ${document.id} are out of order.`);
      });
      this.sentences.addDocument(document, terms);
      this.quoteDocuments.push({ ...arrays, document });
      this.documents.push(document);
    });
  }

  addUnits(items: readonly unknown[]): void {
    for (const item of items as readonly PersistedUnit[]) {
      const document = this.documents[item.documentIndex];
      const quotation = item.quotation < 0 ? null : document?.quotations[item.quotation];
      const paragraph = item.paragraph < 0 ? null : document?.paragraphs[item.paragraph];
      if (!document || quotation === undefined || paragraph === undefined)
        throw new CorpusValidationError('The snapshot\u2019s quote index is not over its corpus.');
      this.units.push({ ...item, quotation, paragraph });
    }
  }

  list<Item>(name: ListName): Item[] {
    return this.lists.get(name) as Item[];
  }
}
