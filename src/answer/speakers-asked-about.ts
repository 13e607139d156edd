import { clippedForename } from '../text/clipped-forename.js';
import type { Corpus, CorpusDocument, Span } from '../corpus/corpus-types.js';
import type { Passage } from '../search/search-index.js';
import { SPEECH_VERBS } from '../text/speech-verbs.js';
import { asksForWords, predicateWords } from '../search/predicate-words.js';
import { installedWordNet, type WordNet } from '../lexicon/wordnet.js';
import { isStopword, wordTokens } from '../text/word-tokens.js';
import { escapeRegExp } from '../corpus/speakers/discover-speakers.js';
import { type TaggedWord, tagWords } from '../corpus/speakers/tag-words.js';
import { reportingVerbAt } from '../corpus/speakers/reporting-verbs.js';

const SPEECH_VERB = `(?:${SPEECH_VERBS.join('|')})`;
/** "What did X say ...", "How does X describe ...": X is the speaker; names after the verb are the topic. */
const SUBJECT_BEFORE_VERB = new RegExp(
  `\\b(?:did|does|do|has|have|had|will|would|is|was)\\s+(.+?)\\s+${SPEECH_VERB}\\b`,
  'i',
);

const LONGEST_ALIAS_WORDS = 8;
/** Articles and demonstratives: a closed class, which names no one. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
const aliasTables = new WeakMap<Corpus, ReadonlyMap<string, readonly string[]>>();

function words(text: string): string[] {
  return wordTokens(text).map((token) => token.norm);
}

/** Every alias of four letters or more, as its words joined by single spaces, to the speakers it names; built once per corpus. */
function aliasTable(corpus: Corpus): ReadonlyMap<string, readonly string[]> {
  let table = aliasTables.get(corpus);
  if (!table) {
    table = addAliases(new Map(), corpus.speakers);
    aliasTables.set(corpus, table);
  }
  return table;
}

function addAliases(table: Map<string, string[]>, speakers: Corpus['speakers']): Map<string, string[]> {
  for (const speaker of speakers) {
    for (const alias of speaker.aliases) {
      if (alias.length < 4) continue;
      const key = words(alias).join(' ');
      table.set(key, [...(table.get(key) ?? []), speaker.name]);
    }
  }
  return table;
}

/** How many speakers' aliases are read between two pauses of `prepareSpeakerAliases`. */
const SPEAKERS_PER_STEP = 200;

/**
 * Builds the corpus's alias table ahead of its first question, with `pause()` between steps (at 10,000 articles it
 * took a tenth of a second in one go).
 */
export async function prepareSpeakerAliases(corpus: Corpus, pause: () => Promise<void>): Promise<void> {
  if (aliasTables.has(corpus)) return;
  const table = new Map<string, string[]>();
  for (let from = 0; from < corpus.speakers.length; from += SPEAKERS_PER_STEP) {
    addAliases(table, corpus.speakers.slice(from, from + SPEAKERS_PER_STEP));
    await pause();
  }
  if (!aliasTables.has(corpus)) aliasTables.set(corpus, table);
}

/**
 * The words naming whoever a question asks for the words of, as written, without determiners ("What did the business
 * leaders tell Pompeo": business, leaders); empty when it asks for no one's words.
 */
export function speakerWordsAsked(question: string, wordNet: WordNet = installedWordNet()): string[] {
  if (!asksForWords(question, wordNet)) return [];
  const match = SUBJECT_BEFORE_VERB.exec(question);
  const subject = match?.[1];
  if (!match || subject === undefined) return [];
  const from = match.index + match[0].indexOf(subject, match[0].search(/\s/));
  // A verb before the verb of saying makes that one another clause's ("did the Americans dispatch ... to warn Iran").
  const descriptive = new Set(
    tagWords(question).flatMap((word) => (word.pos === 'ADJ' || word.pos === 'ADV' ? [word.start] : [])),
  );
  const verbs = [...predicateWords(question, wordNet)].filter((at) => !descriptive.has(at));
  if (verbs.some((at) => at >= from && at < from + subject.length)) return [];
  return wordTokens(subject).flatMap((token) => (DETERMINERS.has(token.norm) ? [] : [token.text.toLowerCase()]));
}

/** Canonical speakers a question asks for the words of ("What did the Secretary of State say ..."), by any alias. */
export function speakersAskedAbout(question: string, corpus: Corpus): Set<string> {
  const asked = new Set<string>();
  if (!asksForWords(question)) return asked;
  const table = aliasTable(corpus);
  const subject = SUBJECT_BEFORE_VERB.exec(question)?.[1];
  const tokens = wordTokens(subject ?? question);
  // In the subject, a name before a common noun modifies it ("the US embassy"): the noun names who spoke.
  const nouns = new Set(tagWords(subject ?? '').flatMap((word) => (word.pos === 'NOUN' ? [word.start] : [])));
  const norms = tokens.map((token) => token.norm);
  for (let start = 0; start < tokens.length; start++) {
    for (let length = 1; length <= LONGEST_ALIAS_WORDS && start + length <= tokens.length; length++) {
      const next = tokens[start + length];
      const names =
        table.get(norms.slice(start, start + length).join(' ')) ?? clippedAlias(table, norms, start, length);
      if (next && nouns.has(next.start)) continue;
      for (const name of names) asked.add(name);
    }
  }
  return asked;
}

