import type { EntityMention } from '../document-entities.js';
import { DOCUMENT_HEADS } from '../person-titles.js';
import type { TaggedWord } from '../tag-words.js';
import { type AttributionContext, countWordsIn, firstWordFrom, indexOfWordStartingAt } from './attribution-context.js';
import { type CueResult, NO_CUE } from './cue-result.js';
import { speakerOf } from './speaker-of-mention.js';
import { isAdverb, isFiniteVerb, opensItsSentence, PASSIVE_BE } from './word-helpers.js';

/**
 * "…”, Maris recalls.", "…”, grinned Stram.": a clause of nothing but a subject and a finite verb, set off after a
 * quotation, attributes it whatever the verb; the lexicon's sense filter is for verbs in running narration.
 */
export function bareClauseCue(context: AttributionContext, index: number, sentenceEnd: number): CueResult {
  const { words, mentionStartingAt } = context;
  const closes = (position: number) => {
    const word = words[position];
    return word === undefined || word.start >= sentenceEnd || /^[,.;:!?]+$/.test(word.text);
  };
  const first = words[index] as TaggedWord;
  const opening = mentionStartingAt.get(first.start) ?? epithetSubject(context, index);
  if (opening) {
    let position = indexOfWordStartingAt(context, opening.start) + 1 + countWordsIn(context, opening);
    while (isAdverb(words[position])) position++;
    if (!isFiniteVerb(context, words[position]) || isPassive(context, opening, position)) return NO_CUE;
    // "…?” Trump went on.", "…,” Bennett shot back": a particle may close the verb.
    const particle = ['ADP', 'ADV', 'PART'].includes(words[position + 1]?.pos ?? '') && closes(position + 2);
    return closes(position + 1) || particle ? speakerOf(context, opening) : NO_CUE;
  }
  const subject = mentionStartingAt.get(words[index + 1]?.start ?? -1);
  if (isFiniteVerb(context, first) && subject && closes(index + 2 + countWordsIn(context, subject)))
    return speakerOf(context, subject);
  return NO_CUE;
}

/** "Trump was asked, “…”": a passive subject between `subject` and its verb at word `verb` was spoken to. */
function isPassive(context: AttributionContext, subject: EntityMention, verb: number): boolean {
  const { words } = context;
  const after = indexOfWordStartingAt(context, subject.start) + countWordsIn(context, subject);
  return words.slice(after, verb).some((word) => PASSIVE_BE.test(word.text));
}

/**
 * "an angry Hollande", "a smiling Trump", "former Vice President Joe Biden": adjectives, after an article or none,
 * before a person's name, the name.
 */
function epithetSubject(context: AttributionContext, index: number): EntityMention | undefined {
  const { words, mentionStartingAt } = context;
  const article = /^(?:a|an|the)$/i.test(words[index]?.text ?? '') ? 1 : 0;
  let position = index + article;
  while (words[position]?.pos === 'ADJ' && position < index + article + 2) position++;
  const mention = position > index + article ? mentionStartingAt.get(words[position]?.start ?? -1) : undefined;
  return mention?.kind === 'person' ? mention : undefined;
}

/**
 * "Sanders shot back, “…”", "Silverman responded, “…”": a clause of only a subject and its finite verb (a particle
 * may close it) opening the sentence, then a comma or colon and the quotation, introduces it whatever the verb.
 */
