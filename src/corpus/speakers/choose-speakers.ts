import type { Paragraph, Span } from '../corpus-types.js';
import type { QuotationSpan } from '../find-quotation-spans.js';
import { partitionPoint } from '../../text/partition-point.js';
import type { CueEvidence, DocumentAttribution } from './attribute-document.js';
import type { EntityMention } from './document-entities.js';
import {
  rankSpeakers,
  type CandidateDescription,
  type MentionForm,
  type SpeakerCandidate,
  type SpeakerRankerModel,
} from './rank-speakers.js';
import { reportingVerbAt } from './reporting-verbs.js';
import type { TaggedWord } from './tag-words.js';

/** How far back a speaker may carry into a quotation that opens a paragraph with no cue of its own. */
const MAX_CARRYOVER_PARAGRAPHS = 3;
const PREPOSITION = /^(?:of|from|in|at|for|to|with|by|on|about|against|near|under|over|after|before)$/i;

export interface SpeakerChoiceInput {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly (Span & { readonly paragraphIndex: number })[];
  readonly words: readonly TaggedWord[];
  readonly quotations: readonly QuotationSpan[];
  readonly mentions: readonly EntityMention[];
  readonly attribution: DocumentAttribution;
  /** What the corpus-wide rules say of each quotation. */
  readonly registrySpeakers: readonly (string | null)[];
}

/** Picks a quotation's speaker among its candidates (the ranker's training also reads them here, by quotation). */
export type SpeakerChooser = (candidates: readonly SpeakerCandidate[], quotation: QuotationSpan) => string | null;

type Named = Extract<EntityMention, { kind: 'person' | 'body' }>;
type MentionFeatures = Pick<
  CandidateDescription,
  'form' | 'sameSentence' | 'after' | 'wordsBetween' | 'nextToReportingVerb' | 'oblique' | 'firstInSentence'
>;
/** Words before a quotation's opening mark in which its reporting verb may stand ("says, “…", "said that “…"). */
const VERB_BEFORE_WORDS = 3;

const wordsIn = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

function mentionForm(text: string, speaker: string, mention: EntityMention | undefined): MentionForm {
  if (!mention) return 'none';
  if (mention.kind === 'pronoun') return 'pronoun';
  if (mention.kind === 'body') return 'body';
  const written = text.slice(mention.start, mention.end);
  if (/^\p{Ll}/u.test(written)) return 'role';
  return written.includes(speaker) && speaker.includes(' ') ? 'full' : 'partial';
}

function wordsBetween(text: string, from: Span, to: Span): number {
  return from.end <= to.start ? wordsIn(text.slice(from.end, to.start)) : wordsIn(text.slice(to.end, from.start));
}

/**
 * Every quotation's candidate speakers, each described for the ranker: whoever the rules credit, the people and
 * bodies named outside quotations in its sentence and the one before, the corpus-wide rules' guess, and the speaker
 * of a quotation in the paragraphs just before when it opens a paragraph without a cue. `choose` picks among them
 * in document order, since who spoke the quotation before is itself evidence.
 */
