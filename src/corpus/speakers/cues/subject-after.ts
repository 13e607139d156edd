import { type EntityMention, POSSESSIVE_DETERMINER } from '../document-entities.js';
import { DOCUMENT_HEADS, isTitleWord } from '../person-titles.js';
import { ROLE_NOUNS } from '../role-nouns.js';
import type { TaggedWord } from '../tag-words.js';
import { type AttributionContext, countWordsIn, indexOfWordStartingAt } from './attribution-context.js';
import { abstain, type CueResult } from './cue-result.js';
import { speakerOf } from './speaker-of-mention.js';
import { PUNCTUATION } from './word-helpers.js';

/**
 * Words of a noun compound that may stand between a body and the person it modifies ("ACLU executive Director", "Tory
 * shadow local government secretary").
 */
const MAX_COMPOUND_MODIFIERS = 6;
const COMPOUND_PARTS = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM']);
/** Adjectives before the second of two roles joined by "and" ("and former federal prosecutor"). */
const MAX_ROLE_ADJECTIVES = 3;

/** The mention straight after word `index` ("said Ratcliff", "Asked Mrs. Grace O. Peck", "according to the jury"). */
export function subjectAfter(context: AttributionContext, index: number, sentenceEnd: number): CueResult | 'none' {
  const { words, mentionStartingAt } = context;
  let position = index;
  while (position < words.length && (words[position] as TaggedWord).text === ',') position++;
  const word = words[position];
  if (!word || word.start >= sentenceEnd) return 'none';
  const first = headOfPhraseAt(context, position) ?? personAfterDescription(context, position);
  // "said the festival's executive director, Craig Prater": a possessor's title before a name set off after it.
  if (first === 'unnamed') {
    const isPossessive = (at: number) => /^['\u2019]s$/.test(words[at]?.text ?? '');
    let possessive = position;
    while (possessive < position + MAX_TITLE_WORDS && !isPossessive(possessive)) possessive++;
    const named = isPossessive(possessive) ? nameSetOffFrom(context, possessive + 1, false, sentenceEnd) : null;
    return named ? speakerOf(context, named) : abstain;
  }
  // "said its chairman, Sir Anthony Greener", "said his coach Peter Stanley": a title its possessive sets before a
  // name, set off after it or not.
  if (first === null && POSSESSIVE_DETERMINER.test(word.text)) {
    const named =
      personAfterDescription(context, position + 1) ?? nameSetOffFrom(context, position + 1, false, sentenceEnd);
    return named ? speakerOf(context, named) : 'none';
  }
  // "said one visitor, Peron Kwong,", "said a spokesman, John Smith": an indefinite description names no one, but the
  // name set off after it does.
  if (first === null && /^(?:a|an|one)$/i.test(word.text)) {
    const named = nameSetOffFrom(context, position + 1, false, sentenceEnd);
    return named ? speakerOf(context, named) : 'none';
  }
  if (first === null) return 'none';
  const compound = personHeadingCompound(context, first);
  const head = compound.kind === 'pronoun' ? compound : (nameSetOffAfter(context, compound, sentenceEnd) ?? compound);
  // "said a Trump adviser": a person's name modifying a role after it, with no name after that, is someone unnamed.
  if (head === first && first.kind === 'person' && modifiesRole(context, first)) return abstain;
  const after = words[indexOfWordStartingAt(context, head.start) + 1 + countWordsIn(context, head)];
  if (
    after?.text.toLowerCase() === 'and' &&
    mentionStartingAt.has(words[indexOfWordStartingAt(context, after.start) + 1]?.start ?? -1) &&
    !opensClause(context, indexOfWordStartingAt(context, after.start) + 1)
  )
    return abstain;
  if (after?.text === ',' && listedAfter(context, indexOfWordStartingAt(context, after.start) + 1)) return abstain;
  return speakerOf(context, head);
}

/**
 * "said Martin King, Jane Smith and Bob Jones": whether a person's name at word `index`, after a comma, goes on a
 * list of names that "and" closes; the first of them then speaks alone no more than the last does.
 */
function listedAfter(context: AttributionContext, index: number): boolean {
  const { words, mentionStartingAt } = context;
  const listed = mentionStartingAt.get(words[index]?.start ?? -1);
  if (listed?.kind !== 'person') return false;
  let next = index + 1 + countWordsIn(context, listed);
  if (words[next]?.text === ',') next++;
  return /^and$/i.test(words[next]?.text ?? '') && mentionStartingAt.has(words[next + 1]?.start ?? -1);
}

/**
 * "said ACLU executive Director Anthony Romero", "said Montclair State University political scientist Brigid
 * Harrison": a name closing a compound of nouns and adjectives after `mention` heads it, the words before being
 * its modifiers; any other mention stands for itself.
 */
function personHeadingCompound(context: AttributionContext, mention: EntityMention): EntityMention {
  const { text, words, mentionStartingAt } = context;
  let position = indexOfWordStartingAt(context, mention.start) + countWordsIn(context, mention) + 1;
  for (let hops = 0; hops < MAX_COMPOUND_MODIFIERS; hops++) {
    const word = words[position];
    if (!word || !/^ $/.test(text.slice((words[position - 1] as TaggedWord).end, word.start))) return mention;
    const next = mentionStartingAt.get(word.start);
    if (next) return next.kind === 'person' ? next : mention;
    // "said Richard and Judy executive producer Amanda Ross": names joined by "and" may modify a role after them.
    const conjunct = /^and$/i.test(word.text) ? mentionStartingAt.get(words[position + 1]?.start ?? -1) : undefined;
    if (conjunct) {
      const after = position + 2 + countWordsIn(context, conjunct);
      const head = words[after]?.pos === 'NOUN' ? personHeadingCompound(context, conjunct) : conjunct;
      return head !== conjunct && head.kind === 'person' ? head : mention;
    }
    // "BIFA founder and director Elliot Grove", "Nortel president and chief executive Bill Owens", "Chicago lawyer and
    // former federal prosecutor Patrick Cotter": two roles joined by "and" are one title.
    let second = position + 1;
    while (words[second]?.pos === 'ADJ' && second < position + 1 + MAX_ROLE_ADJECTIVES) second++;
    const joinsRoles =
      /^and$/i.test(word.text) &&
      words[position - 1]?.pos === 'NOUN' &&
      words[second]?.pos === 'NOUN' &&
      !mentionStartingAt.has((words[position + 1] as TaggedWord).start);
    // "House Ways and Means Committee Chairman Kevin Brady": "and" between capitalised words is inside a name.
    const innerAnd =
      /^and$/i.test(word.text) &&
      /^\p{Lu}/u.test(words[position - 1]?.text ?? '') &&
      /^\p{Lu}/u.test(words[position + 1]?.text ?? '');
    // "Foreign Ministry chief for U.S. Affairs Josefina Vidal": a role's "of" or "for" before capitalised words names
    // its field.
    const field =
      /^(?:of|for)$/i.test(word.text) &&
      ['NOUN', 'ADJ'].includes(words[position - 1]?.pos ?? '') &&
      /^\p{Lu}/u.test(words[position + 1]?.text ?? '');
    // "Judicial Watch President": a capitalised word is part of the name, whatever the tagger says.
    if (
      !(COMPOUND_PARTS.has(word.pos) || /^\p{Lu}/u.test(word.text) || joinsRoles || innerAnd || field) ||
      PUNCTUATION.test(word.text)
    )
      return mention;
    position++;
  }
  return mention;
}

/** Words of a title's noun phrase that may stand between a body and a name set off after it. */
const MAX_TITLE_WORDS = 6;
const TITLE_PHRASE_PARTS = new Set(['NOUN', 'ADJ', 'PROPN', 'ADP', 'DET', 'CCONJ']);

/** Whether nouns straight after `mention` go on to a word for a role ("Trump adviser", "Clinton campaign aide"). */
function modifiesRole(context: AttributionContext, mention: EntityMention): boolean {
  const { text, words } = context;
  let position = indexOfWordStartingAt(context, mention.start) + countWordsIn(context, mention);
  for (let hops = 0; hops < MAX_COMPOUND_MODIFIERS; hops++) {
    const word = words[position + 1];
    if (!word || text.slice((words[position] as TaggedWord).end, word.start) !== ' ' || word.pos !== 'NOUN')
      return false;
    if (isTitleWord(word.text) || ROLE_NOUNS.has(word.text.toLowerCase())) return true;
    position++;
  }
  return false;
}

/**
 * "said BA director of commercial planning, Robert Boyle.", "said the committee chairman, MP Edward Leigh.": an
 * unnamed description, or a name with a title's words after it, then a person set off by a comma and closing the
 * clause: that person is the subject. A name that goes on ("…, Robert Boyle and …") is a list.
 */
function nameSetOffAfter(
  context: AttributionContext,
  mention: EntityMention,
  sentenceEnd: number,
): EntityMention | null {
  const position = indexOfWordStartingAt(context, mention.start) + countWordsIn(context, mention) + 1;
  return nameSetOffFrom(context, position, mention.kind === 'anonymous' && mention.person === true, sentenceEnd);
}

/**
 * The person set off by a comma after the title phrase from word `start` ("of the Commons education select
 * committee, Labour MP Barry Sheerman"); a body or place named inside the phrase is part of it.
 */
function nameSetOffFrom(
  context: AttributionContext,
  start: number,
  titledBefore: boolean,
  sentenceEnd: number,
): EntityMention | null {
  const { words, mentionStartingAt } = context;
  let position = start;
  let titled = titledBefore;
  for (let hops = 0; hops <= MAX_TITLE_WORDS; hops++) {
    const word = words[position];
    if (!word || word.start >= sentenceEnd) return null;
    if (word.text === ',') break;
    const inner = mentionStartingAt.get(word.start);
    if (!TITLE_PHRASE_PARTS.has(word.pos) || inner?.kind === 'person' || inner?.kind === 'pronoun') return null;
    titled ||= isTitleWord(word.text) || ROLE_NOUNS.has(word.text.toLowerCase());
    position += inner ? countWordsIn(context, inner) + 1 : 1;
  }
  if (!titled) return null;
  const named = mentionStartingAt.get(words[position + 1]?.start ?? -1);
  if (named?.kind !== 'person') return null;
  const closing = words[indexOfWordStartingAt(context, named.start) + countWordsIn(context, named) + 1];
  // "said English's lawyer, Deepak Gupta of the law firm Gupta Wessler,": or where the person is from.
  return !closing || closing.start >= sentenceEnd || /^(?:[.,;!?]|of|from|at)$/.test(closing.text) ? named : null;
}

/**
 * "said conservative activist Bob Klaus", "said the former Vermont governor Howard Dean": a description in
 * front of a name, its words joined by spaces, is the name's; the person named is the subject.
 */
function personAfterDescription(context: AttributionContext, position: number): EntityMention | null {
  const { text, words, mentionStartingAt } = context;
  let modifiers = 0;
  for (let at = position; modifiers < MAX_COMPOUND_MODIFIERS; at++) {
    const word = words[at];
    if (!word) return null;
    const gap = at > position ? text.slice((words[at - 1] as TaggedWord).end, word.start) : ' ';
    // "said 20-year-old politics student Nick Vaughan": the parts of a hyphenated word are one modifier.
    if (gap === '' && (word.text === '-' || words[at - 1]?.text === '-')) continue;
    if (gap !== ' ') return null;
    modifiers++;
    const mention = mentionStartingAt.get(word.start);
    if (mention) {
      const head = personHeadingCompound(context, mention);
      return head.kind === 'person' ? head : null;
    }
    // "said Will Doyle": a capitalised word the tagger reads as a verb may open the name; "said managing director Anna
    // Smith": a participle modifies the role as an adjective does; "said the often-quoted Paul Ryan": so does a word
    // hyphened to the next, whatever its own part of speech.
    const hyphened = words[at + 1]?.text === '-';
    const described =
      hyphened ||
      COMPOUND_PARTS.has(word.pos) ||
      word.pos === 'DET' ||
      /^\p{Lu}/u.test(word.text) ||
      (word.pos === 'VERB' && /ing$/.test(word.text));
    if (!described || PUNCTUATION.test(word.text)) return null;
  }
  return null;
}

/**
 * The mention heading the noun phrase that starts at word `position`. A possessor only determines the head after
 * it ("says New York's Dr. Norman Jolliffe" is Jolliffe; "said Kennedy's spokesman" is the unnamed spokesman), but
 * a document speaks for its owner ("according to the council's report"). Null when no mention starts there.
 */
function headOfPhraseAt(context: AttributionContext, at: number): EntityMention | 'unnamed' | null {
  const { words, mentionStartingAt } = context;
  // "said the FBI's George Piro": the article belongs to the possessor.
  const owner = /^the$/i.test(words[at]?.text ?? '') ? mentionStartingAt.get(words[at + 1]?.start ?? -1) : undefined;
  const owns = owner?.kind === 'body' && /^['\u2019]s$/.test(words[at + 2 + countWordsIn(context, owner)]?.text ?? '');
  const position = owns ? at + 1 : at;
  const mention = mentionStartingAt.get((words[position] as TaggedWord).start);
  let possessive = mention
    ? indexOfWordStartingAt(context, mention.start) + countWordsIn(context, mention) + 1
    : position;
  if (!mention) while (words[possessive]?.pos === 'PROPN' && possessive < position + 4) possessive++;
  // "said PBS' Jacoba Atlas": a bare apostrophe against a name ending in "s" is its possessive too.
  const mark = words[possessive];
  const bare =
    /^['\u2019]$/.test(mark?.text ?? '') &&
    /s$/i.test(words[possessive - 1]?.text ?? '') &&
    words[possessive - 1]?.end === mark?.start &&
    context.text[mark?.end ?? 0] === ' ';
  if ((!/^['\u2019]s$/.test(mark?.text ?? '') && !bare) || (!mention && possessive === position))
    return mention ?? null;
  const owned = words[possessive + 1];
  if (owned && DOCUMENT_HEADS.has(owned.text.toLowerCase())) return mention ?? null;
  if (!owned) return null;
  // "said Aston's chief executive Ulrich Bez": the possessor's title before a name is that person's.
  return mentionStartingAt.get(owned.start) ?? personAfterDescription(context, possessive + 1) ?? 'unnamed';
}

/** Whether the mention starting at word `position` is the subject of its own verb ("and they are doing it"). */
function opensClause(context: AttributionContext, position: number): boolean {
  const { words, mentionStartingAt, insideName } = context;
  const mention = mentionStartingAt.get((words[position] as TaggedWord | undefined)?.start ?? -1);
  if (!mention) return false;
  let next = position + countWordsIn(context, mention) + 1;
  while (words[next]?.pos === 'ADV') next++;
  return (
    words[next]?.pos === 'AUX' || (words[next]?.pos === 'VERB' && !insideName.has((words[next] as TaggedWord).start))
  );
}
