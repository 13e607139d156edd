import type { Span } from '../../corpus-types.js';
import { type EntityMention, namesGroup } from '../document-entities.js';
import { isWrittenRoleNoun } from '../role-nouns.js';
import {
  DOCUMENT_HEADS,
  type Gender,
  isCourtesyTitle,
  isDesignation,
  officesConflict,
  titleKey,
} from '../person-titles.js';
import { reportingVerbAt } from '../reporting-verbs.js';
import { COUNTRIES } from '../speaker-lexicon.js';
import type { TaggedWord } from '../tag-words.js';
import {
  type AttributionContext,
  countWordsIn,
  firstStartingAfter,
  firstWordFrom,
  indexOfWordStartingAt,
  sentenceIndexOf,
} from './attribution-context.js';
import { abstain, type CueResult, speakerFound } from './cue-result.js';
import { organisationDescribed } from './headline-topic.js';
import { afterFrontedClause } from './fronted-clause.js';
import { unnamedBody } from './unnamed-body.js';
import {
  isAdverb,
  lower,
  opensItsSentence,
  PASSIVE_BE,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  PUNCTUATION,
} from './word-helpers.js';

/** What may stand between a preposition and the name closing its noun phrase: "to his colleague George Palmer". */
const NOUN_PHRASE_MODIFIER = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);
/** Words of an appositive set off between a subject and its verb: "Mr Hain, Leader of the Commons, told". */
const MAX_APPOSITIVE_WORDS = 8;
/** Verbs that go on with what was said before. */
const ADDING = /^(?:added|adds|continued|continues)$/i;
/** How far back (in sentences with narration) a pronoun's antecedent may be. */
const PRONOUN_LOOKBACK_SENTENCES = 4;

/** "As for Trump, he said": a topic fronted before its sentence's subject is whom the pronoun there stands for. */
function isFrontedTopic(context: AttributionContext, mention: Span): boolean {
  const { text, sentences } = context;
  const sentence = sentences[sentenceIndexOf(context, mention.start)];
  return sentence !== undefined && /^as for$/i.test(text.slice(sentence.start, mention.start).trim());
}

/** "a nomination for Staunton, 49, who told …": a mention a relative clause is about is that clause's subject. */
function opensRelativeClause(context: AttributionContext, mention: EntityMention): boolean {
  const { words } = context;
  let position = indexOfWordStartingAt(context, mention.start) + 1 + countWordsIn(context, mention);
  if (words[position]?.text !== ',') return false;
  // An age or other short aside set off before the relative pronoun.
  if (words[position + 2]?.text === ',' && words[position + 1]?.pos === 'NUM') position += 2;
  return /^who$/i.test(words[position + 1]?.text ?? '');
}