export function leadingBareClause(context: AttributionContext, from: number, quotationStart: number): CueResult {
  const { text, words, mentionStartingAt, insideName } = context;
  const subjectAt = (at: number) => mentionStartingAt.get(words[at]?.start ?? -1) ?? epithetSubject(context, at);
  const start = firstWordFrom(context, from);
  // "Still, Krugman observes, “…”": a phrase fronted before the subject, set off by its comma (`opensItsSentence`
  // allows one such comma).
  let comma = start;
  while (words[comma] && (words[comma] as TaggedWord).start < quotationStart && words[comma]?.text !== ',') comma++;
  const opening = subjectAt(start) ?? (words[comma]?.text === ',' ? subjectAt(comma + 1) : undefined);
  // "He continued, “…”": a pronoun for someone opens such a clause as a name does.
  const someone = opening?.kind === 'pronoun' && (opening.gender === 'male' || opening.gender === 'female');
  if (
    !opening ||
    (opening.kind !== 'person' && opening.kind !== 'body' && !someone) ||
    !opensItsSentence(context, opening)
  )
    return NO_CUE;
  let position = indexOfWordStartingAt(context, opening.start) + 1 + countWordsIn(context, opening);
  while (isAdverb(words[position])) position++;
  const verb = words[position];
  const particle = ['ADP', 'ADV', 'PART'].includes(words[position + 1]?.pos ?? '');
  // The tagger may read a verb with a particle as a noun ("shot back").
  const nounal = verb?.pos === 'NOUN' && particle && !/ing$/i.test(verb.text) && !insideName.has(verb.start);
  if (!verb || !(isFiniteVerb(context, verb) || nounal) || isPassive(context, opening, position)) return NO_CUE;
  position += particle ? 2 : 1;
  const mark = words[position];
  if (!mark || !/^[,:]$/.test(mark.text) || !/^\s*[\u201C"]$/.test(text.slice(mark.end, quotationStart))) return NO_CUE;
  return speakerOf(context, opening);
}

/** Adjectives before a document's head: "annual", "latest quarterly". */
const MAX_DOCUMENT_MODIFIERS = 3;

/**
 * "As Coin Center's Neeraj Agrawal points out, there is a difference between “private” as in …": a comment clause of
 * "as", a subject and its verb alone (a particle may close it), opening the sentence, makes what the sentence goes on
 * to quote that subject's words, whatever the verb.
 */
export function asCommentClause(context: AttributionContext, sentenceStart: number, quotationStart: number): CueResult {
  const { words, mentionStartingAt, insideName } = context;
  const as = firstWordFrom(context, sentenceStart);
  if (!/^as$/i.test(words[as]?.text ?? '')) return NO_CUE;
  const first = mentionStartingAt.get(words[as + 1]?.start ?? -1) ?? epithetSubject(context, as + 1);
  // "As Coin Center's Neeraj Agrawal points out": a possessor's person.
  const after = first ? indexOfWordStartingAt(context, first.start) + 1 + countWordsIn(context, first) : -1;
  const owned = /^['\u2019]s$/.test(words[after]?.text ?? '')
    ? mentionStartingAt.get(words[after + 1]?.start ?? -1)
    : undefined;
  const opening = owned?.kind === 'person' ? owned : first;
  if (!opening || (opening.kind !== 'person' && opening.kind !== 'body')) return NO_CUE;
  let position = indexOfWordStartingAt(context, opening.start) + 1 + countWordsIn(context, opening);
  // "As the Boy Scouts' annual report puts it": a document speaks for the one whose it is.
  if (opening === first && /^['\u2019]s?$/.test(words[position]?.text ?? '')) {
    let head = position + 1;
    while (words[head]?.pos === 'ADJ' && head < position + 1 + MAX_DOCUMENT_MODIFIERS) head++;
    if (!DOCUMENT_HEADS.has(words[head]?.text.toLowerCase() ?? '')) return NO_CUE;
    position = head + 1;
  }
  while (isAdverb(words[position])) position++;
  const verb = words[position];
  // "points out", "puts it": a particle, or "it" for the words quoted, may close the verb.
  const closer = words[position + 1];
  const particle =
    (['ADP', 'ADV', 'PART'].includes(closer?.pos ?? '') || /^it$/i.test(closer?.text ?? '')) &&
    words[position + 2]?.text === ',';
  // The tagger may read a verb with a particle as a noun ("points out").
  const nounal = verb?.pos === 'NOUN' && particle && /s$/.test(verb.text) && !insideName.has(verb.start);
  if (!verb || !(isFiniteVerb(context, verb) || nounal) || isPassive(context, opening, position)) return NO_CUE;
  const comma = words[position + (particle ? 2 : 1)];
  return comma?.text === ',' && comma.end <= quotationStart ? speakerOf(context, opening) : NO_CUE;
}
