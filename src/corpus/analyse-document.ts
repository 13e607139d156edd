import { createHash } from 'node:crypto';
import type { CorpusDocument, DocumentMetadata, Paragraph, Quotation, Sentence, Span } from './corpus-types.js';
import { analyseLayout, type DocumentLayout } from './analyse-layout.js';
import { findHeadlineQuotations } from './find-headline-quotations.js';
import { findLinkWidgets } from './find-link-widgets.js';
import { findPageFurniture } from './find-page-furniture.js';
import { findQuotationSpans } from './find-quotation-spans.js';
import { findPersonMentions } from './person-mentions.js';
import { splitSentences } from './split-sentences.js';
import { attributeDocument } from './speakers/attribute-document.js';
import { attributeQuotations, creditedSpeaker } from './speakers/attribute-speakers.js';
import { findDocumentEntities, withRegistryBodies, type DocumentEntities } from './speakers/document-entities.js';
import type { Mention, MentionFinder } from './speakers/find-mentions.js';
import { withReportingVerbsAfterNames } from './speakers/reporting-verbs-after-names.js';
import { tagWords, type TaggedWord } from './speakers/tag-words.js';
import { textWords, type TextWords } from '../text/text-words.js';
import { partitionPoint } from '../text/partition-point.js';

export interface SourceText {
  /** File name: the id citations use. */
  readonly id: string;
  readonly text: string;
  /** Metadata from a manifest wins over what the text itself says. */
  readonly metadata?: Partial<DocumentMetadata>;
  /**
   * The file's size, modification time and inode as it was read, when it had not been modified for a while before:
   * a later reload may skip reading a file whose stamp is unchanged. Analysis never reads it.
   */
  readonly stamp?: string;
}

/** A document read as far as it can be without the rest of the corpus: its layout and its words. */
export interface DocumentReading {
  readonly source: SourceText;
  readonly layout: DocumentLayout;
  readonly body: readonly Paragraph[];
  readonly words: TextWords;
}

/**
 * All that one document's analysis takes from the rest of the corpus: the mentions of the corpus-wide speaker
 * registry in its body, and those of them that name a body (an organisation or country) rather than a person.
 * Two documents with the same text, metadata and registry mentions are analysed the same, whatever else changed.
 */
export interface RegistryMentions {
  readonly mentions: readonly Mention[];
  readonly bodyMentions: readonly Mention[];
}

/** One document analysed, with the entities the corpus-wide speaker list is merged from. */
export interface DocumentAnalysis {
  readonly document: CorpusDocument;
  readonly entities: DocumentEntities;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function readDocument(source: SourceText): DocumentReading {
  const layout = analyseLayout(source.text);
  return {
    source,
    layout,
    body: layout.paragraphs.filter((paragraph) => paragraph.kind === 'body'),
    words: textWords(source.text),
  };
}

export function registryMentions(
  reading: DocumentReading,
  findMentions: MentionFinder,
  bodyNames: ReadonlySet<string>,
): RegistryMentions {
  const mentions = findMentions(reading.source.text, reading.body, reading.words);
  return { mentions, bodyMentions: mentions.filter((mention) => bodyNames.has(mention.speaker)) };
}

/**
 * The key a document's analysis is reused under: a SHA-256 over everything `analyseDocument` reads (name,
 * text, manifest metadata, registry mentions). The analysis code's version is checked separately, per snapshot.
 */
export function analysisKey(source: SourceText, registry: RegistryMentions): string {
  return sha256(
    JSON.stringify([source.id, sha256(source.text), source.metadata ?? null, registry.mentions, registry.bodyMentions]),
  );
}

function sentenceLocator(sentences: readonly Sentence[]): (offset: number) => Span {
  return (offset) =>
    sentences.find((sentence) => offset >= sentence.start && offset <= sentence.end) ??
    [...sentences].reverse().find((sentence) => sentence.start <= offset) ?? { start: offset, end: offset };
}

/** Index of the last of `spans` (sorted, disjoint) that starts at or before `offset`; -1 if none does. */
function lastStartingBy(spans: readonly Span[], offset: number): number {
  return partitionPoint(spans, (span) => span.start <= offset) - 1;
}

/**
 * The document's tagged words inside its body paragraphs, outside link widgets and the fixed words of picture widgets:
 * what entities and attribution read.
 */
function bodyWords(text: string, body: readonly Paragraph[], linkWidgets: readonly Span[]): TaggedWord[] {
  const inBody = (span: Span) => {
    const paragraph = body[lastStartingBy(body, span.start)];
    return paragraph !== undefined && span.end <= paragraph.end;
  };
  const widgets = [...linkWidgets, ...findPageFurniture(text)];
  const inWidget = (span: Span) => widgets.some((widget) => span.start >= widget.start && span.end <= widget.end);
  return withReportingVerbsAfterNames(tagWords(text).filter((word) => inBody(word) && !inWidget(word)));
}

/**
 * A headline's quoted words are the speaker's whose quotation in the body holds them as whole words ('great year' and
 * "…a great year for Renault," said Louis Schweitzer; 'war' is not in "software"); no one's when the body does not
 * quote them or quotes them from several people.
 */
function headlineSpeaker(words: string, body: readonly Quotation[]): string | null {
  const wanted = ` ${wordsOf(words)} `;
  const speakers = new Set(
    body.filter((quotation) => ` ${wordsOf(quotation.text)} `.includes(wanted)).map((quotation) => quotation.speaker),
  );
  const [only] = speakers;
  return speakers.size === 1 ? (only ?? null) : null;
}

/** Lower-case words with single spaces between them, apostrophes kept ("won't"). */
const wordsOf = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\u2019]+/gu, ' ')
    .trim();

