import type { Span } from '../../corpus-types.js';
import type { QuotationSpan } from '../../find-quotation-spans.js';
import type { DocumentEntities, EntityMention } from '../document-entities.js';
import type { Gender } from '../person-titles.js';
import type { TaggedWord } from '../tag-words.js';
import { partitionPoint } from '../../../text/partition-point.js';

export interface DocumentAttributionInput {
  readonly text: string;
  readonly words: readonly TaggedWord[];
  readonly quotations: readonly QuotationSpan[];
  readonly sentences: readonly (Span & { readonly paragraphIndex: number })[];
  readonly entities: DocumentEntities;
}

/** One document indexed for the cues, with the speakers attribution has settled so far. */
export interface AttributionContext {
  readonly text: string;
  /** Every tagged word, quoted ones included. */
  readonly allWords: readonly TaggedWord[];
  /** The words outside quotation marks: a cue is in the narration, never in the words it reports. */
  readonly words: readonly TaggedWord[];
  readonly sentences: DocumentAttributionInput['sentences'];
  readonly mentions: readonly EntityMention[];
  readonly mentionEndingAt: ReadonlyMap<number, EntityMention>;
  readonly mentionStartingAt: ReadonlyMap<number, EntityMention>;
  readonly genderOf: ReadonlyMap<string, Gender | null>;
  /** The genders a title gives ("Ms Sturgeon"): surer than a forename list, which gives some names one sex wrongly. */
  readonly titledGender: ReadonlyMap<string, Gender>;
  /** The people written with a forename: people, even when it gives no gender ("Andy", "Jamie"). */
  readonly forenamed: ReadonlySet<string>;
  /**
   * One-word names with no forename or title that the narration also writes in lower case ("Wasp" and "a wasp
   * crawling"): a title or a firm more likely than a person, so no he or she stands for them.
   */
  readonly commonWordNames: ReadonlySet<string>;
  /** The title keys each person is written with ("deputy-mayor" for Deputy Mayor Nicky Gavron). */
  readonly titlesOf: ReadonlyMap<string, ReadonlySet<string>>;
  /** The speaker a capitals header names, by the offset of the opening mark after it. */
  readonly headedAt: ReadonlyMap<number, string>;
  /** Where each word inside a name or body starts. */
  readonly insideName: ReadonlySet<number>;
  readonly wordIndexAt: ReadonlyMap<number, number>;
  /** Speakers already given to quotations (null: no one named), with where each quotation ends: the last is salient. */
  readonly spoken: { readonly speaker: string | null; readonly end: number }[];
  /** Each pronoun's speaker by where it starts, once resolved. */
  readonly pronounSpeakers: Map<number, string | null>;
  /** The gender of each person with none known whom a he or she has been resolved to ("O'Rourke … he said"). */
  readonly pronounGender: Map<string, Gender>;
}

/** Index of the first of `spans` (sorted by start) that starts after `offset`. */
export function firstStartingAfter(spans: readonly Span[], offset: number): number {
  return partitionPoint(spans, (span) => span.start <= offset);
}

/** Indexes one document's narration words and mentions for the cues. */
export function createAttributionContext(input: DocumentAttributionInput): AttributionContext {
  const { text, quotations, sentences, entities } = input;
  const quoted = quotations.map(({ start, end }) => ({ start: start - 1, end: end + 1 }));
  const words = input.words.filter((word) => !quoted.some((quote) => word.start > quote.start && word.end < quote.end));
  const mentionEndingAt = new Map<number, EntityMention>();
  const mentionStartingAt = new Map<number, EntityMention>();
  for (const mention of entities.mentions) {
    mentionEndingAt.set(mention.end, mention);
    mentionStartingAt.set(mention.start, mention);
  }
  // Words inside a name or body are never its reporting verb ("Said Shoup" is a verb, "Bill Said" is not).
  const insideName = new Set<number>();
  for (const mention of entities.mentions) {
    if (mention.kind === 'pronoun') continue;
    for (
      let index = firstStartingAfter(words, mention.start - 1);
      (words[index]?.end ?? Infinity) <= mention.end;
      index++
    )
      insideName.add((words[index] as TaggedWord).start);
  }
  return {
    text,
    allWords: input.words,
    words,
    sentences,
    mentions: entities.mentions,
    mentionEndingAt,
    mentionStartingAt,
    genderOf: new Map(entities.persons.map((person) => [person.name, person.gender])),
    titledGender: new Map(
      entities.persons.flatMap((person) =>
        person.genderFromTitle && person.gender !== null ? [[person.name, person.gender] as const] : [],
      ),
    ),
    forenamed: new Set(entities.persons.flatMap((person) => (person.given === null ? [] : [person.name]))),
    titlesOf: new Map(entities.persons.map((person) => [person.name, person.titles])),
    commonWordNames: commonWordNames(entities.persons, words),
    headedAt: entities.headedAt,
    insideName,
    wordIndexAt: new Map(words.map((word, index) => [word.start, index])),
    spoken: [],
    pronounSpeakers: new Map(),
    pronounGender: new Map(),
  };
}

/** See `AttributionContext.commonWordNames`. */
function commonWordNames(
  persons: DocumentAttributionInput['entities']['persons'],
  words: readonly TaggedWord[],
): Set<string> {
  const lowerCase = new Set(words.filter((word) => /^\p{Ll}+$/u.test(word.text)).map((word) => word.text));
  return new Set(
    persons.flatMap((person) =>
      person.given === null && person.titles.size === 0 && lowerCase.has(person.name.toLowerCase())
        ? [person.name]
        : [],
    ),
  );
}

/** Index of the sentence holding `offset`, or -1 when none does. */
export function sentenceIndexOf(context: AttributionContext, offset: number): number {
  const { sentences } = context;
  const index = firstStartingAfter(sentences, offset) - 1;
  return index >= 0 && offset < (sentences[index] as Span).end ? index : -1;
}

/** Index of the first word starting at or after `offset` (words.length if none). */
export function firstWordFrom(context: AttributionContext, offset: number): number {
  return firstStartingAfter(context.words, offset - 1);
}

/** Index of the word starting at `offset`, or -1. */
export function indexOfWordStartingAt(context: AttributionContext, offset: number): number {
  return context.wordIndexAt.get(offset) ?? -1;
}

/** How many words `span` holds after its first. */
export function countWordsIn(context: AttributionContext, span: Span): number {
  const { words } = context;
  let count = 0;
  for (let index = firstWordFrom(context, span.start + 1); (words[index]?.end ?? Infinity) <= span.end; index++)
    count++;
  return count;
}
