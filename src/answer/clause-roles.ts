import type { TaggedWord } from '../corpus/speakers/tag-words.js';

/** Words `start` (inclusive) to `end` (exclusive) of a sentence, read as one noun phrase. */
export interface Phrase {
  readonly start: number;
  readonly end: number;
}

/** One verb's roles: who does it, what it is done to, and its prepositional roles ("on Iran", "to Moscow"). */
export interface Clause {
  readonly verb: number;
  readonly agent: Phrase | null;
  readonly patient: Phrase | null;
  readonly obliques: readonly { readonly preposition: string; readonly phrase: Phrase }[];
  /** Written in the passive with a "by" phrase ("sanctions were imposed by Washington"): that phrase is the agent. */
  readonly passive: boolean;
}

/** A possessive: "Russia's offer" (the possessor does or owns what the head names). */
interface Possession {
  readonly possessor: Phrase;
  readonly possessed: Phrase;
}

export interface RoleParse {
  readonly phrases: readonly Phrase[];
  readonly clauses: readonly Clause[];
  readonly possessions: readonly Possession[];
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const MODIFIER = new Set(['DET', 'ADJ']);
/** Forms of "be": with a "by" phrase after the verb they make it passive. A closed class of English grammar. */
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'am']);
/** Pronouns that open a relative clause: its subject is the phrase before them ("it was the US who shied away"). */
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
/** Question and relative pronouns stand alone: "the US who", "what sanctions". */
const STANDS_ALONE = new Set([...RELATIVE, 'what', 'whose']);
/** Conjunctions that make one list of noun phrases ("Russia, China and several other countries"); "but" joins clauses. */
const LISTING = new Set(['and', 'or', 'nor', '&']);
/** Prepositions that are also conjunctions: followed by a phrase and its verb, the phrase is a subject ("after Washington piled up"). */
const ALSO_CONJUNCTION = new Set(['after', 'before', 'since', 'until', 'till', 'as', 'once']);
const QUOTE_MARK = /^["“”‘’']$/;

const lower = (word: TaggedWord | undefined) => word?.text.toLowerCase() ?? '';
const isPossessive = (word: TaggedWord | undefined) => word?.pos === 'PART' && /^['’]s$|^['’]$/.test(word.text);

/**
 * The heads of a phrase's conjuncts: the last word of each part of a list ("Russia, China and several other
 * countries": Russia, China, countries; "the trump putin phone call": call).
 */
export function headsOf(words: readonly TaggedWord[], phrase: Phrase): number[] {
  const heads: number[] = [];
  for (let at = phrase.start; at < phrase.end; at++) {
    const next = words[at + 1];
    const ends = at + 1 === phrase.end || next?.text === ',' || LISTING.has(lower(next));
    const word = words[at] as TaggedWord;
    if (ends && word.text !== ',' && !LISTING.has(lower(word))) heads.push(at);
  }
  return heads;
}

/** Whether the last auxiliary before the word is a form of "be", which makes a word in -ing its verb ("was lavrov saying"). */
function progressive(words: readonly TaggedWord[], index: number): boolean {
  const auxiliary = words.slice(0, index).findLast((word) => word.pos === 'AUX');
  return BE.has(lower(auxiliary));
}

/**
 * The part of speech the clause reading needs: the tagger reads a past participle between two noun phrases as an
 * adjective ("Putin ... informed Pompeo that"); a word in -ed there is the verb. It reads a gerund heading a noun phrase
 * as a verb ("did the ukraine fighting come up"); a word in -ing between a noun and a verb is the noun, unless a form of
 * "be" makes it progressive.
 */
function posOf(words: readonly TaggedWord[], index: number): string {
  const word = words[index] as TaggedWord;
  const before = words[index - 1]?.pos ?? '';
  const after = words[index + 1]?.pos ?? '';
  if (
    word.pos === 'VERB' &&
    /ing$/i.test(word.text) &&
    (before === 'NOUN' || before === 'PROPN') &&
    after === 'VERB' &&
    !progressive(words, index)
  )
    return 'NOUN';
  if (word.pos !== 'ADJ' || !/ed$/i.test(word.text)) return word.pos;
  return (before === 'NOUN' || before === 'PROPN') && (after === 'PROPN' || after === 'PRON' || after === 'DET')
    ? 'VERB'
    : word.pos;
}

/** Noun phrases (a determiner or adjectives, then nouns), joined across "," and "and" ("Russia, China and ..."). */
function chunk(words: readonly TaggedWord[], pos: readonly string[]): { phrases: Phrase[]; possessions: Possession[] } {
  const simple: Phrase[] = [];
  const possessions: Possession[] = [];
  let at = 0;
  while (at < words.length) {
    const tag = pos[at] as string;
    if (!NOMINAL.has(tag) && !MODIFIER.has(tag)) {
      at++;
      continue;
    }
    const start = at;
    let nounSeen = NOMINAL.has(tag);
    at++;
    while (at < words.length && !STANDS_ALONE.has(lower(words[start]))) {
      const next = pos[at] as string;
      // A determiner opens a new phrase; an adjective after a noun begins another one.
      if (next === 'DET' || (next === 'ADJ' && nounSeen)) break;
      if ((next !== 'ADJ' && !NOMINAL.has(next)) || STANDS_ALONE.has(lower(words[at]))) break;
      // "his meeting": a pronoun is a phrase of its own unless it is a possessive determiner.
      if (pos[at - 1] === 'PRON' && nounSeen && !/^(?:his|her|its|their|our|my|your)$/i.test(words[at - 1]?.text ?? ''))
        break;
      nounSeen ||= NOMINAL.has(next);
      at++;
    }
    simple.push({ start, end: at });
  }
  // "Russia's offer": the possessor is a phrase of its own, and owns the one after it.
  for (let index = 0; index + 1 < simple.length; index++) {
    const possessor = simple[index] as Phrase;
    const possessed = simple[index + 1] as Phrase;
    if (isPossessive(words[possessor.end]) && possessed.start === possessor.end + 1) {
      possessions.push({ possessor, possessed });
    }
  }
  // A list joins phrases separated by commas and ends in "and" / "or"; commas alone may end a fronted phrase ("On
  // North Korea, Lavrov affirmed").
  const separator = (left: Phrase, right: Phrase): 'comma' | 'conjunction' | null => {
    const between = words.slice(left.end, right.start);
    if (between.length === 0 || between.length > 2 || possessions.some((possession) => possession.possessed === right))
      return null;
    if (!between.every((word) => word.text === ',' || LISTING.has(lower(word)))) return null;
    if ([left, right].some((phrase) => pos[phrase.start] === 'PRON' && phrase.end - phrase.start === 1)) return null;
    return between.some((word) => LISTING.has(lower(word))) ? 'conjunction' : 'comma';
  };
  const phrases: Phrase[] = [];
  for (let index = 0; index < simple.length; index++) {
    const first = simple[index] as Phrase;
    let last = index;
    for (let next = index; next + 1 < simple.length; next++) {
      const kind = separator(simple[next] as Phrase, simple[next + 1] as Phrase);
      if (kind === null) break;
      if (kind === 'conjunction') {
        last = next + 1;
        break;
      }
    }
    phrases.push({ start: first.start, end: (simple[last] as Phrase).end });
    index = last;
  }
  return { phrases, possessions };
}

/**
 * A shallow reading of who does what to whom in one sentence or question, from parts of speech alone: each verb's
 * subject (the nearest noun phrase before it that is not a preposition's object), object, prepositional phrases, and
 * the passive's "by" phrase. A verb after "and" shares the subject of the verb before it. Not a full parse: it is
 * right on the plain clauses news and questions mostly use, and says nothing (a null role) where it cannot tell.
 */
export function parseRoles(words: readonly TaggedWord[]): RoleParse {
  const pos = words.map((_, index) => posOf(words, index));
  const { phrases, possessions } = chunk(words, pos);
  const phraseStarting = new Map(phrases.map((phrase) => [phrase.start, phrase]));
  const phraseEnding = new Map(phrases.map((phrase) => [phrase.end, phrase]));
  const clauses: Clause[] = [];

  const objectsAfter = (verb: number) => {
    const obliques: { preposition: string; phrase: Phrase }[] = [];
    let patient: Phrase | null = null;
    let at = verb + 1;
    while (
      at < words.length &&
      (pos[at] === 'ADV' || (pos[at] === 'PART' && !isPossessive(words[at])) || QUOTE_MARK.test(words[at]?.text ?? ''))
    )
      at++;
    const direct = phraseStarting.get(at);
    if (direct && !RELATIVE.has(lower(words[at]))) patient = direct;
    for (at = verb + 1; at < words.length; at++) {
      const tag = pos[at];
      if (tag === 'VERB' || tag === 'SCONJ' || words[at]?.text === ';') break;
      const phrase = phraseStarting.get(at + 1);
      if (tag === 'ADP' && phrase) obliques.push({ preposition: lower(words[at]), phrase });
    }
    return { patient, obliques };
  };

  /** A phrase with the "of" phrases after it: "US Secretary of State Mike Pompeo". */
  const withOf = (phrase: Phrase): Phrase => {
    let end = phrase.end;
    while (lower(words[end]) === 'of' && phraseStarting.has(end + 1)) end = (phraseStarting.get(end + 1) as Phrase).end;
    return { start: phrase.start, end };
  };

  /** The nearest phrase before the verb that is not a preposition's object, within the clause. */
  const subjectBefore = (verb: number): Phrase | 'shared' | null => {
    let at = verb - 1;
    let infinitive = false;
    let firstBeforeVerb = verb - 1;
    while (firstBeforeVerb >= 0 && (pos[firstBeforeVerb] === 'ADV' || pos[firstBeforeVerb] === 'AUX'))
      firstBeforeVerb--;
    while (at >= 0) {
      const tag = pos[at];
      if (
        tag === 'ADV' ||
        tag === 'AUX' ||
        (tag === 'PART' && !isPossessive(words[at])) ||
        QUOTE_MARK.test(words[at]?.text ?? '')
      ) {
        if (lower(words[at]) === 'to') infinitive = true;
        at--;
        continue;
      }
      if (tag === 'CCONJ') return 'shared';
      // "prepared to support": an infinitive's subject is the verb's before it.
      if (tag === 'VERB' && infinitive) return clauses.find((clause) => clause.verb === at)?.agent ?? null;
      const phrase = phraseEnding.get(at + 1);
      if (phrase) {
        const before = phrase.start - 1;
        // "an invitation for Putin to meet with Trump": the infinitive's subject, after "for".
        if (infinitive && lower(words[before]) === 'for') return phrase;
        if (
          pos[before] === 'ADP' &&
          !(ALSO_CONJUNCTION.has(lower(words[before])) && phrase.end === firstBeforeVerb + 1)
        ) {
          at = before - 1;
          continue;
        }
        if (phrase.end - phrase.start === 1 && RELATIVE.has(lower(words[phrase.start]))) {
          at = phrase.start - 1;
          while (at >= 0 && words[at]?.text === ',') at--;
          continue;
        }
        // "sent an aircraft carrier group ... to send a message": an infinitive of purpose after a verb's object that
        // names no one is done by that verb's subject; "urged Moscow to stay" by the named object.
        const governing = infinitive ? clauses.find((clause) => clause.patient?.start === phrase.start) : undefined;
        if (governing && words.slice(phrase.start, phrase.end).every((word) => word.pos !== 'PROPN'))
          return governing.agent;
        return withOf(phrase);
      }
      if (tag === 'PUNCT' && words[at]?.text === ',') {
        at--;
        continue;
      }
      return null;
    }
    return null;
  };

  for (let verb = 0; verb < words.length; verb++) {
    if (pos[verb] !== 'VERB') continue;
    const { patient, obliques } = objectsAfter(verb);
    const subject = subjectBefore(verb);
    const shared = subject === 'shared' ? (clauses.at(-1)?.agent ?? null) : subject;
    let back = verb - 1;
    while (back >= 0 && (pos[back] === 'ADV' || (pos[back] === 'PART' && !isPossessive(words[back])))) back--;
    const byPhrase = obliques.find((oblique) => oblique.preposition === 'by');
    const passive = BE.has(lower(words[back])) && byPhrase !== undefined;
    clauses.push(
      passive
        ? { verb, agent: byPhrase.phrase, patient: shared, obliques, passive }
        : { verb, agent: shared, patient, obliques, passive },
    );
  }
  return { phrases, clauses, possessions };
}
