import { LRUCache } from 'lru-cache';
import { tagWords, type TaggedWord } from '../corpus/speakers/tag-words.js';
import type { WordNet } from '../lexicon/wordnet.js';
import type { Passage, QueryTerm } from '../search/search-index.js';
import { questionKind } from '../search/question-kind.js';
import { wordTerms } from '../search/search-terms.js';
import { wordLemmas } from '../text/word-lemmas.js';
import { type Clause, headsOf, parseRoles, type Phrase, type RoleParse } from './clause-roles.js';

/** Who a question says does the thing it asks about, and the other parties it names. */
export interface QuestionRoles {
  /** The names in the subject of the question's verb ("What penalties did Iran impose on the US?": Iran). */
  readonly doers: readonly QueryTerm[];
  /** The question's other names: what is done to whom, or whose it is ("on the US", "Russia's offer"). */
  readonly others: readonly QueryTerm[];
  /**
   * The words that name what the doer is asked to have done: the verb, and the nouns of its object, fronted or not
   * ("What penalties did Iran impose": impose, penalties), as query terms.
   */
  readonly event: readonly QueryTerm[];
  /** The query term of the question's own verb ("impose"), when the question has one the index knows. */
  readonly verb: QueryTerm | null;
}

/** Who a passage has doing the question's event ("sanctions", "send"), if it names the event at all. */
type EventDoer =
  | { readonly kind: 'absent' | 'doer' | 'unnamed' }
  | { readonly kind: 'other'; readonly doer: QueryTerm; readonly instead: string };

/** A passage that gives the question's action to another party. */
export interface RoleConflict {
  readonly doer: QueryTerm;
  /** The party the passage has doing it, as the passage writes it. */
  readonly instead: string;
}

interface ParsedText {
  readonly words: readonly TaggedWord[];
  readonly parse: RoleParse;
  readonly terms: readonly (readonly string[])[];
}

/** Passages recur across questions, and tagging one costs more than the rest of its check. */
const parsed = new LRUCache<string, ParsedText>({ max: 2_000 });

function parseText(text: string): ParsedText {
  let entry = parsed.get(text);
  if (!entry) {
    const words = tagWords(text);
    entry = { words, parse: parseRoles(words), terms: words.map((word) => wordTerms(word.text)) };
    parsed.set(text, entry);
  }
  return entry;
}

/** An acronym of the words: "US" for "United States" (the index's terms of its long form: "unit", "state"). */
function acronymOf(word: TaggedWord, forms: readonly string[]): boolean {
  return /^[A-Z]{2,}$/.test(word.text) && forms.map((form) => form[0]).join('') === word.text.toLowerCase();
}

/** True when the phrase writes the name, in any form the index takes for it (its capital, its adjective, its acronym). */
function namesIn(text: ParsedText, phrase: Phrase, term: QueryTerm, wordNet: WordNet): boolean {
  const held = new Set(text.terms.slice(phrase.start, phrase.end).flat());
  const isForm = (form: string) => term.exact.has(form) || (term.proper && term.related.has(form));
  if ([...held].some(isForm)) return true;
  // A name's adjective: "Russian governments" for Moscow, by way of Russia.
  const adjectives = text.words.slice(phrase.start, phrase.end).filter((word) => /^\p{Lu}/u.test(word.text));
  if (
    adjectives.some((word) => wordNet.pertainsTo(word.text.toLowerCase()).some((noun) => wordTerms(noun).some(isForm)))
  )
    return true;
  const longForms = [...term.phrases, ...term.longForms].filter((forms) => forms.length > 1);
  if (longForms.some((forms) => forms.every((form) => held.has(form)))) return true;
  const words = text.words.slice(phrase.start, phrase.end);
  return longForms.some((forms) => words.some((word) => acronymOf(word, forms)));
}

const whole = (text: ParsedText): Phrase => ({ start: 0, end: text.words.length });
const single = (at: number): Phrase => ({ start: at, end: at + 1 });

/**
 * The question's doers and other parties, read from its clause roles: only names the articles use count, and only
 * as the head of the subject ("the trump putin phone call" names no doer; "putin and trump" two).
 */