export function chooseSpeakers(input: SpeakerChoiceInput, choose: SpeakerChooser): (string | null)[] {
  const { text, paragraphs, sentences, words, quotations, mentions, attribution } = input;
  const insideQuotation = (span: Span) =>
    quotations.some((quotation) => span.start >= quotation.start && span.end <= quotation.end);
  const named = mentions.filter(
    (mention): mention is Named => (mention.kind === 'person' || mention.kind === 'body') && !insideQuotation(mention),
  );
  const narrated = mentions.filter((mention) => mention.kind !== 'anonymous' && !insideQuotation(mention));
  const mentionCounts = new Map<string, number>();
  for (const mention of named) mentionCounts.set(mention.speaker, (mentionCounts.get(mention.speaker) ?? 0) + 1);
  const scareQuoteShare =
    quotations.length === 0
      ? 0
      : quotations.filter((quotation) => wordsIn(text.slice(quotation.start, quotation.end)) <= 2).length /
        quotations.length;
  const sentenceIndexOf = (offset: number): number =>
    Math.max(0, partitionPoint(sentences, (sentence) => sentence.start <= offset) - 1);
  const wordIndexOf = (offset: number): number => partitionPoint(words, (word) => word.start < offset);
  const reportsAt = (index: number): boolean => {
    const word = words[index];
    return word !== undefined && reportingVerbAt(word.text, words[index + 1]?.text, words[index + 2]?.text) !== null;
  };
  const describeMention = (mention: EntityMention, speaker: string, quotation: QuotationSpan): MentionFeatures => {
    const sentence = sentences[sentenceIndexOf(mention.start)];
    const first = wordIndexOf(mention.start);
    const next = wordIndexOf(mention.end);
    return {
      form: mentionForm(text, speaker, mention),
      sameSentence: sentenceIndexOf(mention.start) === sentenceIndexOf(quotation.start),
      after: mention.start >= quotation.end,
      wordsBetween: wordsBetween(text, mention, quotation),
      nextToReportingVerb: reportsAt(first - 1) || reportsAt(next) || reportsAt(next + 1),
      oblique: PREPOSITION.test(words[first - 1]?.text ?? ''),
      firstInSentence:
        sentence !== undefined &&
        !narrated.some((other) => other.start >= sentence.start && other.start < mention.start),
    };
  };

  const chosen: (string | null)[] = [];
  let lastSpoken: { speaker: string; paragraphIndex: number; end: number } | null = null;
  quotations.forEach((quotation, index) => {
    const quoted = text.slice(quotation.start, quotation.end);
    const paragraph = paragraphs.find((candidate) => candidate.index === quotation.paragraphIndex);
    const opensParagraph = paragraph !== undefined && text.slice(paragraph.start, quotation.start - 1).trim() === '';
    const previousSpeaker = index > 0 ? (chosen[index - 1] ?? null) : null;
    const candidates = new Map<string, CandidateDescription>();
    const opening = wordIndexOf(quotation.start - 1);
    let verbJustBefore = false;
    for (let back = 1; back <= VERB_BEFORE_WORDS && !verbJustBefore; back++) verbJustBefore = reportsAt(opening - back);
    const common = {
      verbJustBefore,
      rulePath: null,
      registry: false,
      paragraphsBack: 0,
      quotationWords: wordsIn(quoted),
      fullSentence: /^\p{Lu}/u.test(quoted),
      opensParagraph,
      scareQuoteShare,
      rivals: 0,
    };
    const add = (speaker: string, features: MentionFeatures, extra: Partial<CandidateDescription> = {}) => {
      const known = candidates.get(speaker);
      candidates.set(speaker, {
        ...common,
        ...(known && known.wordsBetween <= features.wordsBetween ? known : features),
        ...(known ? { rulePath: known.rulePath, registry: known.registry, paragraphsBack: known.paragraphsBack } : {}),
        ...extra,
        spokePrevious: speaker === previousSpeaker,
        speakerMentions: mentionCounts.get(speaker) ?? 0,
      });
    };
    const unplaced = (from: Span | undefined): MentionFeatures => ({
      form: 'none',
      sameSentence: false,
      after: false,
      wordsBetween: from ? wordsBetween(text, from, quotation) : 0,
      nextToReportingVerb: false,
      oblique: false,
      firstInSentence: false,
    });

    const startSentence = sentenceIndexOf(quotation.start);
    const endSentence = sentences[sentenceIndexOf(Math.max(quotation.start, quotation.end - 1))];
    const before = sentences[startSentence - 1];
    const windowStart = before ?? sentences[startSentence];
    if (windowStart && endSentence)
      for (const mention of named)
        if (mention.start >= windowStart.start && mention.end <= endSentence.end)
          add(mention.speaker, describeMention(mention, mention.speaker, quotation));

    const ruled = attribution.quotationSpeakers[index] ?? null;
    const evidence: CueEvidence | null = attribution.evidence[index] ?? null;
    if (ruled !== null && evidence) {
      const features = evidence.mention
        ? describeMention(evidence.mention, ruled, quotation)
        : unplaced(quotations[index - 1]);
      // The cue's own mention describes the rules' candidate ("he said" is a pronoun, however near the name).
      add(ruled, features, { ...(evidence.mention ? features : {}), rulePath: evidence.path });
    }
    const cued = attribution.cueFound[index] === true;
    const registry = input.registrySpeakers[index] ?? null;
    if (!cued && registry !== null) add(registry, candidates.get(registry) ?? unplaced(undefined), { registry: true });
    const back = lastSpoken ? quotation.paragraphIndex - lastSpoken.paragraphIndex : 0;
    if (!cued && opensParagraph && lastSpoken && back > 0 && back <= MAX_CARRYOVER_PARAGRAPHS) {
      const from = { start: lastSpoken.end, end: lastSpoken.end };
      add(lastSpoken.speaker, candidates.get(lastSpoken.speaker) ?? unplaced(from), { paragraphsBack: back });
    }
    const described = [...candidates].map(([speaker, description]) => ({
      speaker,
      description: { ...description, rivals: candidates.size },
    }));
    const speaker = described.length === 0 ? null : choose(described, quotation);
    chosen.push(speaker);
    if (speaker !== null) lastSpoken = { speaker, paragraphIndex: quotation.paragraphIndex, end: quotation.end };
  });
  return chosen;
}

/** The chooser the corpus uses: the ranker's most probable candidate, or nobody below its threshold. */
export function modelChooser(model: SpeakerRankerModel): SpeakerChooser {
  return (candidates) => rankSpeakers(model, candidates);
}