/**
 * "Sen. Tim Scott Timothy (Tim) Eugene ScottBottom Line … Why aren't we talking about them? MORE (R-S.C.), a member …,
 * says": a sentence does not end inside a link widget, whose headlines are no part of the sentence around it.
 */
function joinedAcrossWidgets(sentences: readonly Span[], widgets: readonly Span[]): Span[] {
  const joined: Span[] = [];
  for (const sentence of sentences) {
    const previous = joined.at(-1);
    if (previous && widgets.some((widget) => widget.start < previous.end && previous.end < widget.end))
      joined[joined.length - 1] = { start: previous.start, end: sentence.end };
    else joined.push(sentence);
  }
  return joined;
}

/**
 * Analyses one document: sentences, credited speakers, quotations and their speakers. No I/O but WordNet's dictionary,
 * which names in a line set in title case consult, read on first use and shared as the search's is.
 */
export function analyseDocument(reading: DocumentReading, registry: RegistryMentions): DocumentAnalysis {
  const { source, layout, body, words: tokens } = reading;
  const { text } = source;
  const { mentions } = registry;
  const quotationSpans = findQuotationSpans(text, layout.paragraphs);
  const quoted: Span[] = quotationSpans.map(({ start, end }) => ({ start, end }));
  const widgets = findLinkWidgets(text);
  const words = bodyWords(text, body, widgets);
  const ownEntities = findDocumentEntities(text, words, quoted);
  const entities = withRegistryBodies(text, ownEntities, registry.bodyMentions);
  const spans = body.flatMap((paragraph) =>
    joinedAcrossWidgets(splitSentences(text, paragraph), widgets).map((span) => ({
      ...span,
      paragraphIndex: paragraph.index,
    })),
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
  const corpusWide = attributeQuotations(context, quotationSpans, sentenceLocator(sentences));
  const isBody = (name: string) =>
    entities.bodies.includes(name) || registry.bodyMentions.some((body) => body.speaker === name);
  // Where the document's rules found no cue, the corpus-wide rules may credit a cue of the quotation's own, but not
  // carry a speaker on by themselves: the document's rules decided that ("…,” said Nadal. US coach Patrick McEnroe
  // wants …. “I think …”). Words going on from a quotation whose cue named no one in the document ("a UK Government
  // official responded: “…. “…”") go on with no one, as that quotation does.
  const speakers: (string | null)[] = [];
  for (const [index, speaker] of attribution.quotationSpeakers.entries()) {
    const credit = corpusWide[index] ?? { speaker: null, fromCue: false };
    const guess = credit.speaker;
    const continues = attribution.continuesAbstention[index] === true;
    const accepted = guess !== null && credit.fromCue && !(continues && isBody(guess));
    speakers.push(speaker !== null || attribution.cueFound[index] || !accepted ? speaker : guess);
  }
  const quotationOf = (
    span: Span & { readonly paragraphIndex: number; readonly spansParagraphs?: boolean },
    number: number,
    speaker: string | null,
  ): Quotation => {
    const quotedText = text.slice(span.start, span.end);
    return {
      id: `${source.id}#q${number}`,
      documentId: source.id,
      start: span.start,
      end: span.end,
      text: quotedText,
      speaker,
      paragraphIndex: span.paragraphIndex,
      spansParagraphs: span.spansParagraphs ?? false,
      form: /^\p{Ll}/u.test(quotedText) ? 'partial' : 'full',
    };
  };
  const bodyQuotations = quotationSpans.map((span, index) => quotationOf(span, index + 1, speakers[index] ?? null));
  // Numbered after the body's, so a body quotation keeps its id whether or not its headline quotes anyone.
  const headlineQuotations = findHeadlineQuotations(text, layout.paragraphs).map((span, index) =>
    quotationOf(
      span,
      bodyQuotations.length + index + 1,
      headlineSpeaker(text.slice(span.start, span.end), bodyQuotations),
    ),
  );
  const quotations = [...bodyQuotations, ...headlineQuotations];
  const document: CorpusDocument = {
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
    personMentions: findPersonMentions({
      text,
      words,
      quotations: quotationSpans,
      sentences: spans,
      entities: ownEntities,
    }),
  };
  return { document, entities };
}