export function questionRoles(question: string, terms: readonly QueryTerm[], wordNet: WordNet): QuestionRoles {
  const names = terms.filter((term) => term.proper && term.known && !term.predicate);
  if (names.length === 0) return { doers: [], others: [], event: [], verb: null };
  const text = parseText(question);
  const clause = text.parse.clauses[0];
  const heads = clause?.agent ? headsOf(text.words, clause.agent) : [];
  // The word as the question wrote it is the term, even when the index corrected it ("zelensky": Zelenskiy).
  const writes = (head: number, term: QueryTerm) =>
    text.words[head]?.text.toLowerCase() === term.surface.toLowerCase() || namesIn(text, single(head), term, wordNet);
  const doers = names.filter((term) => heads.some((head) => writes(head, term)));
  if (!clause || doers.length === 0) return { doers: [], others: names, event: [], verb: null };
  // The object of a what / which question is fronted with its question word: the nouns before the first auxiliary or
  // verb. Before a when, how many or where question's verb they name what is asked ("what day of the week").
  const firstVerb = text.words.findIndex((word) => word.pos === 'AUX' || word.pos === 'VERB');
  const fronted = firstVerb > 0 && questionKind(question) === 'open' ? [...Array(firstVerb).keys()] : [];
  const object = clause.patient;
  const objectWords = [
    ...fronted,
    ...(object ? [...Array(object.end - object.start).keys()].map((at) => at + object.start) : []),
  ].filter((at) => text.words[at]?.pos === 'NOUN');
  const eventWords = [clause.verb, ...objectWords];
  const event = terms.filter(
    (term) =>
      term.known &&
      !term.proper &&
      eventWords.some((at) => (text.terms[at] ?? []).some((form) => term.exact.has(form))),
  );
  const verb =
    terms.find((term) => term.predicate && (text.terms[clause.verb] ?? []).some((form) => term.exact.has(form))) ??
    null;
  return { doers, others: names.filter((term) => !doers.includes(term)), event, verb };
}

/** A name's broad kind in WordNet (a person, a place, a group), or null when WordNet does not know it. */
function kindOf(name: string, wordNet: WordNet): string | null {
  const kinds = wordNet.kindsAbove(name, 1).flat();
  for (const kind of ['person', 'location', 'social group']) if (kinds.includes(kind)) return kind;
  return null;
}

/** The names heading a phrase, as written ("the United States": United States; "the coup's collapse": none). */
function namedHeads(text: ParsedText, phrase: Phrase): string[] {
  return headsOf(text.words, phrase).flatMap((head) => {
    if (text.words[head]?.pos !== 'PROPN') return [];
    let start = head;
    while (start > phrase.start && text.words[start - 1]?.pos === 'PROPN') start--;
    return [
      text.words
        .slice(start, head + 1)
        .map((word) => word.text)
        .join(' '),
    ];
  });
}

/**
 * The sentence's doers: the subjects of its verbs (the "by" phrase of a passive), and a possessor whose possession
 * does something or stands alone ("Tehran's reaction was understandable"), not one whose possession is done to
 * ("hailed Russia's role").
 */
function doerPhrases(text: ParsedText): Phrase[] {
  const { clauses, possessions } = text.parse;
  const doneTo = new Set(
    clauses.flatMap((clause) => [
      ...(clause.passive || !clause.patient ? [] : [clause.patient.start]),
      ...clause.obliques.map((oblique) => oblique.phrase.start),
    ]),
  );
  return [
    ...clauses.flatMap((clause) => (clause.agent ? [clause.agent] : [])),
    ...possessions.flatMap((possession) =>
      doneTo.has(possession.possessed.start) || doneTo.has(possession.possessor.start) ? [] : [possession.possessor],
    ),
  ];
}

/**
 * Whether the passage gives what the question asks of a named party to another party: the
 * question's doer is nowhere a doer in the sentence (nor its speaker), and either a clause has one of the question's
 * other parties doing something to the doer (the roles reversed: "the United States imposed sanctions on Iran's metal
 * industries" for "what penalties did Iran impose on the US"), or the sentence does not name the doer at all and has
 * another party of the same kind in WordNet (a person, a place, a group) as its doer ("the United States has sent" for
 * "what did Russia send").
 */
