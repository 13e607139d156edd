import { type TaggedWord, tagWords } from '../corpus/speakers/tag-words.js';
import { installedWordNet, type WordNet } from '../lexicon/wordnet.js';
import { wordLemmas } from '../text/word-lemmas.js';

/** What kind of answer a question wants. */
export type QuestionKind = 'when' | 'how_long' | 'how_many' | 'where' | 'who' | 'yes_no' | 'open';

const AUXILIARY_START = /^(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might)\b/;

/**
 * "date of the botched putsch", "rt piece posting date?": the noun "date" asks for one wherever it stands, but not in
 * "to date", "up to date" or "out of date", nor as the verb ("the deal dates from when").
 */
function asksForDate(text: string): boolean {
  return /(?<!\b(?:to|of) )\bdates?\b(?! (?:from|back)\b)/.test(text);
}

/** Words a noun asking for a count or a duration may come after ("what number of", "the projected tally of"). */
const MAX_WORDS_BEFORE_COUNT = 2;

/** The word before an "of" among the question's first words ("tally" in "the projected tally of"), if a word. */
function nounBeforeOf(text: string): string | null {
  const words = text.split(/\s+/);
  const at = words.findIndex((_, index) => index <= MAX_WORDS_BEFORE_COUNT && words[index + 1] === 'of');
  const noun = at >= 0 ? words[at] : undefined;
  return noun !== undefined && /^\p{L}+$/u.test(noun) ? noun : null;
}

/**
 * "tally of returnees to syria", "what number of bombers", "headcount of ceos": a noun WordNet gives a sense of number
 * or a count (a kind of number or definite quantity, or a synonym of "count" or "number"), followed by "of" near the
 * question's start, asks how many, as "how many" does.
 */
function asksForCount(text: string, wordNet: WordNet): boolean {
  const noun = nounBeforeOf(text);
  if (noun === null) return false;
  const senses = wordNet.senseCount(noun, 'noun');
  if (senses === 0) return false;
  const synonyms = wordNet.related(noun, 'noun', senses).synonyms;
  return (
    synonyms.includes('count') ||
    synonyms.includes('number') ||
    wordNet.kindsAbove(noun, senses).some((kind) => kind.includes('number') || kind.includes('definite quantity'))
  );
}

/**
 * "duration of the presser", "length of the meeting": a noun for a stretch of time (its first sense a time period, or
 * a synonym of "duration" in any sense), followed by "of" near the question's start, asks how long.
 */
function asksForDuration(text: string, wordNet: WordNet): boolean {
  const noun = nounBeforeOf(text);
  const senses = noun === null ? 0 : wordNet.senseCount(noun, 'noun');
  if (noun === null || senses === 0) return false;
  return (
    wordNet.kindsAbove(noun, 1).some((kind) => kind.includes('time period')) ||
    wordNet.related(noun, 'noun', senses).synonyms.includes('duration')
  );
}

/**
 * The noun that asks for a count or a duration ("tally" in "tally of returnees", "length" in "length of the call"):
 * it names what the answer is, not its topic; null when the question has none.
 */
export function askingNoun(question: string, wordNet: WordNet = installedWordNet()): string | null {
  const text = question.trim().toLowerCase();
  return asksForCount(text, wordNet) || asksForDuration(text, wordNet) ? nounBeforeOf(text) : null;
}

/** "what time did …", "at what hour", "what exact time", "time of day": a clock time or a part of the day. */
const TIME_OF_DAY_ASKED =
  /\b(?:what|which) (?:exact )?(?:time|hour)\b(?! (?:zone|period|frame|limit)s?\b)|\btime of (?:the )?day\b/;

/** True when a question asks for the time of day something happened, which a date alone does not give. */
export function asksForTimeOfDay(question: string): boolean {
  return TIME_OF_DAY_ASKED.test(question.trim().toLowerCase());
}

/** Tags of the words of the noun phrase after "which", "what" or "name the". */
const PHRASE_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * "which russian official announced …", "name the american ambassador who …": a noun phrase after "which", "what" or
 * "name the" whose head, the last noun before the clause goes on, is first a kind of person in WordNet asks who, as
 * "who" does ("which city", "what deal" do not).
 */
function asksForPerson(text: string, wordNet: WordNet): boolean {
  const opening = /^(?:(?:which|what)\s+|name\s+(?:the|a|an)\s+)/.exec(text);
  if (!opening) return false;
  let head: string | undefined;
  let previous: string | undefined;
  let after: TaggedWord | undefined;
  const words = tagWords(text.slice(opening[0].length));
  for (const [index, word] of words.entries()) {
    // "name the us diplomat": the tagger reads "us" as a pronoun; before a noun it is the phrase's modifier.
    const modifier = word.pos === 'PRON' && words[index + 1]?.pos === 'NOUN';
    if (!PHRASE_TAGS.has(word.pos) && !modifier) {
      after = word;
      break;
    }
    // "aircraft carrier" is a ship, though a carrier alone is first a person: a compound WordNet knows is the head.
    const compound = previous === undefined ? undefined : `${previous} ${word.text}`;
    if (word.pos === 'NOUN')
      head = compound !== undefined && wordNet.senseCount(compound, 'noun') > 0 ? compound : word.text;
    previous = word.text;
  }
  const file = head === undefined ? null : wordNet.firstSenseFile(head, 'noun');
  // "which country drafted …": a group, as the subject of the verb straight after it, is who did it; "which country
  // did trump want …" asks for the verb's object, and "which industry got hit", "name the outfit banned in …" for
  // what was done to, a thing like any other.
  const doer = after?.pos === 'VERB' && !wordLemmas(after.text).includes('get') && !opening[0].startsWith('name');
  return file === 'noun.person' || (file === 'noun.group' && doer);
}

/** Classifies a question by its asking words: "When ...", "How long ...", "How many/much ...", "Did ...". */
export function questionKind(question: string, wordNet: WordNet = installedWordNet()): QuestionKind {
  const text = question.trim().toLowerCase();
  if (/\bhow long\b/.test(text) || asksForDuration(text, wordNet)) return 'how_long';
  if (/\bhow (?:many|much)\b/.test(text) || asksForCount(text, wordNet)) return 'how_many';
  if (asksForTimeOfDay(text)) return 'when';
  if (
    /^(?:when|(?:on |in |at |since |by |until )?(?:what|which) (?:[a-z]+ )?(?:date|day|month|year|time))\b|\bwhen (?:is|was|does|did|will|do|are|were|has|have|had)\b/.test(
      text,
    )
  )
    return 'when';
  if (/^where\b/.test(text)) return 'where';
  if (/^who\b/.test(text) || asksForPerson(text, wordNet)) return 'who';
  if (AUXILIARY_START.test(text.replace(/^(?:so|and|but|ok|okay),?\s+/, ''))) return 'yes_no';
  // "Who will work on it past its end date", "how did they mark it, and on what date": another asking word rules.
  // "the inf dates back to what year": a date asked for at the end.
  if (
    !/^(?:how|why)\b/.test(text) &&
    (asksForDate(text) || /\b(?:what|which) (?:[a-z]+ )?(?:day|month|year)\??$/.test(text))
  )
    return 'when';
  return 'open';
}
