/** The corpus data model. Every offset is a JS string index into `CorpusDocument.text`. */

/**
 * A teaser is a line the page links another of the outlet's stories by ("Also on rt.com Russia is not an enemy of the
 * US … – Putin"): not this story's reporting, so it is never cited and no speaker is read from it, but words the page
 * carries, so a quote check finds them there.
 */
type ParagraphKind = 'headline' | 'dateline' | 'body' | 'boilerplate' | 'teaser';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Paragraph extends Span {
  readonly index: number;
  readonly kind: ParagraphKind;
}

export interface Sentence extends Span {
  /** Position in `CorpusDocument.sentences`. */
  readonly index: number;
  readonly paragraphIndex: number;
  /** Whom the narration credits ("..., Pompeo said."), or null; quoted words have their own speaker. */
  readonly creditedSpeaker: string | null;
}

type SpeakerKind = 'person' | 'body';

/** A canonical person or organisation, with every name the corpus uses for it. */
export interface Speaker {
  readonly name: string;
  readonly kind: SpeakerKind;
  /** Lower-cased surface forms that refer to this speaker ("pompeo", "the secretary of state", ...). */
  readonly aliases: readonly string[];
}

/** Text inside quotation marks. `start`/`end` cover the words only, not the marks. */
export interface Quotation extends Span {
  readonly id: string;
  readonly documentId: string;
  readonly text: string;
  /** Canonical speaker name, or null when the corpus does not say who spoke. */
  readonly speaker: string | null;
  readonly paragraphIndex: number;
  /** True when the quotation continues over a paragraph break. */
  readonly spansParagraphs: boolean;
  /** A quotation that is a whole sentence or more, or a fragment embedded in narration. */
  readonly form: 'full' | 'partial';
}

/**
 * A span of narration (outside quotation marks) that the document's entity resolution reads as one person: a name,
 * a role they hold ("the Secretary of State" where the document has one secretary), he or she.
 */
export interface PersonMention extends Span {
  /** The person's canonical name in the document. */
  readonly person: string;
}

export interface DocumentMetadata {
  readonly title: string;
  readonly outlet: string | null;
  /** ISO date, YYYY-MM-DD, or null when none can be recovered. */
  readonly date: string | null;
}

export interface CorpusDocument extends DocumentMetadata {
  /** The file name, which is also how citations name the source. */
  readonly id: string;
  readonly text: string;
  readonly sha256: string;
  readonly paragraphs: readonly Paragraph[];
  /** Sentences of body paragraphs only, in order: headlines, datelines and boilerplate are never cited. */
  readonly sentences: readonly Sentence[];
  readonly quotations: readonly Quotation[];
  /** Resolved when the document is analysed, in order of where they start. */
  readonly personMentions: readonly PersonMention[];
}

export interface Corpus {
  /** A short hash over every document's id and content: changes whenever the corpus does. */
  readonly version: string;
  readonly documents: readonly CorpusDocument[];
  readonly speakers: readonly Speaker[];
}