export function roleConflict(passage: Passage, roles: QuestionRoles, wordNet: WordNet): RoleConflict | null {
  if (roles.doers.length === 0) return null;
  const text = parseText(passage.text);
  const doers = doerPhrases(text);
  const speaker = passage.sentence.creditedSpeaker;
  const speakerText = speaker ? parseText(speaker) : null;
  const names = (phrase: Phrase, term: QueryTerm) => namesIn(text, phrase, term, wordNet);
  for (const doer of roles.doers) {
    if (doers.some((phrase) => names(phrase, doer))) continue;
    if (speakerText && namesIn(speakerText, whole(speakerText), doer, wordNet)) continue;
    const reversed = text.parse.clauses.find(
      (clause) =>
        clause.agent &&
        namedHeads(text, clause.agent).length > 0 &&
        roles.others.some((other) => names(clause.agent as Phrase, other)) &&
        [clause.passive ? null : clause.patient, ...clause.obliques.map((oblique) => oblique.phrase)].some(
          (phrase) => phrase && names(phrase, doer),
        ),
    );
    if (reversed?.agent) return { doer, instead: (namedHeads(text, reversed.agent) as [string])[0] };
    const kind = kindOf(doer.surface, wordNet);
    if (kind === null || names(whole(text), doer)) continue;
    const sameKind = doers.flatMap((phrase) => namedHeads(text, phrase)).find((name) => kindOf(name, wordNet) === kind);
    if (sameKind) return { doer, instead: sameKind };
  }
  return null;
}

/**
 * A noun for people, places or groups ("leaders", "countries"): they take part in an event, and the names before them
 * ("US business leaders", "European countries") do not do it.
 */
function isParticipant(word: TaggedWord, wordNet: WordNet): boolean {
  const norm = word.text.toLowerCase();
  return [norm, ...wordLemmas(norm)].some((lemma) => kindOf(lemma, wordNet) !== null);
}

/** True when the word writes one of the event's words, itself or a synonym the index gives it. */
function writesEvent(text: ParsedText, at: number, event: readonly QueryTerm[]): boolean {
  const forms = text.terms[at] ?? [];
  return event.some((term) => forms.some((form) => term.exact.has(form) || term.related.has(form)));
}

/**
 * Who the passage has doing the question's event: for each clause whose verb is the event's or whose object or
 * prepositional phrase holds its noun ("a series of sanctions", "US sanctions against Russia"), in a sentence that names
 * the question's other parties, the names before the noun in its phrase or its possessor ("US sanctions", "Russia's
 * offer"), or else the clause's subject; "doer" when one of them, or whoever reports the clause, is the question's
 * doer, "other" when each names someone else, "unnamed" when one is not said or not a name ("both countries"),
 * "absent" when the passage does not name the event.
 */
export function eventDoer(passage: Passage, roles: QuestionRoles, wordNet: WordNet): EventDoer {
  if (roles.doers.length === 0 || roles.event.length === 0) return { kind: 'absent' };
  const text = parseText(passage.text);
  const names = (phrase: Phrase, term: QueryTerm) => namesIn(text, phrase, term, wordNet);
  const doing: Phrase[] = [];
  const reporting: Phrase[] = [];
  let found = false;
  let unnamed = false;
  // A clause reported by the doer is theirs to give ("Lavrov affirmed that Russia was prepared to support ..."): the
  // doer is a subject before it, with nothing between but the reported clause's opening.
  const reporters = (verb: number) =>
    text.parse.clauses.filter(
      (other) =>
        other.verb < verb &&
        other.agent !== null &&
        text.words
          .slice(other.verb + 1, verb)
          .every((word) => word.pos !== 'SCONJ' || word.text.toLowerCase() === 'that'),
    );
  const sameParties = roles.others.every((other) => names(whole(text), other));
  for (const clause of text.parse.clauses) {
    const objects = [clause.passive ? null : clause.patient, ...clause.obliques.map((oblique) => oblique.phrase)];
    let ownDoer: Phrase | null = null;
    let holds = writesEvent(text, clause.verb, roles.event);
    for (const phrase of objects) {
      if (!phrase) continue;
      // The event's noun heads its phrase ("US sanctions"), and names an act, not who takes part ("US business leaders").
      for (const at of headsOf(text.words, phrase)) {
        if (!writesEvent(text, at, roles.event) || isParticipant(text.words[at] as TaggedWord, wordNet)) continue;
        holds = true;
        const possessor = text.parse.possessions.find((possession) => possession.possessed.start === phrase.start);
        // Only the names of the noun's own part of a list: "Tehran and European countries" is two parties.
        let start = at;
        while (start > phrase.start && text.words[start - 1]?.text !== ',' && text.words[start - 1]?.pos !== 'CCONJ')
          start--;
        const before = { start, end: at };
        if (possessor && start === phrase.start) ownDoer = possessor.possessor;
        else if (text.words.slice(start, at).some((word) => word.pos === 'PROPN')) ownDoer = before;
      }
    }
    if (!holds) continue;
    // The same event involves the same parties: a sentence on another's ("Maduro ... accused Guaido" for "did the
    // Americans accuse Russia") reports another event.
    if (!sameParties && !(clause.agent && roles.doers.some((doer) => names(clause.agent as Phrase, doer)))) continue;
    found = true;
    const doer = ownDoer ?? clause.agent;
    // A subject that is not a name ("both countries", "they") may be the doer by another word.
    if (!doer || namedHeads(text, doer).length === 0) unnamed = true;
    else doing.push(doer);
    if (!ownDoer) reporting.push(...reporters(clause.verb).map((other) => other.agent as Phrase));
  }
  if (!found) return { kind: 'absent' };
  // Not the sentence's speaker: who announced something is not who did what it reports ("Tehran announced").
  if (roles.doers.some((doer) => [...doing, ...reporting].some((phrase) => names(phrase, doer))))
    return { kind: 'doer' };
  const instead = doing.flatMap((phrase) => namedHeads(text, phrase))[0];
  return unnamed || instead === undefined
    ? { kind: 'unnamed' }
    : { kind: 'other', doer: roles.doers[0] as QueryTerm, instead };
}

