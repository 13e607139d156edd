import { createHash } from 'node:crypto';
import type { Corpus, CorpusDocument, DocumentMetadata, Quotation, Sentence, Span } from './corpus-types.js';
import { analyseLayout } from './analyse-layout.js';
import { findQuotationSpans } from './find-quotation-spans.js';
import { splitSentences } from './split-sentences.js';
import { attributeDocument } from './speakers/attribute-document.js';
import { attributeQuotations, creditedSpeaker } from './speakers/attribute-speakers.js';
import { discoverSpeakers } from './speakers/discover-speakers.js';
import { findDocumentEntities, withRegistryBodies, type DocumentEntities } from './speakers/document-entities.js';
import { createMentionFinder } from './speakers/find-mentions.js';
import { mergeDocumentSpeakers } from './speakers/merge-document-speakers.js';
import { tagWords } from './speakers/tag-words.js';
import { textWords } from '../text/text-words.js';

export interface SourceText {
  /** File name: the id citations use. */
  readonly id: string;
  readonly text: string;
  /** Metadata from a manifest wins over what the text itself says. */
  readonly metadata?: Partial<DocumentMetadata>;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function sentenceLocator(sentences: readonly Sentence[]): (offset: number) => Span {
  return (offset) =>
    sentences.find((sentence) => offset >= sentence.start && offset <= sentence.end) ??
    [...sentences].reverse().find((sentence) => sentence.start <= offset) ?? { start: offset, end: offset };
}

/** Index of the last of `spans` (sorted, disjoint) that starts at or before `offset`; -1 if none does. */
function lastStartingBy(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((spans[middle] as Span).start <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** Builds the whole corpus from texts: layout, sentences, speakers, quotations. Pure: no I/O. */
export function buildCorpus(sources: readonly SourceText[]): Corpus {
  const layouts = sources.map((source) => ({ source, layout: analyseLayout(source.text) }));
  const bodyTexts = layouts.flatMap(({ source, layout }) =>
    layout.paragraphs
      .filter((paragraph) => paragraph.kind === 'body')
      .map((paragraph) => source.text.slice(paragraph.start, paragraph.end)),
  );
  const registry = discoverSpeakers(bodyTexts);
  const documentEntities: DocumentEntities[] = [];
  const bodyNames = new Set(
    registry.entries.filter((entry) => entry.speaker.kind === 'body').map((entry) => entry.speaker.name),
  );
  const findRegistryMentions = createMentionFinder(registry);

  const documents: CorpusDocument[] = layouts.map(({ source, layout }) => {
    const { text } = source;
    const body = layout.paragraphs.filter((paragraph) => paragraph.kind === 'body');
    const quotationSpans = findQuotationSpans(text, layout.paragraphs);
    const quoted: Span[] = quotationSpans.map(({ start, end }) => ({ start, end }));
    const inBody = (span: Span) => {
      const paragraph = body[lastStartingBy(body, span.start)];
      return paragraph !== undefined && span.end <= paragraph.end;
    };
    const words = tagWords(text).filter(inBody);
    const tokens = textWords(text);
    const mentions = findRegistryMentions(text, body, tokens);
    const entities = withRegistryBodies(
      findDocumentEntities(text, words, quoted),
      mentions.filter((mention) => bodyNames.has(mention.speaker)),
    );
    documentEntities.push(entities);
    const spans = body.flatMap((paragraph) =>
      splitSentences(text, paragraph).map((span) => ({ ...span, paragraphIndex: paragraph.index })),
    );
    const attribution = attributeDocument({ text, words, quotations: quotationSpans, sentences: spans, entities });
    // The per-document rules decide; where they find no cue at all, the corpus-wide rules (country and role descriptions) may.
    const context = { text, words: tokens, quoted, mentions };
    const sentences: Sentence[] = [];
    let previousCredit: string | null = null;
    for (const [index, span] of spans.entries()) {
      const previous = spans[index - 1];
      if (previous && previous.paragraphIndex !== span.paragraphIndex) previousCredit = null;
      const credit: string | null =
        attribution.sentenceSpeakers[index] ?? creditedSpeaker(context, span.start, span.end, previousCredit);
      previousCredit = credit ?? previousCredit;
      sentences.push({ ...span, index, creditedSpeaker: credit });
    }
    const registrySpeakers = attributeQuotations(context, quotationSpans, sentenceLocator(sentences));
    const speakers = attribution.quotationSpeakers.map(
      (speaker, index) => speaker ?? (attribution.cueFound[index] ? null : (registrySpeakers[index] ?? null)),
    );
    const quotations: Quotation[] = quotationSpans.map((span, index) => {
      const quoted = text.slice(span.start, span.end);
      return {
        id: `${source.id}#q${index + 1}`,
        documentId: source.id,
        start: span.start,
        end: span.end,
        text: quoted,
        speaker: speakers[index] ?? null,
        paragraphIndex: span.paragraphIndex,
        spansParagraphs: span.spansParagraphs,
        form: /^\p{Ll}/u.test(quoted) ? 'partial' : 'full',
      };
    });
    return {
      id: source.id,
      text,
      sha256: sha256(text),
      // A document without a headline is known by its file name, so no listing or citation shows an empty title.
      title: source.metadata?.title ?? (layout.title || source.id),
      outlet: source.metadata?.outlet ?? layout.outlet,
      date: source.metadata?.date ?? layout.date,
      paragraphs: layout.paragraphs,
      sentences,
      quotations,
    };
  });

  const version = sha256(
    documents
      .map((document) => `${document.id}:${document.sha256}`)
      .sort()
      .join('\n'),
  ).slice(0, 12);
  const mentioned = new Set(documents.flatMap((document) => document.quotations.map((quotation) => quotation.speaker)));
  const discovered = registry.entries
    .map((entry) => entry.speaker)
    .filter(
      (speaker) =>
        speaker.kind === 'person' || mentioned.has(speaker.name) || /Department|Ministry|Kremlin/.test(speaker.name),
    );
  const speakers = mergeDocumentSpeakers(discovered, documentEntities, mentioned);
  return { version, documents, speakers };
}
