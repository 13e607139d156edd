import type { WordNet, WordNetPos } from '../lexicon/wordnet.js';
import { similarWords } from '../lexicon/similar-words.js';
import { correctTypo, oneEditApart, oneEditVariants } from '../text/correct-typo.js';
import { splitClippedCompound, splitCompound } from '../text/split-compound.js';
import { clippedForename } from '../text/clipped-forename.js';
import { expandAbbreviation } from '../text/expand-abbreviation.js';
import { americanSpelling } from '../text/british-spellings.js';
import { wordLemmas } from '../text/word-lemmas.js';
import { isStopword, wordTokens } from '../text/word-tokens.js';
import { pairReferences } from '../text/pair-reference.js';
import { auxiliaryWords, functionWords, nounModifiers, predicateWords } from './predicate-words.js';
import { askingNoun, questionKind } from './question-kind.js';
import { lemmaTerms, searchTerm } from './search-terms.js';

/** One content word of a question, with every form the corpus may use for it. */
export interface QueryWord {
  /** As typed. */
  readonly surface: string;
  readonly term: string;
  /** The word itself: its term, its lemmas' terms, and the corpus word a typo stands for. */
  readonly exact: ReadonlySet<string>;
  /** Synonyms and derivations from WordNet that the corpus uses; they count for less than the word itself. */
  readonly related: ReadonlySet<string>;
  /** Words of the same contexts by word embeddings that the corpus uses: they count for less than a synonym. */
  readonly similar: ReadonlySet<string>;
  /** The typed word was corrected to this corpus word. */
  readonly correctedTo: string | null;
  /** Used as a verb, adjective or adverb: it says what happened or how, and the articles may say it in other words. */
  readonly predicate: boolean;
  /**
   * A verb of very many senses ("go", "see", "make") not joined to the next word as a phrasal verb ("come back"): by
   * itself it says little of what happened, whatever its rarity in the articles.
   */
  readonly light: boolean;
  /**
   * For a light verb, the corpus terms of its synonyms in every sense ("see": meet, visit): a passage holding one may
   * say what it does there, which no one sense tells.
   */
  readonly lightSenses: ReadonlySet<string>;
  /**
   * A word common in general English ("time", "way", "people", "want"): by itself it says little of the topic, however
   * rare in the articles, whose small number makes any word they seldom use look telling.
   */
  readonly common: boolean;
  /**
   * For a verb the corpus never uses, the corpus terms of the broader acts WordNet puts it under, and their
   * derivations ("resume": continue, "land": arrival): evidence only where a sentence holds the rest of the question.
   */
  readonly broaderActs: ReadonlySet<string>;
  /**
   * Names of several words that the word's adjective pertains to and the corpus writes ("Americans": the United
   * States), each as its search terms: a passage holding every term of one holds the word.
   */
  readonly phrases: readonly (readonly string[])[];
  /**
   * Part of a pair reference ("both sides", "the two governments"; see `pairReferences`): any pair reference in a
   * sentence may name the same two parties.
   */
  readonly pair: boolean;
}

/** What the analysis needs to know of the corpus. */
export interface QueryVocabulary {
  /** True when some sentence holds the term. */
  hasTerm(term: string): boolean;
  /** Lower-cased words of the corpus, for typo correction. */
  readonly words: ReadonlySet<string>;
  /** The corpus's lower-cased words that start with the prefix. */
  wordsStartingWith(prefix: string): readonly string[];
  /** Those of `words` a misspelling of this word could stand for (see `typoCandidates`). */
  typoCandidates(word: string): Iterable<string>;
  /** True when the corpus writes the term capitalised in at least half its uses. */
  mostlyCapitalised(term: string): boolean;
}

/** The shortest stem shared by a name and its adjective that is looked up ("ira" for Iran - Iranian). */
const MIN_PERTAINYM_PREFIX = 3;

/** Corpus adjectives WordNet says pertain to the noun ("china": "chinese", "ukraine": "ukrainian"). */
function adjectivesOf(noun: string, vocabulary: QueryVocabulary, wordNet: WordNet): string[] {
  if (noun.length <= MIN_PERTAINYM_PREFIX) return [];
  return vocabulary
    .wordsStartingWith(noun.slice(0, noun.length - 1))
    .filter((word) => word !== noun && wordNet.pertainsTo(word).includes(noun));
}

const POS: readonly WordNetPos[] = ['noun', 'verb', 'adj', 'adv'];
/** WordNet lists senses most frequent first: beyond the first few, synonyms drift from what people mean. */
const SENSES = 2;
/** A framing word is one whose first sense shares a synonym with a question word ("stance": "position"). */
const FRAMING_SENSES = 2;
/**
 * A word's embedding mixes all its senses: only a word of few senses gets its neighbours ("deadline", "praise"), not
 * one of many ("line": end, front, side; "get": make, want, got).
 */
const MAX_SENSES_FOR_SIMILAR = 4;
/** A verb of this many WordNet senses or more is a light verb ("go" 30, "see" 24, "make" 49, "come" 21; "wear" 14). */
const LIGHT_VERB_SENSES = 20;

function senseCount(lemmas: readonly string[], wordNet: WordNet): number {
  return Math.max(0, ...lemmas.map((lemma) => POS.reduce((sum, pos) => sum + wordNet.senseCount(lemma, pos), 0)));
}

/** A word whose senses WordNet's concordance tags this often or more is common in general English (see `QueryWord.common`). */
const COMMON_TAGGED = 200;