/**
 * Whether a date or number at `offset` in the text belongs to something another party did: the clause of the verb
 * nearest to it has as its subject a name that is not the question's doer, of the same kind or one of its other
 * parties ("In February, the United States said it was exiting ..." does not date what Russia did).
 */
export function valueOfOtherDoer(text: string, offset: number, roles: QuestionRoles, wordNet: WordNet): boolean {
  if (roles.doers.length === 0) return false;
  const parsedText = parseText(text);
  const at = parsedText.words.findIndex((word) => word.end > offset);
  if (at < 0) return false;
  let nearest: Clause | null = null;
  for (const clause of parsedText.parse.clauses)
    if (!nearest || Math.abs(clause.verb - at) < Math.abs(nearest.verb - at)) nearest = clause;
  const agent = nearest?.agent;
  if (!agent || namedHeads(parsedText, agent).length === 0) return false;
  const names = (term: QueryTerm) => namesIn(parsedText, agent, term, wordNet);
  if (roles.doers.some(names)) return false;
  if (roles.others.some(names)) return true;
  return roles.doers.some((doer) => {
    const kind = kindOf(doer.surface, wordNet);
    return kind !== null && namedHeads(parsedText, agent).some((name) => kindOf(name, wordNet) === kind);
  });
}

/**
 * True when a clause of the text has as its subject one of these parties, in any form the index gives them ("Tehran
 * announced" for Iran, "Moscow reciprocated" for Russia): they did or said something there, quoted or not.
 */
export function doneByAnyOf(text: string, parties: readonly QueryTerm[], wordNet: WordNet): boolean {
  const parsedText = parseText(text);
  return parsedText.parse.clauses.some(
    (clause) =>
      clause.agent !== null && parties.some((party) => namesIn(parsedText, clause.agent as Phrase, party, wordNet)),
  );
}

/** True when a clause of the text has as its subject a phrase holding one of these words, lower-cased ("shuang"). */
export function doneByWordsOf(text: string, words: readonly string[]): boolean {
  const wanted = new Set(words);
  const parsedText = parseText(text);
  return parsedText.parse.clauses.some(
    (clause) =>
      clause.agent !== null &&
      parsedText.words.slice(clause.agent.start, clause.agent.end).some((word) => wanted.has(word.text.toLowerCase())),
  );
}

/**
 * True when a clause of the text has one of the doers as its subject (the "by" phrase of a passive) and a verb that
 * `writes` accepts: the sentence reports that party doing that act, not only naming both.
 */
export function doerDoes(
  text: string,
  doers: readonly QueryTerm[],
  writes: (forms: readonly string[]) => boolean,
  wordNet: WordNet,
): boolean {
  const parsedText = parseText(text);
  return parsedText.parse.clauses.some(
    (clause) =>
      clause.agent !== null &&
      writes(parsedText.terms[clause.verb] ?? []) &&
      doers.some((doer) => namesIn(parsedText, clause.agent as Phrase, doer, wordNet)),
  );
}
