import { z } from 'zod';
import { CorpusValidationError } from './corpus-snapshot.js';
import { type DocumentsSegment, parsed } from './segment-shapes.js';
import type { CorpusDocument, Paragraph, PersonMention, Quotation, Sentence } from '../corpus/corpus-types.js';
import type { IndexedDocument } from '../quotes/quote-index.js';

/*
 * A documents segment as columns: typed arrays for every number, a few lists of strings, and each document's
 * sentence terms as one string. v8 deserialises objects into the young generation, where every one of them is
 * copied again by the collector, and at 10,000 documents the paragraphs, sentences, quotations and quote-index
 * arrays were 500,000 of them; the objects rebuilt from columns here are made by plain JavaScript, which v8
 * allocates in the old generation once it sees that they live, and are fewer (a quotation's text is a slice of
 * its document's).
 */

const PARAGRAPH_KINDS = [
  'headline',
  'dateline',
  'body',
  'boilerplate',
  'teaser',
] as const satisfies readonly Paragraph['kind'][];
const SPANS_PARAGRAPHS = 1;
const FULL = 2;
/** Sentence terms never hold a line break (they are words between spaces), so one joins a document's. */
const TERMS_SEPARATOR = '\n';
const QUOTE_ARRAYS = ['terms', 'starts', 'ends', 'flags', 'quotationUnits', 'narrationUnits'] as const;

type QuoteArrays = Omit<IndexedDocument, 'document' | 'base'>;

const int32 = z.instanceof(Int32Array);
const uint8 = z.instanceof(Uint8Array);
const strings = z.array(z.string());

const packedDocumentsSchema = z
  .object({
    kind: z.literal('documents'),
    ids: strings,
    texts: strings,
    sha256s: strings,
    titles: strings,
    outlets: z.array(z.string().nullable()),
    dates: z.array(z.string().nullable()),
    /**
     * Names that credit a sentence, speak a quotation or are mentioned, which `sentenceSpeakers`, `quotationSpeakers`
     * and `mentionPersons` index (-1: none).
     */
    speakers: strings,
    paragraphCounts: int32,
    paragraphStarts: int32,
    paragraphEnds: int32,
    paragraphKinds: uint8,
    sentenceCounts: int32,
    sentenceStarts: int32,
    sentenceEnds: int32,
    sentenceParagraphs: int32,
    sentenceSpeakers: int32,
    /** Each document's sentence terms, joined by line breaks. */
    sentenceTerms: strings,
    quotationCounts: int32,
    quotationIds: strings,
    quotationStarts: int32,
    quotationEnds: int32,
    quotationParagraphs: int32,
    quotationSpeakers: int32,
    quotationFlags: uint8,
    mentionCounts: int32,
    mentionStarts: int32,
    mentionEnds: int32,
    mentionPersons: int32,
    quoteBases: int32,
    /** Words per document in the quote index: each of `quoteTerms` ... `quoteNarrationUnits` holds them all, in order. */
    quoteWords: int32,
    quoteTerms: int32,
    quoteStarts: int32,
    quoteEnds: int32,
    quoteFlags: uint8,
    quoteQuotationUnits: int32,
    quoteNarrationUnits: int32,
  })
  .refine((packed) => {
    const documents = packed.ids.length;
    const perDocument = [
      packed.texts,
      packed.sha256s,
      packed.titles,
      packed.outlets,
      packed.dates,
      packed.sentenceTerms,
      packed.paragraphCounts,
      packed.sentenceCounts,
      packed.quotationCounts,
      packed.mentionCounts,
      packed.quoteBases,
      packed.quoteWords,
    ];
    const paragraphs = sum(packed.paragraphCounts);
    const sentences = sum(packed.sentenceCounts);
    const quotations = sum(packed.quotationCounts);
    const mentions = sum(packed.mentionCounts);
    const words = sum(packed.quoteWords);
    return (
      perDocument.every((column) => column.length === documents) &&
      [packed.paragraphStarts, packed.paragraphEnds, packed.paragraphKinds].every((c) => c.length === paragraphs) &&
      [packed.sentenceStarts, packed.sentenceEnds, packed.sentenceParagraphs, packed.sentenceSpeakers].every(
        (column) => column.length === sentences,
      ) &&
      [
        packed.quotationIds,
        packed.quotationStarts,
        packed.quotationEnds,
        packed.quotationParagraphs,
        packed.quotationSpeakers,
        packed.quotationFlags,
      ].every((column) => column.length === quotations) &&
      [packed.mentionStarts, packed.mentionEnds, packed.mentionPersons].every((c) => c.length === mentions) &&
      [
        packed.quoteTerms,
        packed.quoteStarts,
        packed.quoteEnds,
        packed.quoteFlags,
        packed.quoteQuotationUnits,
        packed.quoteNarrationUnits,
      ].every((column) => column.length === words)
    );
  });