/** "How long", "how many": the word after "how" asks for a kind of answer, it names no topic. */
const ASKS_AFTER_HOW = new Set(['long', 'many', 'much', 'often', 'far', 'soon']);
/** "What date", "which day": the noun after the asking word asks for a time, it names no topic. */
const ASKS_AFTER_WHAT = new Set(['date', 'day', 'month', 'year', 'time']);
const WHAT = new Set(['what', 'which']);
/** Units of time: "what day of the week" asks for a day, and the week it is of names no topic. */
const TIME_UNITS = new Set(['day', 'week', 'month', 'year']);

/** True for the larger unit of an asked time ("week" in "what day of the week", "year" in "which month of the year"). */
function withinAskedTime(tokens: readonly { readonly norm: string }[], index: number): boolean {
  if (!TIME_UNITS.has(tokens[index]?.norm ?? '')) return false;
  const of = tokens[index - 1]?.norm === 'the' ? index - 2 : index - 1;
  const unit = tokens[of - 1]?.norm ?? '';
  return tokens[of]?.norm === 'of' && ASKS_AFTER_WHAT.has(unit) && WHAT.has(tokens[of - 2]?.norm ?? '');
}
/** Prepositions of place, a closed class: "in the russian capital" says where, it asks for no capital. */
const LOCATIVE = new Set(['in', 'into', 'to', 'at', 'from', 'near', 'outside', 'inside', 'around', 'across']);

/**
 * "landed in the russian capital", "to russia's capital": the place before "capital" already stands for its capital
 * (see the capital links in `analyseQuery`), so the noun names nothing more where a preposition of place governs it;
 * asked for ("what is the russian capital"), it is the topic.
 */