/** A mention after a preposition ("at Fort Knox", "in Baptist Memorial hospital") is an oblique, never an antecedent. */
function isOblique(context: AttributionContext, mention: EntityMention): boolean {
  if (isFrontedTopic(context, mention) || opensRelativeClause(context, mention)) return false;
  const { words } = context;
  const isPreposition = (word: TaggedWord | undefined) =>
    word !== undefined && (word.pos === 'ADP' || PREPOSITIONS.has(word.text.toLowerCase()));
  let position = indexOfWordStartingAt(context, mention.start) - 1;
  // "to his colleague George Herbert Palmer": the preposition governs the whole noun phrase the name closes.
  while (NOUN_PHRASE_MODIFIER.has(words[position]?.pos ?? '') || POSSESSIVE_PRONOUNS[lower(words[position])])
    position--;
  // "During his speech Mr Brown told MPs": after a phrase fronted with no comma, a name its verb follows is the subject.
  const after = words[indexOfWordStartingAt(context, mention.start) + 1 + countWordsIn(context, mention)];
  const fronted =
    sentenceIndexOf(context, words[position - 1]?.start ?? -1) !== sentenceIndexOf(context, mention.start);
  if (isPreposition(words[position]) && fronted && after?.pos === 'VERB' && !/ing$/i.test(after.text)) return false;
  if (isPreposition(words[position])) return true;
  // "since Sir Alan's announcement": before a possessor the conjunction is a preposition, governing its noun phrase.
  if (words[position]?.pos === 'SCONJ' && /^['’]s$/.test(after?.text ?? '')) return true;
  // "Of another colleague, George Santayana, he could write": a name set off on both sides after an oblique is in
  // apposition to it ("In private life, Miss Garson is" opens the clause instead).
  const next = words[indexOfWordStartingAt(context, mention.start) + 1 + countWordsIn(context, mention)];
  if (words[position]?.text !== ',' || next?.text !== ',') return false;
  let open = position - 1;
  while (open >= 0 && !/^[,;:.]$/.test((words[open] as TaggedWord).text)) {
    if ((words[open] as TaggedWord).pos === 'VERB') return false;
    open--;
  }
  return open + 1 < position && isPreposition(words[open + 1]);
}

/** Whether a name is followed by a role's nouns only and then a person: "Real Madrid midfielder David Beckham". */
function modifiesPersonAfter(context: AttributionContext, mention: EntityMention): boolean {
  const { words, mentionStartingAt } = context;
  if (mention.kind === 'pronoun') return false;
  let position = indexOfWordStartingAt(context, mention.start) + countWordsIn(context, mention) + 1;
  // "Mr Brown's former advisor Ed Balls": a possessor of the role, its adjectives included.
  const possessor = /^['’]s$/.test(words[position]?.text ?? '');
  if (possessor) position++;
  const first = position;
  // "Real Madrid director of sport Emilio Butragueno": an "of" phrase inside the role too.
  const roleWord = (at: number) =>
    words[at]?.pos === 'NOUN' ||
    (possessor && words[at]?.pos === 'ADJ') ||
    (at > first && lower(words[at]) === 'of' && words[at + 1]?.pos === 'NOUN');
  while (roleWord(position) && !mentionStartingAt.has((words[position] as TaggedWord).start)) position++;
  const next = mentionStartingAt.get(words[position]?.start ?? -1);
  return position > first && next?.kind === 'person';
}

/** "an Alan Shearer strike", "the Clinton campaign": a name between a determiner and its noun only modifies it. */
function modifiesNounAfter(context: AttributionContext, mention: EntityMention): boolean {
  const { words } = context;
  if (mention.kind !== 'person') return false;
  const at = indexOfWordStartingAt(context, mention.start);
  const after = words[at + countWordsIn(context, mention) + 1];
  return /^(?:a|an|the)$/i.test(words[at - 1]?.text ?? '') && after?.pos === 'NOUN';
}

/**
 * "Tony Blair's official spokesman declined", "the prime minister's spokesman was asked": the title closing the noun
 * phrase a mention owns, when it is one (that person's spokesman, aide, wife is someone else, unnamed); else null.
 */
function possessedTitle(context: AttributionContext, mention: EntityMention): string | null {
  const { words } = context;
  if (mention.kind === 'pronoun') return null;
  let position = indexOfWordStartingAt(context, mention.start) + countWordsIn(context, mention) + 1;
  if (!/^['’]s$/.test(words[position]?.text ?? '')) return null;
  position++;
  while (['ADJ', 'NOUN'].includes(words[position + 1]?.pos ?? '') && words[position]?.pos !== 'NOUN') position++;
  while (words[position + 1]?.pos === 'NOUN') position++;
  const head = words[position];
  // "Megumi's mother": a word for a kind of person (WordNet) is such a title too.
  return head?.pos === 'NOUN' && (isDesignation(head.text) || isWrittenRoleNoun(head.text))
    ? titleKey(head.text)
    : null;
}

/** Whether `offset` stands inside parentheses opened earlier in its paragraph. */
function inParentheses(context: AttributionContext, offset: number): boolean {
  const { text, sentences } = context;
  let index = sentenceIndexOf(context, offset);
  const sentence = sentences[index];
  if (!sentence) return false;
  while (index > 0 && (sentences[index - 1] as { paragraphIndex: number }).paragraphIndex === sentence.paragraphIndex)
    index--;
  const before = text.slice((sentences[index] as Span).start, offset);
  return before.split('(').length > before.split(')').length;
}

/** Whether a sentence has words outside quotation marks. */
function hasNarration(context: AttributionContext, sentence: Span): boolean {
  const { words } = context;
  for (let index = firstWordFrom(context, sentence.start); index < words.length; index++) {
    const word = words[index] as TaggedWord;
    if (word.end > sentence.end) return false;
    if (!PUNCTUATION.test(word.text) && !/^\s+$/.test(word.text)) return true;
  }
  return false;
}

/**
 * "The seventh seed, who … is lined up to meet Roddick in the last eight, is looking forward": a mention inside a
 * relative clause set off by commas, which the sentence goes on after, is background to its subject, whom a later
 * he/she stands for.
 */
function inRelativeAside(context: AttributionContext, mention: EntityMention, sentence: Span): boolean {
  const { words } = context;
  const at = indexOfWordStartingAt(context, mention.start);
  let open = at - 1;
  while (open > 0 && words[open]?.text !== ',' && (words[open]?.start ?? 0) >= sentence.start) open--;
  const relative = words[open + 1];
  if (words[open]?.text !== ',' || !/^(?:who|whom|whose|which)$/i.test(relative?.text ?? '') || open + 1 === at)
    return false;
  let close = at + 1;
  while ((words[close]?.start ?? Infinity) < sentence.end && words[close]?.text !== ',') close++;
  return (words[close]?.start ?? Infinity) < sentence.end;
}

/**
 * "The brewery continues to be the sole maker of beers": a description after "be" says what the subject is; not after
 * an existential "there", which introduces someone ("Then there was the tall boy").
 */
function isPredicative(context: AttributionContext, mention: EntityMention): boolean {
  const { words } = context;
  const index = indexOfWordStartingAt(context, mention.start);
  return PASSIVE_BE.test(words[index - 1]?.text ?? '') && lower(words[index - 2]) !== 'there';
}

/** The candidates of the nearest sentence (looking back from `offset`) that has any, obliques only if it has nothing else. */
function nearestCandidates(
  context: AttributionContext,
  offset: number,
  accepts: (mention: EntityMention) => boolean,
): EntityMention[] {
  const { sentences, mentions } = context;
  // Sentences wholly inside a quotation are the speaker's, not the narrator's: they do not count as distance.
  let narrated = 0;
  for (let index = sentenceIndexOf(context, offset); index >= 0 && narrated < PRONOUN_LOOKBACK_SENTENCES; index--) {
    const sentence = sentences[index] as Span;
    if (hasNarration(context, sentence)) narrated++;
    const candidates: EntityMention[] = [];
    const until = Math.min(sentence.end, offset);
    for (let at = firstStartingAfter(mentions, sentence.start - 1); (mentions[at]?.start ?? Infinity) < until; at++) {
      const mention = mentions[at] as EntityMention;
      // "(Meyer sent him to Reading.)": an aside names no one the narration goes on about; "Real Madrid midfielder
      // David Beckham", "an Alan Shearer strike": a name modifying a noun is no participant either.
      if (
        accepts(mention) &&
        !(inParentheses(context, mention.start) && !inParentheses(context, offset)) &&
        !modifiesPersonAfter(context, mention) &&
        !modifiesNounAfter(context, mention) &&
        !(mention.kind === 'anonymous' && isPredicative(context, mention)) &&
        !(sentence.end <= offset && inRelativeAside(context, mention, sentence))
      )
        candidates.push(mention);
    }
    // "a hint of the inspired prophet in his words": a mention after a preposition in the pronoun's own sentence is
    // another participant of its clause, not whom the pronoun stands for; further back, only when no one else is.
    const direct = candidates.filter((other) => !isOblique(context, other));
    // "When Steve Cohen asked …, Mueller demurred. “…,” he told the panel": the main clause's subject comes before
    // anyone in a clause fronted before it.
    const main = afterFrontedClause(context, sentence.start, until);
    if (direct.length > 0)
      return [...direct.filter((other) => other.start >= main), ...direct.filter((other) => other.start < main)];
    if (candidates.length === 0 || index === sentenceIndexOf(context, offset)) continue;
    return candidates;
  }
  return [];
}

/** Whether the pronoun at word `index` opens a reporting clause after a comma ("…, he said"; '…,” he added'). */
function framesReport(context: AttributionContext, index: number): boolean {
  const { text, words } = context;
  // '…a “bossy government,” he added': the comma may close the quotation, inside its marks.
  const before = words[index - 1];
  const afterComma =
    before?.text === ',' || (/^["\u201D]$/.test(before?.text ?? '') && text[(before?.start ?? 0) - 1] === ',');
  // "…so flustered, she threatened to shut down the briefing": a verb with an infinitive after it reports nothing before.
  const infinitive = /^to$/i.test(words[index + 2]?.text ?? '');
  return afterComma && !infinitive && reportingVerbAt(words[index + 1]?.text ?? '', words[index + 2]?.text) !== null;
}

/** The word index of the first he/she/they after a mention in its sentence that frames a report, or null. */
function framingPronounAfter(context: AttributionContext, other: EntityMention): number | null {
  const { words, sentences } = context;
  const sentence = sentences[sentenceIndexOf(context, other.start)] as Span;
  for (
    let index = indexOfWordStartingAt(context, other.start) + 1;
    (words[index]?.start ?? Infinity) < sentence.end;
    index++
  )
    if (/^(?:he|she|they)$/i.test(words[index]?.text ?? '') && framesReport(context, index)) return index;
  return null;
}

/**
 * "Fallon fired back: “…,” he wrote": words a colon or a reporting verb introduces are the mention's, not about it;
 * not one in a compound ("a write-in campaign").
 */
function reportsBetween(context: AttributionContext, other: EntityMention, frame: number): boolean {
  return context.words
    .slice(indexOfWordStartingAt(context, other.start) + 1, frame - 1)
    .some(
      (word, at, between) =>
        word.text === ':' ||
        (word.pos === 'VERB' &&
          between[at + 1]?.text !== '-' &&
          reportingVerbAt(word.text, between[at + 1]?.text) !== null),
    );
}

/**
 * he/she: the nearest sentence with a person or a same-gender pronoun (a subject or object before anything after a
 * preposition: "at Fort Knox" is no antecedent while the sentence has another); of its candidates the last
 * quotation's speaker if it is one, else the first (the subject), a pronoun standing for whom it resolves to, a
 * description for the name set off after it or the person it is an epithet for.
 * it/they: a body only when the nearest sentence's first such mention is one ("the administration ... it asked").
 */
export function resolvePronoun(
  context: AttributionContext,
  mention: Extract<EntityMention, { kind: 'pronoun' }>,
): string | null {
  const { text, words, genderOf, spoken, pronounSpeakers } = context;
  const cached = pronounSpeakers.get(mention.start);
  if (cached !== undefined) return cached;
  pronounSpeakers.set(mention.start, null);
  let speaker: string | null = null;
  if (mention.gender === 'neuter' || mention.gender === 'plural') {
    // "Huawei … confirmed the arrest. It said in a statement …. “…,” it said": an it/they opening the sentence before
    // stands for whom this one does.
    const candidates = nearestCandidates(
      context,
      mention.start,
      (other) =>
        other.kind === 'person' ||
        other.kind === 'body' ||
        other.kind === 'anonymous' ||
        (other.kind === 'pronoun' && other.gender === mention.gender),
    );
    // "The government should change the law …, the TUC has said. It said": the one body whose words that sentence
    // reports, else the sentence's first mention.
    const reporting = candidates.filter((other) => other.kind === 'body' && reportsSpeech(context, other));
    const first = mention.gender === 'neuter' && reporting.length === 1 ? reporting[0] : candidates[0];
    const opens = first !== undefined && (first === reporting[0] || opensItsSentence(context, first));
    // "In a statement, the club said …. But it said": "it" is the body, which may be one no reader can check.
    speaker =
      opens && first.kind === 'pronoun'
        ? resolvePronoun(context, first)
        : opens && first.kind === 'body'
          ? (organisationDescribed(context, first.speaker) ??
            (unnamedBody(context, first.speaker) ? null : first.speaker))
          : opens && mention.gender === 'neuter'
            ? (issuedBy(context, first) ?? firmTakenForPerson(context, first))
            : mention.gender === 'neuter' && first !== undefined
              ? firmTakenForPerson(context, first)
              : null;
  } else {
    const gender = mention.gender;
    const earlier = spoken.filter((entry) => entry.end < mention.start);
    const lastSpeaker = earlier.findLast((entry) => entry.speaker !== null)?.speaker ?? undefined;
    const lastQuoted = earlier.at(-1);
    // "Mr Blair has failed, he claimed": the pronoun of a reporting clause after a comma is not anyone in the clause
    // it reports ("Mook acknowledged …, he said" reports nothing Mook is in; "As for Trump, he said" fronts him).
    const pronounIndex = indexOfWordStartingAt(context, mention.start);
    const inReportedClause = (other: EntityMention): boolean => {
      if (isFrontedTopic(context, other)) return false;
      // "The only thing that could sink Moore's bid is a write-in, he said. Absent that, he said, …": a clause an
      // earlier sentence's own "he said" reports is no more about its speaker than the pronoun's sentence is.
      const frame =
        sentenceIndexOf(context, other.start) === sentenceIndexOf(context, mention.start)
          ? pronounIndex
          : framingPronounAfter(context, other);
      return frame !== null && framesReport(context, frame) && !reportsBetween(context, other, frame);
    };
    const object = namedObjectOf(context, pronounIndex);
    // An unnamed person ("the elder man told Rickards") is a candidate too: he may be who "he" is, so nobody named is.
    const candidates = nearestCandidates(
      context,
      mention.start,
      (other) =>
        // "James, he remarks in a letter, “is attempting …”": a name set off just before he/she is the subject of
        // the clause the quotation goes on with, which the pronoun's own clause interrupts; it is someone else.
        (!/^\s*,\s*$/.test(text.slice(other.end, mention.start)) || isFrontedTopic(context, other)) &&
        !inReportedClause(other) &&
        !(object !== null && other.kind === 'person' && other.speaker === object) &&
        !(
          object !== null &&
          other.kind === 'pronoun' &&
          other.gender === gender &&
          resolvePronoun(context, other) === object
        ) &&
        ((other.kind === 'person' &&
          (genderOf.get(other.speaker) ?? context.pronounGender.get(other.speaker) ?? gender) === gender &&
          !namesGroup(other.speaker) &&
          !context.commonWordNames.has(other.speaker)) ||
          (other.kind === 'pronoun' && other.gender === gender) ||
          (other.kind === 'anonymous' && other.person === true)),
    );
    const named = candidates.map((other) =>
      other.kind === 'person'
        ? possessedTitle(context, other) === null
          ? other.speaker
          : null
        : other.kind === 'pronoun'
          ? resolvePronoun(context, other)
          : // "The former UN commissioner … told Radio 4 …. “…,” she said": a description standing for someone named
            // ("the other candidate, former Secretary Hillary Clinton,": the name set off after it).
            ofGender(context, appositiveName(context, other) ?? speakerFound(describedPerson(context, other)), gender),
    );
    // "Rex Tillerson later tried to clarify Trump’s comments. “…,” he told reporters": the last speaker named only as a
    // possessor, beside someone else named otherwise, is not whom the sentence is about.
    const owned = named.map((_, at) => isPossessor(context, candidates[at] as EntityMention));
    const standsThere = (name: string) =>
      named.some((other, at) => other === name && !owned[at]) ||
      (named.includes(name) && !named.some((other, at) => other !== null && other !== name && !owned[at]));
    // "Ancram said that … Mr Boateng's appointment …. "…," he said": the last speaker, named there too, yields to a
    // subject whose own words that sentence reports.
    const [first] = candidates;
    const reporter = first?.kind === 'person' && opensWithRole(context, first) && reportsSpeech(context, first);
    // '"…," Benitez said. The Reds scored … capped by Gerrard's drive. He added:': "added" goes on with whoever was
    // quoted last in the paragraph, when that is someone named of the pronoun's gender.
    const goesOn =
      ADDING.test(words[pronounIndex + 1]?.text ?? '') &&
      lastQuoted !== undefined &&
      lastSpeaker !== undefined &&
      lastQuoted.speaker === lastSpeaker &&
      genderOf.get(lastSpeaker) === gender &&
      paragraphOf(context, lastQuoted.end - 1) === paragraphOf(context, mention.start);
    // "…, says Tim Dams, the news editor of Screen International. But he also believes": whom that sentence quotes;
    // so in "…remains undimmed, Alan Milburn told Radio 4. Mr Blair has …, he said", whose words came before.
    const inverted = candidates.find(
      (other) =>
        other.kind === 'person' &&
        (invertedReporter(context, other) ||
          (sentenceIndexOf(context, other.start) !== sentenceIndexOf(context, mention.start) &&
            trailingReporter(context, other))),
    );
    // "Hewitt said he had had a "gutful" … but Tennis Australia's Geoff Pollard rejected his comments. "…," he said":
    // a subject that "but" sets against the one before turns the story to that person.
    const turned = candidates.find((other) => other.kind === 'person' && opensContrast(context, other));
    speaker =
      turned?.kind === 'person' && turned.speaker !== lastSpeaker
        ? turned.speaker
        : inverted?.kind === 'person'
          ? inverted.speaker
          : lastSpeaker !== undefined && (standsThere(lastSpeaker) || goesOn) && !reporter
            ? lastSpeaker
            : (named[0] ?? null);
    // "“…,” O'Rourke told Reuters. “…,” he said": a pronoun with no one else to stand for tells that person's gender.
    if (
      speaker !== null &&
      (genderOf.get(speaker) ?? null) === null &&
      !context.pronounGender.has(speaker) &&
      named.every((name) => name === speaker)
    )
      context.pronounGender.set(speaker, gender);
  }
  pronounSpeakers.set(mention.start, speaker);
  return speaker;
}

/**
 * "Before an adoring audience, he called Trump the “…”": the person named as the object straight after the verb of
 * the pronoun's clause, whom the pronoun cannot stand for (binding theory's principle C); null when there is none.
 */
function namedObjectOf(context: AttributionContext, pronounIndex: number): string | null {
  const { words, mentionStartingAt } = context;
  let at = pronounIndex + 1;
  while (isAdverb(words[at])) at++;
  if (words[at]?.pos !== 'VERB') return null;
  const object = mentionStartingAt.get(words[at + 1]?.start ?? -1);
  return object?.kind === 'person' ? object.speaker : null;
}

/** Whether a mention owns the noun after it: "Trump’s comments". */
function isPossessor(context: AttributionContext, mention: EntityMention): boolean {
  const after = context.words[indexOfWordStartingAt(context, mention.start) + countWordsIn(context, mention) + 1];
  return mention.kind === 'person' && /^['\u2019]s$/.test(after?.text ?? '');
}

/**
 * "Nicola Sturgeon wrote …. the first minister said …. He told Ms Sturgeon": a description he/she stands for is not
 * someone a title gives the other gender.
 */
function ofGender(context: AttributionContext, name: string | null, gender: Gender): string | null {
  const titled = name === null ? undefined : context.titledGender.get(name);
  return titled === undefined || titled === gender ? name : null;
}

/**
 * Whether a person is the subject of a reporting verb inverted after a comma and closing its clause: "…, says Tim
 * Dams, the news editor" (not "said Exeem was", whose name opens the reported clause, nor "told Rugby Special").
 */
function invertedReporter(context: AttributionContext, mention: EntityMention): boolean {
  const { words } = context;
  const at = indexOfWordStartingAt(context, mention.start);
  const after = words[at + countWordsIn(context, mention) + 1];
  if (after !== undefined && !/^[,.;]$/.test(after.text)) return false;
  // "…, says pollster Tamar Hermann", "…, said one of the dissenters, Ryan P. Haygood, a former NAACP lawyer": a role
  // the name's mention leaves out, or a description set off before the name, may stand after the verb.
  const comma = words[at - 1]?.text === ',' ? 1 : 0;
  let verbAt = at - 1 - comma;
  while (verbAt > at - 1 - comma - MAX_SET_OFF_DESCRIPTION_WORDS && DESCRIPTION_POS.has(words[verbAt]?.pos ?? ''))
    verbAt--;
  const verb = words[verbAt];
  return (
    verb !== undefined &&
    words[verbAt - 1]?.text === ',' &&
    !/^t(?:ell|ells|old)$/i.test(verb.text) &&
    reportingVerbAt(verb.text, words[verbAt + 1]?.text) !== null
  );
}

/** How many words a role or a description between an inverted verb and its subject's name may take. */
const MAX_SET_OFF_DESCRIPTION_WORDS = 6;
/** Parts of speech of such a description: "one of the dissenters", "the group's founder". */
const DESCRIPTION_POS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'ADP', 'PART', 'PROPN', 'PRON']);

/**
 * Whether a person is the subject of a reporting clause closing its sentence after a comma: "…remains undimmed, Alan
 * Milburn, Labour's election strategist, told Radio 4": the sentence reports that person's words.
 */
function trailingReporter(context: AttributionContext, mention: EntityMention): boolean {
  const { words } = context;
  const at = indexOfWordStartingAt(context, mention.start);
  if (words[at - 1]?.text !== ',') return false;
  // "Alan Milburn, Labour's election strategist(,) told": the closing comma of an appositive is often left out.
  let next = pastAppositive(context, at + countWordsIn(context, mention) + 1, false);
  while (['AUX', 'ADV'].includes(words[next]?.pos ?? '')) next++;
  return reportingVerbAt(words[next]?.text ?? '', words[next + 1]?.text) !== null;
}

/** Words of a possessor or modifiers that may stand between "but" and the subject it opens. */
const MAX_CONTRAST_MODIFIERS = 4;
/** Words of a description the subject's name is set off after: "But the Liberal Democrats' home affairs spokesman". */
const MAX_CONTRAST_DESCRIPTION_WORDS = 8;

/**
 * Whether a person is the subject of a clause "but" opens: "but Tennis Australia's Geoff Pollard rejected", "but
 * Stuart is", "But the party's shadow home secretary, Mark Oaten, accused".
 */
function opensContrast(context: AttributionContext, mention: EntityMention): boolean {
  const { words } = context;
  let at = indexOfWordStartingAt(context, mention.start);
  let after = at + countWordsIn(context, mention) + 1;
  const setOff = words[at - 1]?.text === ',' && words[after]?.text === ',';
  if (setOff) {
    at--;
    after++;
  }
  if (!['VERB', 'AUX'].includes(words[after]?.pos ?? '')) return false;
  const reach = setOff ? MAX_CONTRAST_DESCRIPTION_WORDS : MAX_CONTRAST_MODIFIERS;
  for (let position = at - 1; position >= 0 && at - position <= reach + 1; position--) {
    const word = words[position] as TaggedWord;
    if (/^but$/i.test(word.text)) return true;
    if (!['PROPN', 'PART', 'DET', 'ADJ', 'NOUN'].includes(word.pos) && !/^['\u2019]s?$/.test(word.text)) return false;
  }
  return false;
}

const paragraphOf = (context: AttributionContext, offset: number): number | undefined =>
  context.sentences[sentenceIndexOf(context, offset)]?.paragraphIndex;

/** Whether only a role stands before a mention in its sentence: "Shadow foreign secretary Michael Ancram". */
function opensWithRole(context: AttributionContext, mention: EntityMention): boolean {
  const { words, sentences } = context;
  const sentence = sentences[sentenceIndexOf(context, mention.start)];
  if (!sentence) return false;
  // "Yet Evan Mann, a bond analyst, said": a word linking the sentence to the one before may open it too.
  return words
    .slice(firstWordFrom(context, sentence.start), indexOfWordStartingAt(context, mention.start))
    .every(
      (word, at) =>
        ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(word.pos) ||
        /^\s+$/.test(word.text) ||
        (at === 0 && ['CCONJ', 'ADV'].includes(word.pos)),
    );
}

/**
 * The word after an appositive set off by a comma at word `index` ("Mr Hain, Leader of the Commons, told"): words with
 * no verb of their own, then a comma, or with `closed` false the verb itself; `index` when no appositive stands there.
 */
function pastAppositive(context: AttributionContext, index: number, closed: boolean): number {
  const { words } = context;
  if (words[index]?.text !== ',') return index;
  let end = index + 1;
  while (
    end < words.length &&
    end - index <= MAX_APPOSITIVE_WORDS &&
    !/^[,.;:]$/.test((words[end] as TaggedWord).text) &&
    !['VERB', 'AUX'].includes((words[end] as TaggedWord).pos)
  )
    end++;
  if (words[end]?.text === ',' && end > index + 1) return end + 1;
  return !closed && ['VERB', 'AUX'].includes(words[end]?.pos ?? '') ? end : index;
}

/** Whether a mention is the subject of the reporting verb after it ("Michael Howard has said"). */
function reportsSpeech(context: AttributionContext, mention: EntityMention): boolean {
  const { words } = context;
  let after = indexOfWordStartingAt(context, mention.start) + countWordsIn(context, mention) + 1;
  // "Jane Russell, who starred in The Outlaw, said": a relative clause set off between subject and verb.
  if (words[after]?.text === ',' && /^who$/i.test(words[after + 1]?.text ?? '')) {
    const close = words.findIndex((word, index) => index > after + 1 && /^[,.;:]$/.test(word.text));
    if (words[close]?.text === ',') after = close + 1;
  } else after = pastAppositive(context, after, true);
  while (words[after]?.pos === 'AUX') after++;
  const reportsAt = (index: number) =>
    words[index]?.pos === 'VERB' && reportingVerbAt(words[index]?.text ?? '', words[index + 1]?.text) !== null;
  if (reportsAt(after)) return true;
  // "Dementieva is also angry and says": a short predicate of adverbs and adjectives, then "and" and the verb.
  let joined = after;
  while (joined < after + MAX_PREDICATE_WORDS && ['ADV', 'ADJ'].includes(words[joined]?.pos ?? '')) joined++;
  if (joined === after || !/^and$/i.test(words[joined]?.text ?? '')) return false;
  joined++;
  while (words[joined]?.pos === 'ADV') joined++;
  return reportsAt(joined);
}

/** Words of a predicate joined by "and" to a reporting verb after it ("is also angry and says"). */
const MAX_PREDICATE_WORDS = 3;

/** "Mr Crosby's statement said: …. It added:": a document its owner issued, opening a sentence, is its owner's. */
function issuedBy(context: AttributionContext, owner: EntityMention): string | null {
  const { words } = context;
  if (owner.kind !== 'person') return null;
  const after = indexOfWordStartingAt(context, owner.start) + countWordsIn(context, owner) + 1;
  const document = words[after + 1];
  return /^['\u2019]s$/.test(words[after]?.text ?? '') && document && DOCUMENT_HEADS.has(document.text.toLowerCase())
    ? owner.speaker
    : null;
}

/**
 * 'Wimpey said the market had proved "challenging". "…," it added': a name read as a person's, of no gender, whose
 * words its sentence reports, is what "it" stands for: a firm.
 */
function firmTakenForPerson(context: AttributionContext, mention: EntityMention): string | null {
  if (mention.kind !== 'person' || context.genderOf.get(mention.speaker) != null) return null;
  return reportsSpeech(context, mention) ? mention.speaker : null;
}

/**
 * The person named in apposition after a description: "the other candidate on the stage, former Gov. Martin
 * O'Malley,", "The Secretary of State for Culture, Media and Sport, Tessa Jowell,".
 */
function appositiveName(context: AttributionContext, description: EntityMention): string | null {
  const { text, mentions } = context;
  let at = firstStartingAfter(mentions, description.end - 1);
  while (mentions[at] !== undefined && mentions[at]?.kind !== 'person') at++;
  const next = mentions[at];
  const between = text.slice(description.end, next?.start ?? description.end);
  // "the Chief Judge of the D.C. District Court, Beryl A. Howell,": a capital's period abbreviates, ending nothing.
  return next?.kind === 'person' &&
    (/^(?:[^,.;:]|(?<=\p{Lu})\.)*,\s*(?:\p{Ll}+\s+)*$/u.test(between) || TITLE_LIST.test(between))
    ? next.speaker
    : null;
}

const DEMONYMS = new Set(COUNTRIES.flatMap((country) => country.demonyms));

/**
 * A bare description that goes on from whoever was quoted last in its paragraph, when that is someone named: with
 * "added" or "continued" ("The Man Utd boss continued:"), or as the subject opening the sentence straight after the
 * quotation ('"…," said Lewis-Francis. The sprinter has also shed weight …. "…," he said').
 */
function goesOnFromLastSpeaker(context: AttributionContext, mention: EntityMention): CueResult | null {
  const { words, spoken } = context;
  if (lower(words[firstWordFrom(context, mention.start)]) !== 'the') return null;
  const last = spoken.filter((entry) => entry.end < mention.start).at(-1);
  if (!last?.speaker || paragraphOf(context, last.end - 1) !== paragraphOf(context, mention.start)) return null;
  const adding = ADDING.test(words[firstWordFrom(context, mention.end)]?.text ?? '');
  const follows =
    opensItsSentence(context, mention) &&
    /^(?:VERB|AUX)$/.test(words[firstWordFrom(context, mention.end)]?.pos ?? '') &&
    sentenceIndexOf(context, last.end - 1) === sentenceIndexOf(context, mention.start) - 1;
  if (!adding && !follows) return null;
  const holders = earlierHolders(context, mention);
  return context.genderOf.has(last.speaker) && (holders.size === 0 || holders.has(last.speaker))
    ? { found: true, speaker: last.speaker }
    : null;
}

/**
 * "Talk show host Jerry Springer …. The TV host said": a definite description whose head noun the article wrote
 * straight before one earlier person's name, and before no one else's, stands for that person.
 */
function introducedByHead(context: AttributionContext, mention: EntityMention): CueResult | null {
  const { words, mentions } = context;
  // "A Labour spokesman later said": an indefinite one is someone new.
  if (lower(words[firstWordFrom(context, mention.start)]) !== 'the') return null;
  const head = lower(words[firstWordFrom(context, mention.end) - 1]);
  const introduced = new Set(
    mentions.flatMap((other) => {
      if (other.kind !== 'person' || other.start >= mention.start) return [];
      const before = words[firstWordFrom(context, other.start) - 1];
      return before?.text === head && before.end < other.start ? [other.speaker] : [];
    }),
  );
  const [only] = introduced;
  return introduced.size === 1 && only ? { found: true, speaker: only } : null;
}

/**
 * "The minister, John Hutton, … Later the minister, Ruth Kelly, … The minister said:": the people the document has
 * already written with the same words as a description; it stands for one of them, not for anyone else.
 */
function earlierHolders(context: AttributionContext, mention: EntityMention): Set<string> {
  const wording = (span: Span) => context.text.slice(span.start, span.end).toLowerCase();
  return new Set(
    context.mentions.flatMap((other) =>
      other.kind === 'person' && other.start < mention.start && wording(other) === wording(mention)
        ? [other.speaker]
        : [],
    ),
  );
}

/**
 * "Sir Alex Ferguson surprised the football world by selling the Dutchman to Lazio. … The affair still rankles with
 * the Dutchman": the people named beside an earlier use of the same epithet are others than the one it stands for.
 */
function peopleBesideEarlierEpithet(context: AttributionContext, mention: EntityMention, head: string): Set<string> {
  const { mentions, words } = context;
  const sentencesOfEpithet = new Set(
    mentions
      .filter(
        (other) =>
          other.start < mention.start &&
          other.kind === 'anonymous' &&
          titleKey(words[firstWordFrom(context, other.end) - 1]?.text ?? '') === head,
      )
      .map((other) => sentenceIndexOf(context, other.start)),
  );
  return new Set(
    mentions.flatMap((other) =>
      other.kind === 'person' && sentencesOfEpithet.has(sentenceIndexOf(context, other.start)) ? [other.speaker] : [],
    ),
  );
}

/** Ordinals past "first", and "other": words that set a description apart from someone already described. */
const ANOTHER_ONE = /^(?:other|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))$/i;

/** "The Secretary of State for Culture, Media and Sport, Tessa Jowell": a title's own list of capitalised names. */
const TITLE_LIST = /^ (?:of|for)(?:,? (?:and )?\p{Lu}[\p{L}'-]*)+, $/u;

/**
 * "…”, says the handsome food expert": a description with an adjective before its head is an epithet for someone
 * the article already named, the one person (directly, or through he/she) of the nearest sentence that has any, or
 * of several there the one whose words it reports;
 * a bare description ("the hotel owner said") may be someone new, and gives no speaker.
 */
export function describedPerson(context: AttributionContext, mention: EntityMention): CueResult {
  const { words } = context;
  const inside = words.slice(firstWordFrom(context, mention.start) + 1, firstWordFrom(context, mention.end));
  // "the small boy who had been so interested": a restrictive relative clause picks out someone new; so does an
  // indefinite subject ("A Home Office spokesman said"; "A veteran diplomat …, Kennan recalls" is an apposition).
  const next = words[firstWordFrom(context, mention.end)];
  if (/^(?:who|that)$/i.test(next?.text ?? '')) return abstain;
  // "A senior White House official on Thursday called": when it happened may stand before the verb.
  let verb = firstWordFrom(context, mention.end);
  while (words[verb]?.pos === 'ADV') verb++;
  if (/^on$/i.test(words[verb]?.text ?? '') && /^\p{Lu}/u.test(words[verb + 1]?.text ?? '')) verb += 2;
  if (
    /^an?$/i.test(words[firstWordFrom(context, mention.start)]?.text ?? '') &&
    /^(?:VERB|AUX)$/.test(words[verb]?.pos ?? '')
  )
    return abstain;
  // "The second U.S. official said", "the other lawyer": an ordinal after the first, or "other", counts someone besides
  // whoever came before ("the first minister" is a title).
  if (inside.some((word) => ANOTHER_ONE.test(word.text))) return abstain;
  // "the Amnesty secretary-general", "the Texas senator": a definite title of a named place or body is an epithet too
  // (not "the GOP nominee": no title).
  const definiteRole =
    lower(words[firstWordFrom(context, mention.start)]) === 'the' &&
    (inside.at(-1)?.text ?? '').split('-').some((part) => isDesignation(part));
  // "The minister told delegates": a bare definite title too, unless its body follows ("the secretary of the Friends
  // Committee" brings someone new in).
  const bareTitle = definiteRole && inside.length === 1 && lower(words[firstWordFrom(context, mention.end)]) !== 'of';
  // "…," said the American: a capitalised word for a kind of person ("the Russian", "the Dubliner") is an epithet too.
  // So is one after the place its bearer is from ("the Kentucky Republican"; "the Conservative Party Co-Chairman" is
  // a title).
  const kindOfPerson =
    lower(words[firstWordFrom(context, mention.start)]) === 'the' &&
    inside.length > 0 &&
    inside.every((word) => /^\p{Lu}/u.test(word.text)) &&
    inside.slice(0, -1).every((word) => word.pos === 'PROPN') &&
    inside.at(-1)?.pos !== 'ADJ' &&
    (inside.length === 1 || !isDesignation((inside.at(-1) as TaggedWord).text.split('-').at(-1) ?? ''));
  // "said the Newport-based athlete": words joined by a hyphen before the head modify it, as an adjective does.
  const compoundModifier = inside
    .slice(0, -2)
    .some((word) => word.text === '-' && context.text[word.start - 1] !== ' ' && context.text[word.end] !== ' ');
  // "Early talks have taken place and the defender said": a definite role noun alone as a subject is an epithet too;
  // so is one a relative clause set off by commas describes ("The actor, who was born in Beirut, also spoke", "The
  // businessman, whose latest venture is a casino, also voiced concern").
  const nonRestrictive =
    next?.text === ',' && /^(?:who|whom|whose)$/i.test(words[firstWordFrom(context, mention.end) + 1]?.text ?? '');
  const bareRole =
    lower(words[firstWordFrom(context, mention.start)]) === 'the' &&
    inside.length === 1 &&
    isWrittenRoleNoun(inside[0]?.text ?? '') &&
    (/^(?:VERB|AUX)$/.test(next?.pos ?? '') || nonRestrictive);
  // '"…," said the Sale full-back', '"…," the Arsenal boss said': so is a definite role of a named club or band in
  // the reporting clause of a quotation (one opening a sentence, "The Oxfam fundraiser said", may be someone new).
  const before = words[firstWordFrom(context, mention.start) - 1];
  const namedRole =
    definiteRole ||
    (lower(words[firstWordFrom(context, mention.start)]) === 'the' &&
      isWrittenRoleNoun(inside.at(-1)?.text ?? '') &&
      (before?.pos === 'VERB' || /^["\u201D]$/.test(before?.text ?? '')));
  // "the British actor": a country's demonym is an adjective, however the tagger reads its capital.
  if (
    !bareRole &&
    !bareTitle &&
    !kindOfPerson &&
    !compoundModifier &&
    !inside.some((word) => word.pos === 'ADJ' || DEMONYMS.has(word.text) || (namedRole && word.pos === 'PROPN'))
  )
    return goesOnFromLastSpeaker(context, mention) ?? introducedByHead(context, mention) ?? abstain;
  // "the mayor" is not the Deputy Mayor: a person written only with a subordinate form of the title is someone else.
  const head = titleKey(inside.at(-1)?.text ?? '');
  const subordinateOnly = (name: string) => {
    const titles = [...(context.titlesOf.get(name) ?? [])];
    return !titles.includes(head) && titles.some((title) => title.endsWith(`-${head}`));
  };
  // "Chancellor Gordon Brown …. the prime minister talked about": someone the article gives only another office is
  // not whom a definite title of another office describes ("Sen." and "senator" are one office).
  const otherOfficeOnly = (name: string) => definiteRole && officesConflict(context.titlesOf.get(name) ?? [], [head]);
  // "A UKIP spokesman said …. "…," the spokesman added": the unnamed one that description took up again.
  const unnamedSameHead = (other: EntityMention) =>
    (other.kind === 'anonymous' &&
      other.person === true &&
      titleKey(words[firstWordFrom(context, other.end) - 1]?.text ?? '') === head) ||
    possessedTitle(context, other) === head;
  // "Reacting to a comment by club chairman Tim Phillips, the American said": such an epithet looks back past its own
  // sentence, where anyone else named is someone it is set against, to one person.
  const ownSentence = sentenceIndexOf(context, mention.start);
  const setAgainst = kindOfPerson ? peopleBesideEarlierEpithet(context, mention, head) : new Set<string>();
  const holders = earlierHolders(context, mention);
  const candidates = nearestCandidates(
    context,
    mention.start,
    (other) =>
      !(kindOfPerson && sentenceIndexOf(context, other.start) === ownSentence) &&
      !(other.kind === 'person' && setAgainst.has(other.speaker)) &&
      !(other.kind === 'person' && holders.size > 0 && !holders.has(other.speaker)) &&
      !(
        setAgainst.size > 0 &&
        other.kind === 'pronoun' &&
        (other.gender === 'male' || other.gender === 'female') &&
        setAgainst.has(resolvePronoun(context, other) ?? '')
      ) &&
      // Nor a group ("The Tories said"): only someone the article gives a gender or a forename.
      !(
        kindOfPerson &&
        other.kind === 'person' &&
        (context.genderOf.get(other.speaker) ?? null) === null &&
        !context.forenamed.has(other.speaker)
      ) &&
      (other.kind === 'pronoun' ||
        unnamedSameHead(other) ||
        (other.kind === 'anonymous' && other.person === true) ||
        (other.kind === 'person' && !subordinateOnly(other.speaker) && !otherOfficeOnly(other.speaker))),
  );
  if (candidates.some(unnamedSameHead)) return abstain;
  // "But the Moroccan, who has not raced …. "…," said the 30-year-old": an earlier description stands for whom it
  // describes (one that names no one is passed over).
  const named = new Set(
    candidates.flatMap((other) =>
      other.kind === 'person'
        ? [other.speaker]
        : other.kind === 'pronoun' && (other.gender === 'male' || other.gender === 'female')
          ? [resolvePronoun(context, other)]
          : other.kind === 'anonymous'
            ? (speakerFound(describedPerson(context, other)) ?? [])
            : [null],
    ),
  );
  const [only] = named;
  // "Sports Writer Ensign Ritchie …. The conductor said to Ritchie": not someone the article gives another role.
  const otherRole = (name: string) =>
    bareRole && [...(context.titlesOf.get(name) ?? [])].some((title) => title !== head && !isCourtesyTitle(title));
  if (named.size === 1 && only && !otherRole(only)) return { found: true, speaker: only };
  // "Tony Blair … has failed, Michael Howard has said. "…", the Conservative leader said": of several people, the
  // one whose words that sentence reports.
  const reporters = new Set(
    candidates.flatMap((other) => (other.kind === 'person' && reportsSpeech(context, other) ? [other.speaker] : [])),
  );
  const [reporter] = reporters;
  if (reporters.size === 1 && reporter) return { found: true, speaker: reporter };
  // "Everton manager David Moyes will discipline striker James Beattie …. The Scot initially defended Beattie": such
  // an epithet takes up the sentence's subject, as he or she would.
  const [subject] = candidates;
  return kindOfPerson && subject?.kind === 'person' && opensWithRole(context, subject)
    ? { found: true, speaker: subject.speaker }
    : abstain;
}
