import { createHash } from 'node:crypto';
import type { Corpus, CorpusDocument, DocumentMetadata, Quotation, Sentence, Span } from './corpus-types.js';
import { analyseLayout } from './analyse-layout.js';
import { findQuotationSpans } from './find-quotation-spans.js';
import { splitSentences } from './split-sentences.js';
import { attributeQuotations, creditedSpeaker } from './speakers/attribute-speakers.js';
import { discoverSpeakers } from './speakers/discover-speakers.js';
import { createMentionFinder } from './speakers/find-mentions.js';

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
    [...sentences].reverse().find((sentence) => sentence.start <= offset) ??
    { start: offset, end: offset };
}

/** Builds the whole corpus from texts: layout, sentences, speakers, quotations. Pure: no I/O. */
export function buildCorpus(sources: readonly SourceText[]): Corpus {
  const layouts = sources.map((source) => ({ source, layout: analyseLayout(source.text) }));
  const bodyTexts = layouts.flatMap(({ source, layout }) =>
    layout.paragraphs.filter((paragraph) => paragraph.kind === 'body').map((paragraph) => source.text.slice(paragraph.start, paragraph.end)),
  );
  const registry = discoverSpeakers(bodyTexts);
  const findMentions = createMentionFinder(registry);

  const documents: CorpusDocument[] = layouts.map(({ source, layout }) => {
    const { text } = source;
    const body = layout.paragraphs.filter((paragraph) => paragraph.kind === 'body');
    const quotationSpans = findQuotationSpans(text, layout.paragraphs);
    const quoted = quotationSpans.map(({ start, end }) => ({ start, end }));
    const mentions = findMentions(text, body);
    const context = { text, quoted, mentions };

    const sentences: Sentence[] = [];
    for (const paragraph of body) {
      let previousCredit: string | null = null;
      for (const span of splitSentences(text, paragraph)) {
        const credit = creditedSpeaker(context, span.start, span.end, previousCredit);
        previousCredit = credit ?? previousCredit;
        sentences.push({ ...span, index: sentences.length, paragraphIndex: paragraph.index, creditedSpeaker: credit });
      }
    }
    const speakers = attributeQuotations(context, quotationSpans, sentenceLocator(sentences));
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
        form: /^[\p{Ll}]/u.test(quoted) ? 'partial' : 'full',
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

  const version = sha256(documents.map((document) => `${document.id}:${document.sha256}`).sort().join('\n')).slice(0, 12);
  const mentioned = new Set(documents.flatMap((document) => document.quotations.map((quotation) => quotation.speaker)));
  const speakers = registry.entries
    .map((entry) => entry.speaker)
    .filter((speaker) => speaker.kind === 'person' || mentioned.has(speaker.name) || /Department|Ministry|Kremlin/.test(speaker.name));
  return { version, documents, speakers };
}