function isNamedCapital(tokens: readonly { readonly norm: string }[], index: number, wordNet: WordNet): boolean {
  if (tokens[index]?.norm !== 'capital') return false;
  const governed = tokens[index - 2]?.norm === 'the' ? index - 3 : index - 2;
  if (!LOCATIVE.has(tokens[governed]?.norm ?? '')) return false;
  const place = (tokens[index - 1]?.norm ?? '').replace(/'s$/, '');
  const capitals = [place, ...wordNet.pertainsTo(place)].flatMap((noun) => wordNet.capitalLinks(noun));
  return capitals.length > 0;
}
/** "What sort of approaches": the noun before "of" asks for a kind of what follows, it names no topic. */
const KIND_NOUNS = new Set(['sort', 'sorts', 'kind', 'kinds', 'type', 'types']);
/** The words a question opens with to ask: a misspelling of one there ("wat did ...") asks, it names nothing. */
const QUESTION_OPENERS = ['what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how'];
/**
 * "what did he say concerning syria": participles used as prepositions, which ask about what follows. Only these
 * forms: "concerned" and "concerns" are a topic ("what was pompeo concerned about"), though they share a stem.
 */
const PREPOSITIONAL_PARTICIPLES = new Set(['concerning', 'regarding']);
/**
 * "What's the deal with Venezuela?", "what is the story with Iran": the noun between "what is the" and "with" only
 * frames a question about what follows.
 */
const FRAMING_NOUN = /^\s*what(?:'s|s|\s+is|\s+was)\s+(?:the\s+)?(\p{L}+)\s+with\s+\S/iu;

/** Where the framing noun of an idiom like "what's the deal with ..." starts in the question, or -1. */
function framingNounStart(question: string): number {
  const match = FRAMING_NOUN.exec(question);
  return match?.[1] ? match[0].lastIndexOf(match[1], match[0].length - match[1].length) : -1;
}

/**
 * The corpus's names of several words for what the word's adjective pertains to ("American": "United States"), as
 * search terms, when the corpus holds each term. A demonym names its country: WordNet's pertainym pointers say which.
 */
function pertainymPhrases(lemmas: readonly string[], vocabulary: QueryVocabulary, wordNet: WordNet): string[][] {
  const phrases: string[][] = [];
  for (const noun of lemmas.flatMap((lemma) => wordNet.pertainsTo(lemma))) {
    const parts = noun.split(' ');
    if (parts.length < 2) continue;
    const terms = parts.map((part) => searchTerm(part));
    if (terms.every((term): term is string => term !== null && vocabulary.hasTerm(term))) phrases.push(terms);
  }
  return phrases;
}

/**
 * WordNet's synonyms of several words for a noun the corpus lacks ("mideast": Middle East), as search terms, when the
 * corpus holds every term: a synonym of one content word is searched for as a related word, a name of several only
 * as a whole.
 */
function synonymPhrases(lemmas: readonly string[], vocabulary: QueryVocabulary, wordNet: WordNet): string[][] {
  const phrases: string[][] = [];
  // Nouns only: a phrasal verb's words ("take away" for remove) are common words any sentence may hold apart.
  for (const lemma of lemmas)
    for (const synonym of wordNet.related(lemma, 'noun', SENSES).synonyms) {
      const terms = synonym.split(' ').map((part) => searchTerm(part));
      if (terms.length < 2) continue;
      // A name's words must be the corpus's names too: "EU" is European Community, not "European ... communication".
      const name = wordNet.isName(synonym);
      if (
        terms.every(
          (term): term is string =>
            term !== null && vocabulary.hasTerm(term) && (!name || vocabulary.mostlyCapitalised(term)),
        )
      )
        phrases.push(terms);
    }
  return phrases;
}

/**
 * Names of several words the corpus writes for the word: what its adjective pertains to ("Americans": United States),
 * and, for a word the corpus lacks, a synonym of several words ("mideast": Middle East).
 */
function otherPhrases(
  exact: ReadonlySet<string>,
  lemmas: readonly string[],
  correctedTo: string | null,
  vocabulary: QueryVocabulary,
  wordNet: WordNet,
): string[][] {
  const phrases = pertainymPhrases(lemmas, vocabulary, wordNet);
  if (correctedTo !== null || [...exact].some((option) => vocabulary.hasTerm(option))) return phrases;
  return [...phrases, ...synonymPhrases(lemmas, vocabulary, wordNet)];
}

/** A hyphenated word the corpus writes without its hyphens ("G-20": G20, "counter-terrorism": counterterrorism). */
function unhyphenated(norm: string, vocabulary: QueryVocabulary): string | null {
  if (!norm.includes('-')) return null;
  const joined = norm.replace(/-/g, '');
  const term = searchTerm(joined);
  return vocabulary.words.has(joined) || (term !== null && vocabulary.hasTerm(term)) ? joined : null;
}

/** A day of the month written the other way ("13th": 13, "15": 15th), when the corpus writes only that one. */
function otherOrdinal(norm: string, vocabulary: QueryVocabulary): string | null {
  const number = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(norm)?.[1];
  if (number === undefined) return null;
  const forms = [number, ...['st', 'nd', 'rd', 'th'].map((suffix) => `${number}${suffix}`)].filter(
    (form) => form !== norm,
  );
  return forms.find((form) => vocabulary.hasTerm(searchTerm(form) ?? '')) ?? null;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A small number written in figures that the corpus writes in words ("3 way": three-way), when it has only the word. */
function numberInWords(norm: string, vocabulary: QueryVocabulary): string | null {
  const word = /^\d+$/.test(norm) ? NUMBER_WORDS[Number(norm)] : undefined;
  return word !== undefined && vocabulary.hasTerm(searchTerm(word) ?? '') ? word : null;
}

/** A year written with two digits ("the 87 missile pact", "'87"), when the corpus writes exactly one year ending so. */
function fullYear(norm: string, vocabulary: QueryVocabulary): string | null {
  const digits = /^'?(\d{2})$/.exec(norm)?.[1];
  if (digits === undefined) return null;
  const years = ['19', '20'].map((century) => `${century}${digits}`).filter((year) => vocabulary.hasTerm(year));
  return years.length === 1 ? (years[0] ?? null) : null;
}

function isDictionaryWord(norm: string, wordNet: WordNet): boolean {
  return wordLemmas(norm).some((lemma) => POS.some((pos) => wordNet.senseCount(lemma, pos) > 0));
}

/**
 * A misspelt word that is no corpus word's near spelling but one edit from a dictionary word whose forms the corpus
 * writes ("acuse": accuse, as the corpus's "accused"; "breeching": breaching, as its "breach"), that word; null when
 * none or several are. The corpus's own words are matched letter by letter (`correctTypo`), so a form it lacks
 * ("accuse" beside its "accused") was out of reach.
 */
function correctToDictionaryWord(norm: string, vocabulary: QueryVocabulary, wordNet: WordNet): string | null {
  if (!/^\p{L}{5,}$/u.test(norm) || isDictionaryWord(norm, wordNet)) return null;
  const found = new Set<string>();
  const words: string[] = [];
  for (const variant of oneEditVariants(norm)) {
    if (!isDictionaryWord(variant, wordNet)) continue;
    const terms = [searchTerm(variant), ...lemmaTerms(variant)].filter(
      (term): term is string => term !== null && vocabulary.hasTerm(term),
    );
    if (terms.length === 0) continue;
    const key = [...new Set(terms)].sort().join(' ');
    if (!found.has(key)) words.push(variant);
    found.add(key);
  }
  return found.size === 1 ? (words[0] ?? null) : null;
}

/** Two question words the corpus writes as one ("urdu point": "UrduPoint"), when the first is not a corpus word. */
function joinedWord(first: string, second: string | undefined, vocabulary: QueryVocabulary): string | null {
  if (second === undefined || vocabulary.words.has(first)) return null;
  const joined = `${first}${second}`;
  return /^\p{L}+$/u.test(joined) && vocabulary.words.has(joined) ? joined : null;
}

/**
 * The broader acts of a verb's frequent senses and their derivations ("land": arrive, arrival), without light verbs
 * ("get", "come"), which say nothing of what was done.
 */
function broaderActsOf(wordNet: WordNet, lemmas: readonly string[]): string[] {
  const acts = lemmas.flatMap((lemma) => wordNet.related(lemma, 'verb', SENSES).broader);
  return acts
    .filter((act) => !act.includes(' ') && wordNet.senseCount(act, 'verb') < LIGHT_VERB_SENSES)
    .flatMap((act) => [act, ...wordNet.related(act, 'verb', 1).derivations.filter((word) => !word.includes(' '))]);
}

/** A word of the same contexts is read in its first few senses, as WordNet orders them, when checking what it is a kind of. */
const NEIGHBOUR_SENSES = 3;

/**
 * The word's embedding neighbours that WordNet files as a kind of it ("conflict": war, "vessels": warships), in the
 * part of speech the question uses it in: two independent sources agree the neighbour is that thing, and a narrower
 * kind answers for the broader, as in `relatedLemmas`. A broader or sister kind does not ("ambassador": diplomat).
 */
function narrowerNeighbours(wordNet: WordNet, lemmas: readonly string[], predicate: boolean): string[] {
  const pos: WordNetPos = predicate ? 'verb' : 'noun';
  const senses = new Set(lemmas.flatMap((lemma) => [...wordNet.kindsNear(lemma, pos, SENSES, 0)]));
  return lemmas
    .flatMap((lemma) => similarWords(lemma))
    .filter((word) =>
      wordLemmas(word).some((lemma) =>
        [...wordNet.kindsNear(lemma, pos, NEIGHBOUR_SENSES, Number.POSITIVE_INFINITY)].some((key) => senses.has(key)),
      ),
    );
}

/** How many steps up WordNet's hierarchy a neighbour may stand and still count as the broader kind a word is of. */
const BROADER_NEIGHBOUR_STEPS = 2;

/**
 * The noun's embedding neighbours that WordNet files as a broader kind of its first senses, a step or two up ("panel":
 * committee, "bid": attempt): two independent sources agree that the word is a kind of that thing.
 */
function broaderNeighbours(wordNet: WordNet, lemmas: readonly string[]): string[] {
  const kinds = new Set(
    lemmas.flatMap((lemma) => [...wordNet.kindsNear(lemma, 'noun', SENSES, BROADER_NEIGHBOUR_STEPS)]),
  );
  return lemmas
    .flatMap((lemma) => similarWords(lemma))
    .filter((word) =>
      wordLemmas(word).some((lemma) => [...wordNet.kindsNear(lemma, 'noun', 1, 0)].some((key) => kinds.has(key))),
    );
}

/**
 * For a noun the corpus lacks, the synonyms of the words derived from it, light verbs aside ("trip" - to trip:
 * travel): the articles may name the act by its verb.
 */
function derivedSynonymsOf(wordNet: WordNet, lemmas: readonly string[]): string[] {
  return lemmas
    .flatMap((lemma) => wordNet.related(lemma, 'noun', SENSES).derivedSynonyms)
    .filter((word) => !word.includes(' ') && wordNet.senseCount(word, 'verb') < LIGHT_VERB_SENSES);
}

/**
 * The synonyms and derivations of a word's first `senses` senses and, as `kinds` asks, their narrower kinds: none, all,
 * or only those whose word means that kind first (`typicalNarrower`).
 */
function relatedLemmas(
  wordNet: WordNet,
  lemmas: readonly string[],
  senses: number,
  kinds: 'none' | 'all' | 'typical' = 'none',
): string[] {
  const related = new Set<string>();
  for (const lemma of lemmas) {
    for (const pos of POS) {
      const words = wordNet.related(lemma, pos, senses);
      // A narrower kind of thing answers a question about the broader ("ships": "warships"), not the other way round.
      const narrower =
        pos !== 'noun' || kinds === 'none' ? [] : kinds === 'all' ? words.narrower : words.typicalNarrower;
      for (const word of [...words.synonyms, ...words.derivations, ...narrower]) {
        // A phrasal synonym counts by its one content word ("pull out": "pull"); longer phrases are left out.
        const content = word.split(' ').filter((part) => searchTerm(part) !== null);
        if (content.length === 1) related.add(content[0] as string);
      }
    }
  }
  return [...related];
}

/**
 * "the yanks": a person noun whose first sense is directly a kind of a nation's people ("Yank": an American) stands for
 * that people's name, whose adjective pertains to a place (WordNet: "American" - United States).
 */
function nationalityAbove(lemmas: readonly string[], wordNet: WordNet): string[] {
  return lemmas.flatMap((lemma) => {
    if (wordNet.firstSenseFile(lemma, 'noun') !== 'noun.person') return [];
    const [direct = []] = wordNet.kindsAbove(lemma, 1);
    return direct.filter((word) =>
      wordNet.pertainsTo(word).some((noun) => wordNet.firstSenseFile(noun, 'noun') === 'noun.location'),
    );
  });
}

/**
 * "the two capitals": a noun the articles lack stands for the places WordNet files under it or one level below
 * (national capital: Moscow, Washington), one-word names only, and only words WordNet knows as names alone. Places
 * only: a battle or a maker filed under a noun is no answer to what the noun asks about.
 */
function namedInstances(lemmas: readonly string[], wordNet: WordNet): string[] {
  return lemmas
    .flatMap((lemma) => wordNet.instancesBelow(lemma, 1))
    .filter(
      (name) =>
        /^\p{L}+$/u.test(name) && wordNet.isName(name) && wordNet.firstSenseFile(name, 'noun') === 'noun.location',
    );
}

/**
 * "the islamic republic": the one name WordNet writes as the phrase and an "of" after it whose other names the corpus
 * uses (the Islamic Republic of Iran: Iran; not of Pakistan, which it never names), as those names; none when no such
 * name or several are. People shorten a long name to its head.
 */
function shortenedName(phrase: string, vocabulary: QueryVocabulary, wordNet: WordNet): readonly string[] {
  const used = wordNet
    .namesShortenedTo(phrase)
    .filter((names) => names.some((name) => !name.includes(' ') && vocabulary.hasTerm(searchTerm(name) ?? '')));
  return used.length === 1 ? (used[0] ?? []) : [];
}

/** A hyphened compound WordNet knows once its last word is a lemma ("sit-downs": sit-down), as one part; else null. */
function hyphenedDictionaryForm(norm: string, wordNet: WordNet): readonly [string] | null {
  const parts = norm.split('-');
  const last = parts.pop() ?? '';
  const form = wordLemmas(last)
    .map((lemma) => [...parts, lemma].join('-'))
    .find((candidate) => isDictionaryWord(candidate, wordNet));
  return form === undefined ? null : [form];
}

/**
 * The question with each run-together word the articles write as two opened up ("phonecall": "phone call"): a word
 * neither the corpus nor WordNet has, that splits one way only into two content words of the corpus, or into a
 * clipping of one and another that make one compound WordNet knows ("secstate": secretary of state).
 */
export function openCompounds(question: string, vocabulary: QueryVocabulary, wordNet: WordNet): string {
  const isPart = (part: string) => vocabulary.words.has(part) && !isStopword(part);
  let opened = question;
  for (const token of wordTokens(question).reverse()) {
    if (vocabulary.words.has(token.norm) || isDictionaryWord(token.norm, wordNet)) continue;
    // "moscow-washington ties", "rebel-held region": a compound the articles never write, hyphened or closed up, is
    // read as its words; one WordNet knows in another form is read in that form ("sit-downs": sit-down).
    // "the secstate's visit": the possessive stays on the compound's last word.
    const [, closed = token.norm, possessive = ''] = /^(.+?)(['’]s)?$/u.exec(token.norm) ?? [];
    const hyphened = token.norm.includes('-');
    const parts = hyphened
      ? unhyphenated(token.norm, vocabulary) === null
        ? (hyphenedDictionaryForm(token.norm, wordNet) ?? token.norm.split('-').filter((part) => part.length > 0))
        : null
      : (splitCompound(closed, isPart) ??
        splitClippedCompound(
          closed,
          isPart,
          vocabulary.wordsStartingWith,
          (phrase) => wordNet.senseCount(phrase, 'noun') > 0,
        ));
    if (parts)
      opened = `${opened.slice(0, token.start)}${parts.join(' ')}${hyphened ? '' : possessive}${opened.slice(token.end)}`;
  }
  return opened;
}

/** Kinds of what a pair reference can count as parties ("both sides", "the two diplomats"; not "two weeks"). */
const PARTY_KINDS = ['person', 'social group'];

/**
 * Whether a noun names a party, a person or a group of people, in its first senses (`pairReferences`); remembered
 * by lemma, as reading all of a noun's broader kinds takes a walk up WordNet.
 */
export function partyNoun(wordNet: WordNet): (lemma: string) => boolean {
  const parties = new Map<string, boolean>();
  return (lemma) => {
    let party = parties.get(lemma);
    if (party === undefined) {
      party = wordNet.kindsAbove(lemma, SENSES).some((kind) => PARTY_KINDS.some((name) => kind.includes(name)));
      parties.set(lemma, party);
    }
    return party;
  };
}

/**
 * Lexicographer files of WordNet nouns that name no person, thing, group, place, quantity or time; nor a message or
 * document (noun.communication: "recap", "blacklist", "minutes"), which a question may ask about as a thing.
 */
const ABSTRACT_NOUN_FILES = new Set([
  'noun.act',
  'noun.attribute',
  'noun.cognition',
  'noun.event',
  'noun.feeling',
  'noun.motive',
  'noun.process',
  'noun.relation',
  'noun.shape',
  'noun.state',
]);

/** Whether the first noun sense WordNet gives the word (any of its lemmas) is abstract: an act, state, feeling, .... */
function isAbstractNoun(lemmas: readonly string[], wordNet: WordNet): boolean {
  const file = lemmas.map((lemma) => wordNet.firstSenseFile(lemma, 'noun')).find((found) => found !== null);
  return file !== undefined && file !== null && ABSTRACT_NOUN_FILES.has(file);
}

/**
 * "what did lavrov say was given particular focus in the talks", "the venezuelan coup flop": an abstract noun the
 * articles have in no form, synonym or word of the same contexts says how the question is put, as "stance" does, when
 * every other thing the question names stands in the articles' own words and one of them is a common noun ("talks",
 * "coup"); such nouns are dropped. Not in "how frosty is the mood between moscow and washington" (only names are
 * left) nor in "explain quantum computing in simple terms" ("computing" is not the articles' word): there the abstract
 * noun may be the topic.
 */
function withoutFramingAbstractions(
  words: readonly (QueryWord & { readonly absentAbstraction: boolean })[],
  vocabulary: QueryVocabulary,
  wordNet: WordNet,
): QueryWord[] {
  const rest = words.filter((word) => !word.absentAbstraction && !word.predicate);
  // In the articles' own words, not only in a synonym or a word of the same contexts ("computing": computer).
  const inArticles = (word: QueryWord) => [...word.exact].some((option) => vocabulary.hasTerm(option));
  const commonThing = rest.some(
    (word) =>
      inArticles(word) &&
      /^\p{L}+$/u.test(word.surface) &&
      !wordLemmas(word.surface.toLowerCase()).some((lemma) => wordNet.isName(lemma)),
  );
  const drop = commonThing && rest.every(inArticles);
  return words
    .filter((word) => !(drop && word.absentAbstraction))
    .map(({ absentAbstraction: _absent, ...word }) => word);
}

/** The longest compound noun looked up: of WordNet's 60,000 compound nouns, 400 are longer. */
const MAX_COMPOUND_WORDS = 4;

/**
 * Compound nouns WordNet knows ("foggy bottom", "bad blood"), by the index of their first word and their word count,
 * where the articles lack one of their words: their words apart say nothing the articles could hold, so the compound
 * is read as one word. Compounds whose words the articles all use are left to them, which may write the compound.
 */
function wordNetCompounds(
  tokens: readonly { readonly norm: string }[],
  vocabulary: QueryVocabulary,
  wordNet: WordNet,
): Map<number, number> {
  const compounds = new Map<number, number>();
  for (let index = 0; index < tokens.length; index++) {
    for (let count = Math.min(MAX_COMPOUND_WORDS, tokens.length - index); count >= 2; count--) {
      const parts = tokens.slice(index, index + count).map((token) => token.norm.replace(/['’]s$/u, ''));
      // A noun's last word is a content word: "bringing up" ends in a particle, a verb's.
      if (!parts.every((part) => /^\p{L}+$/u.test(part)) || isStopword(parts.at(-1) ?? '')) continue;
      if (
        wordNet.senseCount(parts.join(' '), 'noun') === 0 &&
        idiomVerb(parts, wordNet) === null &&
        shortenedName(parts.join(' '), vocabulary, wordNet).length === 0
      )
        continue;
      // "the russian capital" is left to the rules for capitals (`isNamedCapital`), which read it as Moscow only
      // where it is a place something happens in, not what the question asks.
      if (wordNet.capitalLinks(parts.join(' ')).length > 0) continue;
      const lacked = parts.some((part) => {
        const term = searchTerm(part);
        return term !== null && !vocabulary.hasTerm(term);
      });
      if (!lacked) continue;
      compounds.set(index, count);
      index += count - 1;
      break;
    }
  }
  return compounds;
}

/**
 * The fewest words of a verb idiom read as one word ("see eye to eye"): two-word phrasal verbs are read apart, as
 * reading "take office" as one act answered a trap it declined before ("when did lavrov take office").
 */
const MIN_IDIOM_WORDS = 3;

/** The verb idiom the words are, its first word's inflection undone ("saw eye to eye": see eye to eye), or null. */
function idiomVerb(parts: readonly string[], wordNet: WordNet): string | null {
  if (parts.length < MIN_IDIOM_WORDS) return null;
  const rest = parts.slice(1).join(' ');
  return (
    wordLemmas(parts[0] ?? '')
      .map((lemma) => `${lemma} ${rest}`)
      .find((phrase) => wordNet.senseCount(phrase, 'verb') > 0) ?? null
  );
}

/**
 * A compound noun or verb idiom read as one word, its forms the corpus uses: its synonyms and kinds, and, for a name
 * ("Foggy Bottom"), the names WordNet files it under ("State Department"), which stand for the same thing, and the
 * capital a seat of government stands in ("the White House": Washington) unless it is a `modifier` of the noun after
 * it; null when the corpus uses none, and its words are read one by one.
 */
function compoundWord(
  surface: string,
  phrase: string,
  modifier: boolean,
  vocabulary: QueryVocabulary,
  wordNet: WordNet,
): QueryWord | null {
  const term = phrase.replace(/ /g, '_');
  const related = new Set<string>();
  const seat = modifier ? [] : wordNet.capitalHolding(phrase);
  for (const word of [
    ...relatedLemmas(wordNet, [phrase], SENSES, 'typical'),
    ...seat,
    ...shortenedName(phrase, vocabulary, wordNet),
  ]) {
    const option = searchTerm(word);
    if (option !== null && vocabulary.hasTerm(option)) related.add(option);
  }
  // "see eye to eye": a verb idiom says in a figure the act it is a way of doing (agree), as a synonym would.
  const idiom = wordNet.senseCount(phrase, 'noun') === 0 ? idiomVerb(phrase.split(' '), wordNet) : null;
  if (idiom !== null)
    for (const word of broaderActsOf(wordNet, [idiom])) {
      const option = searchTerm(word);
      if (option !== null && vocabulary.hasTerm(option)) related.add(option);
    }
  const phrases: string[][] = [...synonymPhrases([phrase], vocabulary, wordNet)];
  // Only as a whole: one word of a name ("State" of the State Department) may stand for many things.
  for (const name of wordNet.namesAbove(phrase, SENSES)) {
    const terms = name.split(' ').map((part) => searchTerm(part));
    if (terms.length > 1 && terms.every((part): part is string => part !== null && vocabulary.hasTerm(part)))
      phrases.push(terms);
  }
  if (related.size === 0 && phrases.length === 0) return null;
  return {
    surface,
    term,
    exact: new Set([term]),
    related,
    similar: new Set(),
    correctedTo: null,
    predicate: idiom !== null,
    light: false,
    lightSenses: new Set(),
    common: false,
    broaderActs: new Set(),
    phrases,
    pair: false,
  };
}

/**
 * Splits a question into its content words, each normalised the way the index normalises the corpus (American
 * spelling, lemma, stem), corrected when it is a close and unambiguous misspelling of a corpus word, and
 * expanded with WordNet's synonyms and derivations. Words that only frame the question ("what", "say", and words
 * WordNet gives as their synonyms, like "stance" for "position") are left out.
 */
export function analyseQuery(
  typedQuestion: string,
  vocabulary: QueryVocabulary,
  wordNet: WordNet,
  framingTerms: ReadonlySet<string>,
): QueryWord[] {
  const question = openCompounds(typedQuestion, vocabulary, wordNet);
  const words: (QueryWord & { readonly absentAbstraction: boolean })[] = [];
  const seen = new Set<string>();
  const tokens = wordTokens(question);
  const predicates = predicateWords(question, wordNet);
  const modifiers = nounModifiers(question);
  const relating = functionWords(question);
  const auxiliaries = auxiliaryWords(question);
  const framingNoun = framingNounStart(question);
  // A question that asks for a date (see `questionKind`) names no topic by the word "date".
  const asksForTime = questionKind(question, wordNet) === 'when';
  // "tally of returnees", "length of the call": the noun asking how many or how long names no topic either.
  const asking = askingNoun(question, wordNet);
  const pairs = new Set(pairReferences(tokens, partyNoun(wordNet)).map((token) => token.start));
  const compounds = wordNetCompounds(tokens, vocabulary, wordNet);
  // "the capital of venezuela", "the russian capital": where the question names a country or its capital, a place noun
  // is that country's own, which the question asks about and the articles may not say; any such place is no answer.
  const namesCountry = tokens.some((token) =>
    [token.norm, ...wordNet.pertainsTo(token.norm)].some((noun) => wordNet.capitalLinks(noun).length > 0),
  );
  let skipNext = false;
  let skipTo = 0;
  let compoundEnd = 0;
  for (const [index, token] of tokens.entries()) {
    if (skipNext) {
      skipNext = false;
      continue;
    }
    if (index < skipTo) continue;
    const compound = compounds.get(index);
    const parts = compound === undefined ? [] : tokens.slice(index, index + compound);
    const phrase = parts.map((part) => part.norm.replace(/['’]s$/u, '')).join(' ');
    const modifier = modifiers.has(parts.at(-1)?.start ?? -1);
    const word =
      compound && compoundWord(question.slice(token.start, parts.at(-1)?.end), phrase, modifier, vocabulary, wordNet);
    if (compound !== undefined && word) {
      skipTo = index + compound;
      if (seen.has(word.term)) continue;
      seen.add(word.term);
      words.push({ ...word, absentAbstraction: false });
      continue;
    }
    // "the white house press secretary": a compound read word by word, whose words do not mean there what they do alone.
    if (compound !== undefined) compoundEnd = index + compound;
    if (token.start === framingNoun || relating.has(token.start)) continue;
    // A letter standing for a word in text-speak ("r" for are, "n" for and) names nothing the corpus lacks a word for.
    if (/^\p{L}$/u.test(token.norm) && !vocabulary.words.has(token.norm)) continue;
    if (
      index === 0 &&
      !vocabulary.words.has(token.norm) &&
      QUESTION_OPENERS.some((opener) => oneEditApart(token.norm, opener))
    )
      continue;
    if (PREPOSITIONAL_PARTICIPLES.has(token.norm)) continue;
    if (ASKS_AFTER_HOW.has(token.norm) && tokens[index - 1]?.norm === 'how') continue;
    if (ASKS_AFTER_WHAT.has(token.norm) && WHAT.has(tokens[index - 1]?.norm ?? '')) continue;
    if (/^dates?$/.test(token.norm) && asksForTime) continue;
    if (token.norm === asking && tokens[index + 1]?.norm === 'of') continue;
    if (isNamedCapital(tokens, index, wordNet)) continue;
    if (withinAskedTime(tokens, index)) continue;
    if (KIND_NOUNS.has(token.norm) && WHAT.has(tokens[index - 1]?.norm ?? '') && tokens[index + 1]?.norm === 'of')
      continue;
    const joined = joinedWord(token.norm, tokens[index + 1]?.norm, vocabulary);
    skipNext = joined !== null;
    const written = joined ?? token.text;
    const term = searchTerm(written);
    if (term === null || framingTerms.has(term) || seen.has(term)) continue;
    // "the rt.com preview": a web address names its outlet, as the outlet's name does.
    if (/^\p{L}+\.\p{L}{2,}$/u.test(token.norm) && framingTerms.has(searchTerm(token.norm.split('.')[0] ?? '') ?? ''))
      continue;
    seen.add(term);
    const norm = americanSpelling((joined ?? token.norm).replace(/'s$/, ''));
    const exact = new Set([term, ...lemmaTerms(written)]);
    let correctedTo: string | null = null;
    if (![...exact].some((option) => vocabulary.hasTerm(option)) && !vocabulary.words.has(norm)) {
      correctedTo =
        unhyphenated(norm, vocabulary) ??
        otherOrdinal(norm, vocabulary) ??
        numberInWords(norm, vocabulary) ??
        fullYear(norm, vocabulary) ??
        correctTypo(norm, vocabulary.typoCandidates(norm)) ??
        correctToDictionaryWord(norm, vocabulary, wordNet) ??
        (isDictionaryWord(norm, wordNet)
          ? null
          : (expandAbbreviation(norm, vocabulary.wordsStartingWith(norm.slice(0, 1)), searchTerm) ??
            clippedForename(norm, () => vocabulary.wordsStartingWith(norm))));
      if (correctedTo !== null)
        for (const option of [searchTerm(correctedTo), ...lemmaTerms(correctedTo)]) if (option) exact.add(option);
    }
    const lemmas = wordLemmas(correctedTo ?? norm);
    if (
      /^\p{L}+$/u.test(norm) &&
      relatedLemmas(wordNet, lemmas, FRAMING_SENSES).some((word) => framingTerms.has(searchTerm(word) ?? ''))
    ) {
      if (!lemmas.some((lemma) => vocabulary.hasTerm(searchTerm(lemma) ?? ''))) continue;
    }
    const related = new Set<string>();
    // A phrasal verb means what its words do not ("get together": meet, "take part": participate).
    const next = tokens[index + 1]?.norm;
    const phrasal =
      next === undefined || !/^\p{L}+$/u.test(norm)
        ? []
        : lemmas.map((lemma) => `${lemma} ${next}`).filter((phrase) => wordNet.senseCount(phrase, 'verb') > 0);
    const predicate = predicates.has(token.start);
    const light =
      predicate &&
      phrasal.length === 0 &&
      lemmas.some((lemma) => wordNet.senseCount(lemma, 'verb') >= LIGHT_VERB_SENSES);
    const absent = ![...exact].some((option) => vocabulary.hasTerm(option));
    const nationality = /^\p{L}+$/u.test(norm) && absent ? nationalityAbove(lemmas, wordNet) : [];
    const instances =
      /^\p{L}+$/u.test(norm) && absent && !predicate && !namesCountry ? namedInstances(lemmas, wordNet) : [];
    if (/^\p{L}+$/u.test(norm)) {
      // A narrower kind of the thing asked about answers for it ("ships": "warships", "inquiry": "investigation"). Where
      // the articles use the word itself, only its first sense's kinds do ("reaction" is no chemical "reduction").
      for (const word of [
        ...relatedLemmas(wordNet, lemmas, SENSES, absent ? 'all' : 'typical'),
        // A phrasal verb's senses are few and its sense counts too sparse to rank them ("run out": expire is its
        // fourth), so all of them count.
        ...phrasal.flatMap((phrase) => relatedLemmas(wordNet, [phrase], wordNet.senseCount(phrase, 'verb'))),
        ...lemmas.flatMap((lemma) => adjectivesOf(lemma, vocabulary, wordNet)),
        ...lemmas.flatMap((lemma) => wordNet.capitalLinks(lemma)),
        // "the kremlin wants": Moscow, the capital it stands in; not a modifier ("the kremlin aide"), which names a
        // person or a thing of that seat, not the government itself.
        ...(modifiers.has(token.start) ? [] : lemmas.flatMap((lemma) => wordNet.capitalHolding(lemma))),
        // "the chinese": Beijing, as "china" is.
        ...lemmas.flatMap((lemma) => wordNet.pertainsTo(lemma).flatMap((noun) => wordNet.capitalLinks(noun))),
        ...nationality,
        ...instances,
      ]) {
        const option = searchTerm(word);
        if (option !== null && !exact.has(option) && vocabulary.hasTerm(option)) related.add(option);
      }
    }
    const lightSenses = new Set<string>();
    if (light)
      for (const lemma of lemmas)
        for (const word of wordNet.related(lemma, 'verb', wordNet.senseCount(lemma, 'verb')).synonyms) {
          const option = word.includes(' ') ? null : searchTerm(word);
          if (option !== null && !exact.has(option) && vocabulary.hasTerm(option)) lightSenses.add(option);
        }
    const broaderActs = new Set<string>();
    if (predicate && !light && /^\p{L}+$/u.test(norm) && ![...exact].some((option) => vocabulary.hasTerm(option)))
      for (const word of broaderActsOf(wordNet, lemmas)) {
        const option = searchTerm(word);
        if (option !== null && !exact.has(option) && !related.has(option) && vocabulary.hasTerm(option))
          broaderActs.add(option);
      }
    // Looser than WordNet, so only for a word the corpus lacks in every form WordNet gives.
    const similar = new Set<string>();
    if (
      /^\p{L}+$/u.test(norm) &&
      senseCount(lemmas, wordNet) <= MAX_SENSES_FOR_SIMILAR &&
      related.size === 0 &&
      ![...exact].some((option) => vocabulary.hasTerm(option))
    )
      for (const word of lemmas.flatMap((lemma) => similarWords(lemma))) {
        const option = searchTerm(word);
        if (option !== null && !exact.has(option) && !related.has(option) && vocabulary.hasTerm(option))
          similar.add(option);
      }
    // A word of the same contexts that WordNet confirms as a kind of the word links it to the articles in any question
    // and whatever its senses ("armed conflict": war). For a word they lack, two sources agreeing make it a synonym;
    // beside a word they use, it stays a loose link, as a single neighbour is.
    const present = [...exact].some((option) => vocabulary.hasTerm(option));
    const neighbourKinds = new Set<string>();
    if (/^\p{L}+$/u.test(norm))
      for (const word of narrowerNeighbours(wordNet, lemmas, predicate)) {
        const option = searchTerm(word);
        if (option !== null && !exact.has(option) && !related.has(option) && vocabulary.hasTerm(option))
          neighbourKinds.add(option);
      }
    for (const option of neighbourKinds) {
      if (present) similar.add(option);
      else {
        related.add(option);
        similar.delete(option);
      }
    }
    // A broader kind the word's contexts confirm ("panel": committee) is a loose link, as a neighbour is, and only for a
    // noun the articles lack that stands on its own, not as part of a compound.
    if (/^\p{L}+$/u.test(norm) && !predicate && !present && index >= compoundEnd)
      for (const word of broaderNeighbours(wordNet, lemmas)) {
        const option = searchTerm(word);
        if (option !== null && !exact.has(option) && !related.has(option) && vocabulary.hasTerm(option))
          similar.add(option);
      }
    // Whether the articles have the word in no form, synonym or word of the same contexts (so far).
    const inNoForm = () =>
      related.size === 0 && similar.size === 0 && ![...exact].some((option) => vocabulary.hasTerm(option));
    // The loosest link, so only for a noun nothing else links to the articles ("trip": travel).
    if (/^\p{L}+$/u.test(norm) && !predicate && inNoForm())
      for (const word of derivedSynonymsOf(wordNet, lemmas)) {
        const option = searchTerm(word);
        if (option !== null && !exact.has(option) && vocabulary.hasTerm(option)) related.add(option);
      }
    // "who ought to rule venezuela": an auxiliary the articles have in no form says how it is asked, nothing they lack.
    if (auxiliaries.has(token.start) && inNoForm()) continue;
    words.push({
      surface: joined === null ? token.text : `${token.text} ${tokens[index + 1]?.text ?? ''}`,
      term,
      exact,
      related,
      similar,
      correctedTo,
      predicate,
      light,
      lightSenses,
      common: /^\p{L}+$/u.test(norm) && Math.max(...lemmas.map((lemma) => wordNet.taggedCount(lemma))) >= COMMON_TAGGED,
      broaderActs,
      phrases: /^\p{L}+$/u.test(norm)
        ? otherPhrases(exact, [...lemmas, ...nationality], correctedTo, vocabulary, wordNet)
        : [],
      pair: pairs.has(token.start),
      absentAbstraction: !predicate && /^\p{L}+$/u.test(norm) && inNoForm() && isAbstractNoun(lemmas, wordNet),
    });
  }
  // A word of the same contexts that the question itself uses ("football team": team) stands for that word, not this.
  const kept = withoutFramingAbstractions(words, vocabulary, wordNet);
  const asked = new Set(kept.flatMap((word) => [...word.exact]));
  return kept.map((word) => ({ ...word, similar: new Set([...word.similar].filter((option) => !asked.has(option))) }));
}