export type PackedDocuments = z.infer<typeof packedDocumentsSchema>;

function sum(counts: Int32Array): number {
  let total = 0;
  for (const count of counts) {
    if (count < 0) return -1;
    total += count;
  }
  return total;
}

function joined<Made extends Int32Array | Uint8Array>(
  parts: readonly ArrayLike<number>[],
  make: (length: number) => Made,
): Made {
  const all = make(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

/** `documents` with their sentence terms (one string per sentence) and quote-index arrays, as columns. */
export function packDocuments(
  documents: readonly CorpusDocument[],
  sentenceTerms: readonly (readonly string[])[],
  quoteDocuments: readonly Omit<IndexedDocument, 'document'>[],
): PackedDocuments {
  const speakers: string[] = [];
  const speakerIds = new Map<string, number>();
  const speakerId = (name: string | null): number => {
    if (name === null) return -1;
    let id = speakerIds.get(name);
    if (id === undefined) {
      id = speakers.push(name) - 1;
      speakerIds.set(name, id);
    }
    return id;
  };
  const paragraphs = documents.flatMap((document) => document.paragraphs);
  const sentences = documents.flatMap((document) => document.sentences);
  const quotations = documents.flatMap((document) => document.quotations);
  const mentions = documents.flatMap((document) => document.personMentions);
  const quoteColumn = <Name extends (typeof QUOTE_ARRAYS)[number]>(name: Name) =>
    quoteDocuments.map((arrays) => arrays[name]);
  return {
    kind: 'documents',
    ids: documents.map((document) => document.id),
    texts: documents.map((document) => document.text),
    sha256s: documents.map((document) => document.sha256),
    titles: documents.map((document) => document.title),
    outlets: documents.map((document) => document.outlet),
    dates: documents.map((document) => document.date),
    speakers,
    paragraphCounts: Int32Array.from(documents, (document) => document.paragraphs.length),
    paragraphStarts: Int32Array.from(paragraphs, (paragraph) => paragraph.start),
    paragraphEnds: Int32Array.from(paragraphs, (paragraph) => paragraph.end),
    paragraphKinds: Uint8Array.from(paragraphs, (paragraph) => PARAGRAPH_KINDS.indexOf(paragraph.kind)),
    sentenceCounts: Int32Array.from(documents, (document) => document.sentences.length),
    sentenceStarts: Int32Array.from(sentences, (sentence) => sentence.start),
    sentenceEnds: Int32Array.from(sentences, (sentence) => sentence.end),
    sentenceParagraphs: Int32Array.from(sentences, (sentence) => sentence.paragraphIndex),
    sentenceSpeakers: Int32Array.from(sentences, (sentence) => speakerId(sentence.creditedSpeaker)),
    sentenceTerms: sentenceTerms.map((terms) => terms.join(TERMS_SEPARATOR)),
    quotationCounts: Int32Array.from(documents, (document) => document.quotations.length),
    quotationIds: quotations.map((quotation) => quotation.id),
    quotationStarts: Int32Array.from(quotations, (quotation) => quotation.start),
    quotationEnds: Int32Array.from(quotations, (quotation) => quotation.end),
    quotationParagraphs: Int32Array.from(quotations, (quotation) => quotation.paragraphIndex),
    quotationSpeakers: Int32Array.from(quotations, (quotation) => speakerId(quotation.speaker)),
    quotationFlags: Uint8Array.from(
      quotations,
      (quotation) => (quotation.spansParagraphs ? SPANS_PARAGRAPHS : 0) | (quotation.form === 'full' ? FULL : 0),
    ),
    mentionCounts: Int32Array.from(documents, (document) => document.personMentions.length),
    mentionStarts: Int32Array.from(mentions, (mention) => mention.start),
    mentionEnds: Int32Array.from(mentions, (mention) => mention.end),
    mentionPersons: Int32Array.from(mentions, (mention) => speakerId(mention.person)),
    quoteBases: Int32Array.from(quoteDocuments, (arrays) => arrays.base),
    quoteWords: Int32Array.from(quoteDocuments, (arrays) => arrays.terms.length),
    quoteTerms: joined(quoteColumn('terms'), (length) => new Int32Array(length)),
    quoteStarts: joined(quoteColumn('starts'), (length) => new Int32Array(length)),
    quoteEnds: joined(quoteColumn('ends'), (length) => new Int32Array(length)),
    quoteFlags: joined(quoteColumn('flags'), (length) => new Uint8Array(length)),
    quoteQuotationUnits: joined(quoteColumn('quotationUnits'), (length) => new Int32Array(length)),
    quoteNarrationUnits: joined(quoteColumn('narrationUnits'), (length) => new Int32Array(length)),
  };
}

/**
 * A stored documents segment, checked and unpacked.
 * @throws CorpusValidationError when it does not have the shape of one.
 */
export function unpacked(bytes: Uint8Array): DocumentsSegment {
  const packed = parsed(packedDocumentsSchema, bytes);
  try {
    return unpackDocuments(packed);
  } catch (error) {
    throw new CorpusValidationError(`The snapshot's documents are out of shape: ${(error as Error).message}`);
  }
}

/**
 * The documents, sentence terms and quote-index arrays of `packed` (whose columns' lengths the schema proved) as
 * objects. A quotation's text is its document's text at its offsets, so it stands there by construction; what
 * else the columns say is checked as the restore links them (see `Restoration`).
 * @throws Error when a paragraph kind or speaker is out of range, or a mention names no one.
 */
function unpackDocuments(packed: PackedDocuments): DocumentsSegment {
  const documents: CorpusDocument[] = [];
  const sentenceTerms: string[][] = [];
  const quoteDocuments: Omit<IndexedDocument, 'document'>[] = [];
  const speaker = (id: number): string | null => {
    if (id < 0) return null;
    const name = packed.speakers[id];
    if (name === undefined) throw new Error('A speaker is out of range.');
    return name;
  };
  let paragraphAt = 0;
  let sentenceAt = 0;
  let quotationAt = 0;
  let mentionAt = 0;
  let wordAt = 0;
  packed.ids.forEach((id, position) => {
    const text = packed.texts[position] as string;
    const paragraphs: Paragraph[] = [];
    for (let index = 0; index < (packed.paragraphCounts[position] as number); index++, paragraphAt++) {
      const kind = PARAGRAPH_KINDS[packed.paragraphKinds[paragraphAt] as number];
      if (kind === undefined) throw new Error('A paragraph kind is out of range.');
      const start = packed.paragraphStarts[paragraphAt] as number;
      paragraphs.push({ start, end: packed.paragraphEnds[paragraphAt] as number, index, kind });
    }
    const sentences: Sentence[] = [];
    for (let index = 0; index < (packed.sentenceCounts[position] as number); index++, sentenceAt++) {
      sentences.push({
        start: packed.sentenceStarts[sentenceAt] as number,
        end: packed.sentenceEnds[sentenceAt] as number,
        index,
        paragraphIndex: packed.sentenceParagraphs[sentenceAt] as number,
        creditedSpeaker: speaker(packed.sentenceSpeakers[sentenceAt] as number),
      });
    }
    const quotations: Quotation[] = [];
    for (let index = 0; index < (packed.quotationCounts[position] as number); index++, quotationAt++) {
      const start = packed.quotationStarts[quotationAt] as number;
      const end = packed.quotationEnds[quotationAt] as number;
      const flags = packed.quotationFlags[quotationAt] as number;
      quotations.push({
        id: packed.quotationIds[quotationAt] as string,
        documentId: id,
        text: text.slice(start, end),
        speaker: speaker(packed.quotationSpeakers[quotationAt] as number),
        start,
        end,
        paragraphIndex: packed.quotationParagraphs[quotationAt] as number,
        spansParagraphs: (flags & SPANS_PARAGRAPHS) !== 0,
        form: (flags & FULL) !== 0 ? 'full' : 'partial',
      });
    }
    const personMentions: PersonMention[] = [];
    for (let index = 0; index < (packed.mentionCounts[position] as number); index++, mentionAt++) {
      const person = speaker(packed.mentionPersons[mentionAt] as number);
      if (person === null) throw new Error('A mention names no one.');
      personMentions.push({
        start: packed.mentionStarts[mentionAt] as number,
        end: packed.mentionEnds[mentionAt] as number,
        person,
      });
    }
    documents.push({
      id,
      text,
      sha256: packed.sha256s[position] as string,
      title: packed.titles[position] as string,
      outlet: packed.outlets[position] ?? null,
      date: packed.dates[position] ?? null,
      paragraphs,
      sentences,
      quotations,
      personMentions,
    });
    const terms = packed.sentenceTerms[position] as string;
    sentenceTerms.push(sentences.length === 0 ? [] : terms.split(TERMS_SEPARATOR));
    const words = packed.quoteWords[position] as number;
    const from = wordAt;
    wordAt += words;
    const arrays: QuoteArrays = {
      terms: packed.quoteTerms.subarray(from, wordAt),
      starts: packed.quoteStarts.subarray(from, wordAt),
      ends: packed.quoteEnds.subarray(from, wordAt),
      flags: packed.quoteFlags.subarray(from, wordAt),
      quotationUnits: packed.quoteQuotationUnits.subarray(from, wordAt),
      narrationUnits: packed.quoteNarrationUnits.subarray(from, wordAt),
    };
    quoteDocuments.push({ base: packed.quoteBases[position] as number, ...arrays });
  });
  return { kind: 'documents', documents, sentenceTerms, quoteDocuments };
}