/** A stop word or a word WordNet knows: the forename list also files "the", "say" and "jury" as men's names. */
function isWord(norm: string): boolean {
  const wordNet = installedWordNet();
  return isStopword(norm) || (['noun', 'verb', 'adj', 'adv'] as const).some((pos) => wordNet.senseCount(norm, pos) > 0);
}

/**
 * "vlad" alone: the one speaker whose aliases open with the forename it is a clipping of ("Vladimir Putin"; see
 * `clippedForename`), or none when that forename is several speakers'; not for an English word (see `isWord`).
 */
function clippedAlias(
  table: ReadonlyMap<string, readonly string[]>,
  norms: readonly string[],
  start: number,
  length: number,
): readonly string[] {
  const norm = norms[start];
  if (length !== 1 || norm === undefined || table.has(norm) || isWord(norm)) return [];
  const opening = (key: string) => key.split(' ')[0] ?? '';
  const keys = () => [...table.keys()].filter((key) => key.startsWith(norm));
  const full = clippedForename(norm, () => new Set(keys().map(opening)));
  if (full === null) return [];
  const speakers = new Set(
    keys()
      .filter((key) => opening(key) === full)
      .flatMap((key) => table.get(key) ?? []),
  );
  return speakers.size === 1 ? [...speakers] : [];
}

/** Whether the text names one of the speakers by their name or an alias, as a whole word. */
export function namesAny(text: string, speakers: ReadonlySet<string>, corpus: Corpus): boolean {
  const lower = text.toLowerCase();
  return corpus.speakers.some(
    (speaker) =>
      speakers.has(speaker.name) &&
      [speaker.name, ...speaker.aliases].some((alias) =>
        new RegExp(`\\b${escapeRegExp(alias.toLowerCase())}\\b`, 'u').test(lower),
      ),
  );
}

/** True when the passage holds words of one of these speakers: a quotation of theirs, or narration crediting them. */
export function passageSpeaksFor(passage: Passage, speakers: ReadonlySet<string>): boolean {
  const { document, sentence } = passage;
  if (sentence.creditedSpeaker && speakers.has(sentence.creditedSpeaker)) return true;
  if (reportsSpeaker(document, sentence, speakers)) return true;
  return document.quotations.some(
    (quotation) =>
      quotation.speaker !== null &&
      speakers.has(quotation.speaker) &&
      quotation.start < sentence.end &&
      quotation.end > sentence.start,
  );
}

/** Words that may stand between a person's mention and their verb of saying ("Putin during his meeting informed"). */
const MAX_WORDS_BEFORE_VERB = 4;
/** Words that may stand between the verb and the "that" opening its report ("informed Pompeo that"). */
const MAX_WORDS_BEFORE_REPORT = 3;

/**
 * "Ushakov said Putin during his meeting informed Pompeo that Russia is prepared …": a sentence credited to another
 * speaker still gives an asked person's words where the document's entity resolution finds them there, not after a
 * preposition ("talked to Putin"), followed within a few words, no punctuation between, by a verb of saying whose
 * "that" opens the words it reports.
 */
export function reportsSpeaker(document: CorpusDocument, sentence: Span, speakers: ReadonlySet<string>): boolean {
  const mentions = document.personMentions.filter(
    (mention) => speakers.has(mention.person) && mention.start >= sentence.start && mention.end <= sentence.end,
  );
  if (mentions.length === 0) return false;
  const text = document.text.slice(sentence.start, sentence.end);
  const words = tagWords(text);
  return mentions.some((mention) => {
    const opening = words.findIndex((word) => word.start >= mention.start - sentence.start);
    const first = words.findIndex((word) => word.start >= mention.end - sentence.start);
    if (first < 0 || words[opening - 1]?.pos === 'ADP') return false;
    for (let at = first; at < first + MAX_WORDS_BEFORE_VERB + 1 && at < words.length; at++) {
      const next = words[at] as TaggedWord;
      if (/^[,.;:!?"\u201C\u201D]$/.test(next.text)) return false;
      if (reportingVerbAt(next.text, words[at + 1]?.text) !== null)
        return words
          .slice(at + 1, at + 1 + MAX_WORDS_BEFORE_REPORT)
          .some((after) => after.text.toLowerCase() === 'that');
    }
    return false;
  });
}

const quotedSpeakerSets = new WeakMap<Corpus, ReadonlySet<string>>();

/** True when the corpus gives any words of the speaker: a quotation of theirs or narration crediting them. */
export function speakerIsQuoted(corpus: Corpus, speaker: string): boolean {
  // Collected once per corpus: a scan of every quotation and sentence per question grows with the corpus.
  let quoted = quotedSpeakerSets.get(corpus);
  if (!quoted) {
    const collected = new Set<string>();
    for (const document of corpus.documents) {
      for (const quotation of document.quotations) if (quotation.speaker !== null) collected.add(quotation.speaker);
      for (const sentence of document.sentences)
        if (sentence.creditedSpeaker !== null) collected.add(sentence.creditedSpeaker);
    }
    quoted = collected;
    quotedSpeakerSets.set(corpus, quoted);
  }
  return quoted.has(speaker);
}
