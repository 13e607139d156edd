import { type EntityMention, MAX_UNCLOSED_TITLE_WORDS } from '../document-entities.js';
import { BODY_HEADS, DOCUMENT_HEADS, isDesignation } from '../person-titles.js';
import { isWrittenRoleNoun } from '../role-nouns.js';
import { WORDNET_ROLE_NOUNS, WORDNET_TIME_NAMES, WORDNET_WEEKDAYS } from '../wordnet-names-data.js';
import { reportingVerbAt } from '../reporting-verbs.js';
import type { TaggedWord } from '../tag-words.js';
import { type AttributionContext, countWordsIn, firstWordFrom, indexOfWordStartingAt } from './attribution-context.js';
import { abstain, type CueResult } from './cue-result.js';
import { speakerOf } from './speaker-of-mention.js';
import { isAdverb, POSSESSIVE_PRONOUNS, PREPOSITIONS, PUNCTUATION, SUBORDINATORS } from './word-helpers.js';

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const ROLE_NOUNS = new Set(WORDNET_ROLE_NOUNS);
/** Names of days, months and feasts (WordNet): "Trump on Thursday said", "Sessions in November told". */
const TIME_NAMES = new Set([...WORDNET_TIME_NAMES, ...WORDNET_WEEKDAYS]);
/** Prepositions that put a time name before a verb: "on Thursday", "in November", "during Ramadan". */
const TIME_PREPOSITION = /^(?:on|in|during|since|until|by)$/i;
const DASH = /^(?:--|\u2014|\u2013)$/;
/** A dash, or a hyphen written with a space either side as one ("Alan Beith - who chairs the committee - said"). */
const isDash = (text: string, word: TaggedWord): boolean =>
  DASH.test(word.text) || (word.text === '-' && text[word.start - 1] === ' ' && text[word.end] === ' ');
/** What may stand between "and" and the second of two coordinated subjects: "and the lobby group Liberty". */
const COORDINATED_MODIFIER = new Set(['DET', 'ADJ', 'NOUN']);

/**
 * Phrases stepped over back to the subject: "Mr Ian Kim, chief executive of SK Telecom, also at 3GSM, said" takes
 * an aside, a body after a preposition and the title before it; "Suzanne Watson, policy director for the American
 * Council for an Energy-Efficient Economy, a Washington-based nonprofit group …, said" takes two bodies and two asides.
 */
const MAX_STEPS_BACK = 6;

/**
 * Whether `named` closes the aside whose closing comma is word `comma`, alone or with where it is from ("Ambassador
 * Stefan Johannesson of Iceland,").
 */
function closesAside(context: AttributionContext, named: EntityMention, comma: number): boolean {
  const { words, mentionStartingAt } = context;
  const last = words[comma - 1] as TaggedWord;
  if (named.end === last.end) return true;
  const after = indexOfWordStartingAt(context, named.start) + countWordsIn(context, named) + 1;
  const origin = /^(?:of|from)$/i.test(words[after]?.text ?? '')
    ? mentionStartingAt.get(words[after + 1]?.start ?? -1)
    : undefined;
  return origin !== undefined && origin.kind !== 'person' && origin.end === last.end;
}

/** The mention that ends just before word `index` (adverbs skipped), stepping over appositives and "of Sherman". */
export function subjectBefore(context: AttributionContext, index: number, clauseStart: number): CueResult | 'none' {
  const { words, mentionEndingAt, mentionStartingAt, insideName } = context;
  let position = index - 1;
  let inAppositive = false;
  while (position >= clauseStart && isAdverb(words[position])) position--;
  for (let hops = 0; hops < MAX_STEPS_BACK && position >= clauseStart; hops++) {
    const word = words[position] as TaggedWord;
    const mention = mentionEndingAt.get(word.end);
    if (mention) {
      const before = words[indexOfWordStartingAt(context, mention.start) - 1];
      // "A spokesman for Manchester's Trafford Centre said": a possessor the preposition governs goes with the mention.
      const possessor = /^['\u2019]s$/.test(before?.text ?? '')
        ? mentionEndingAt.get(words[indexOfWordStartingAt(context, mention.start) - 2]?.end ?? -1)
        : undefined;
      const phraseStart = modifiersStartBefore(
        context,
        titleStartBefore(context, indexOfWordStartingAt(context, (possessor ?? mention).start), clauseStart),
        clauseStart,
        mention,
      );
      // "David Graham of the FDA told", "the former head of the U.S. Democratic National Committee defended": a
      // determiner, and a place's initials, that the mention leaves out still stand after the preposition.
      const initials = /^(?:\p{Lu}\.){2,}$/u.test(words[phraseStart - 1]?.text ?? '') ? 1 : 0;
      const determiner = words[phraseStart - 1 - initials]?.pos === 'DET' ? 1 : 0;
      const governing = words[phraseStart - 1 - initials - determiner];
      if (governing && PREPOSITIONS.has(governing.text.toLowerCase())) {
        position = phraseStart - 2 - initials - determiner;
        continue;
      }
      // "Amnesty and the lobby group Guantanamo Human Rights Commission described": coordinated subjects credit
      // neither, the role nouns before the second one included.
      let conjunction = indexOfWordStartingAt(context, mention.start) - 1;
      while (
        COORDINATED_MODIFIER.has(words[conjunction]?.pos ?? '') &&
        !mentionEndingAt.has(words[conjunction]?.end ?? -1)
      )
        conjunction--;
      const firstConjunct = mentionEndingAt.get((words[conjunction - 1] as TaggedWord | undefined)?.end ?? -1);
      if (
        words[conjunction]?.text.toLowerCase() === 'and' &&
        words[conjunction - 1]?.text === ',' &&
        personSetOffBefore(context, conjunction - 1, clauseStart)
      )
        return abstain;
      // "House Energy and Commerce Committee Chairman Greg Walden described": "and" between capitalised words, before a
      // body's head, joins the words of that body's name in the title, not two subjects.
      const joined = words.slice(
        conjunction + 1,
        indexOfWordStartingAt(context, mention.start) + 1 + countWordsIn(context, mention),
      );
      const insideBodyName =
        /^\p{Lu}/u.test(words[conjunction - 1]?.text ?? '') &&
        joined.every((word) => /^\p{Lu}/u.test(word.text)) &&
        joined.some((word) => BODY_HEADS.has(word.text.toLowerCase()));
      if (words[conjunction]?.text.toLowerCase() === 'and' && firstConjunct) {
        // "The MP for Sittingbourne and Sheppey said": places coordinated after a preposition are its object, as is a
        // name joined by "and" ("the leader of the Public and Commercial Services Union said").
        const beforeFirst = indexOfWordStartingAt(context, firstConjunct.start) - 1;
        if (!PREPOSITIONS.has(words[beforeFirst]?.text.toLowerCase() ?? '')) {
          if (!insideBodyName) return abstain;
        } else {
          // "Irish trailed by two points at the break and Gold said": after a verb, the object of a preposition and
          // "and" ends one clause and opens the next, whose subject the mention is.
          const joinsClauses = words
            .slice(clauseStart, beforeFirst)
            .some((other) => (other.pos === 'VERB' || other.pos === 'AUX') && !insideName.has(other.start));
          if (!joinsClauses) {
            position = beforeFirst - 1;
            continue;
          }
        }
      }
      // "those who framed the report should refer to": a mention straight after a verb is that verb's object, and
      // the cue's subject is someone the rules did not find. Not one set off by an appositive before the cue
      // ("Speaking after it was announced Bob Neill, leader of the London Assembly Conservatives, said:"): no object
      // stands between its own appositive and a verb without a subject, so a comma after a fronted clause is missing.
      // "Attorneys representing Mike Flynn, a former aide, said": a participle after a noun keeps its object, appositive
      // or none.
      const participleObject =
        before !== undefined &&
        /ing$/i.test(before.text) &&
        /^(?:NOUN|PROPN)$/.test(words[indexOfWordStartingAt(context, before.start) - 1]?.pos ?? '');
      // "nominee to head the Department of Homeland Security told": the determiner the mention leaves out stands
      // between them.
      const governor = before?.pos === 'DET' ? words[indexOfWordStartingAt(context, before.start) - 1] : before;
      // "acting Secretary of Homeland Security Elaine Duke said": a participle opening its clause, with nothing before
      // it to be its subject, modifies the title rather than taking the name as its object.
      let opener = governor === undefined ? -1 : indexOfWordStartingAt(context, governor.start) - 1;
      while (opener >= clauseStart && words[opener]?.pos === 'DET') opener--;
      const modifiesTitle =
        governor !== undefined &&
        governor === before &&
        mention.kind === 'person' &&
        /^\p{Ll}+ing$/u.test(governor.text) &&
        (opener < clauseStart || words[opener]?.text === ',');
      // "House Ways and Means Committee Chairman Kevin Brady told": a capitalised word after "and" between capitalised
      // words is inside a name, whatever the tagger says.
      const governorIndex = governor === undefined ? -1 : indexOfWordStartingAt(context, governor.start);
      // So is one after a capitalised word ("Judicial Watch President Tom Fitton said").
      const innerAndName =
        /^\p{Lu}/u.test(governor?.text ?? '') &&
        ((/^and$/i.test(words[governorIndex - 1]?.text ?? '') &&
          /^\p{Lu}/u.test(words[governorIndex - 2]?.text ?? '')) ||
          /^\p{Lu}\p{Ll}/u.test(words[governorIndex - 1]?.text ?? ''));
      // "… and said he would never call Kim": "say" takes no one as its object, so a name after it opens what it reports.
      if (
        governor?.pos === 'VERB' &&
        !modifiesTitle &&
        !innerAndName &&
        !/^(?:say|says|said)$/i.test(governor.text) &&
        !insideName.has(governor.start) &&
        (!inAppositive || participleObject) &&
        !(position === index - 1 && opensWithSubordinateClause(context, clauseStart, position))
      )
        return abstain;
      // "Mark Serwotka, the leader of the Public and Commercial Services Union said:": a description set off after
      // the person opening the clause, its closing comma left out, is that person.
      const described =
        mention.kind === 'anonymous' && mention.person === true
          ? personAffiliatedTo(context, mention, clauseStart)
          : undefined;
      if (described) return speakerOf(context, described);
      const affiliated = mention.kind === 'body' ? personAffiliatedTo(context, mention, clauseStart) : undefined;
      return speakerOf(context, affiliated ?? mention);
    }
    // "A former candidate -- John McCain, who lost to Obama -- said": a phrase set off by dashes is an aside; a
    // person opening it names the description before it.
    if (isDash(context.text, word)) {
      let open = position - 1;
      while (open >= clauseStart && !isDash(context.text, words[open] as TaggedWord)) open--;
      if (open < clauseStart) return 'none';
      const named = mentionStartingAt.get(words[open + 1]?.start ?? -1);
      if (named?.kind === 'person' && NOMINAL.has(words[open - 1]?.pos ?? '')) return speakerOf(context, named);
      position = open - 1;
      continue;
    }
    if (word.text === ',' || word.text === ')') {
      const opener = word.text === ',' ? ',' : '(';
      let open = position - 1;
      while (open >= clauseStart && (words[open] as TaggedWord).text !== opener) open--;
      if (open < clauseStart)
        return word.text === ',' ? subjectBeforeStrayComma(context, position, index, clauseStart) : 'none';
      // "Amanda's uncle, Lewis Champion, told", "Scottish Finance Minister, Tom McCabe MSP, said": a person set off
      // after a description or title the clause opens with (no verb before it) is who that description is; so is
      // one after an adjective the name leaves out ("The chairman, Democratic Representative Cedric Richmond,").
      const leftOut = words[open + 1]?.pos === 'ADJ' && /^\p{Lu}/u.test(words[open + 1]?.text ?? '') ? 1 : 0;
      const first = mentionStartingAt.get(words[open + 1 + leftOut]?.start ?? -1);
      const named =
        first?.kind !== 'person' && word.text === ','
          ? (personAfterTitle(context, open + 1, position) ?? first)
          : first;
      const description = words[open - 1];
      const describing = mentionEndingAt.get(description?.end ?? -1);
      const describes =
        ((description?.pos === 'NOUN' || isDesignation(description?.text ?? '')) &&
          (describing === undefined || (describing.kind === 'anonymous' && describing.person === true))) ||
        roleOfBodyBefore(context, clauseStart, open);
      // "The official news agency, KCNA, called": so is a body set off after a description of a group.
      const setOffBody =
        named?.kind === 'body' &&
        description?.pos === 'NOUN' &&
        (describing?.kind === 'body' || BODY_HEADS.has(description.text.toLowerCase()));
      // "Putin made the announcement, and his spokesman, Dmitri Peskov, insisted": a clause a conjunction opens starts
      // anew.
      let ownStart = clauseStart;
      for (let at = open - 1; at > clauseStart; at--)
        if (words[at]?.pos === 'CCONJ') {
          ownStart = at + 1;
          break;
        }
      const noVerbBefore = !words.slice(ownStart, open).some((other) => other.pos === 'VERB' || other.pos === 'AUX');
      // "the man who negotiated the deal, Denmark's former foreign minister Uffe Ellemann-Jensen, told": the same,
      // after a description whose relative clause holds its own verbs.
      const introduced =
        (named?.kind === 'person' &&
          ((describes && noVerbBefore) || describedByRelative(context, clauseStart, open))) ||
        (setOffBody && noVerbBefore);
      if (word.text === ',' && named && introduced && closesAside(context, named, position))
        return speakerOf(context, named);
      position = open - 1;
      inAppositive = word.text === ',';
      continue;
    }
    // "Reed said he had not read the plan, but called it “…”": a verb joined by a conjunction shares the subject.
    if (/^(?:and|but)$/i.test(word.text)) {
      // "a reporter who flattered her … and then wrote:": a verb joined to a relative clause shares the relative's
      // antecedent, not the clause's first mention.
      // "Mitch McConnell, who met with Powell … and said he looked forward to": that antecedent, set off by a comma.
      const relative = words.slice(clauseStart, position).findIndex((other) => /^(?:who|which)$/i.test(other.text));
      if (relative >= 0) {
        const at = clauseStart + relative;
        const antecedent = words[at - 1]?.text === ',' ? mentionEndingAt.get(words[at - 2]?.end ?? -1) : undefined;
        return antecedent?.kind === 'person' ? speakerOf(context, antecedent) : abstain;
      }
      return firstSubjectOfClause(context, clauseStart, position);
    }
    // "the resolution, which added", "Hansen, who said": a relative pronoun stands for the mention it follows.
    if (/^(?:who|which)$/i.test(word.text) && words[position - 1]?.text === ',') {
      const antecedent = mentionEndingAt.get((words[position - 2] as TaggedWord | undefined)?.end ?? -1);
      if (antecedent && antecedent.kind !== 'pronoun') return speakerOf(context, antecedent);
    }
    // "community manager Stacy Nelson who wrote": so does "who" straight after a person, with no comma, before a
    // reporting verb ("a friend of Matt Lauer who oversaw his firing" says nothing of whose words follow).
    if (/^who$/i.test(word.text) && reportingVerbAt(words[index]?.text ?? '', words[index + 1]?.text) !== null) {
      const antecedent = mentionEndingAt.get((words[position - 1] as TaggedWord | undefined)?.end ?? -1);
      if (antecedent?.kind === 'person') return speakerOf(context, antecedent);
    }
    // "Ivanka Trump, a White House adviser who told": a relative pronoun after an appositive that describes a person
    // stands for the person the appositive follows.
    if (/^who$/i.test(word.text)) {
      const described = personBeforeAppositive(context, position - 1, clauseStart);
      if (described) return speakerOf(context, described);
    }
    // "the council's resolution said": a document speaks for whoever issued it.
    const issuer = DOCUMENT_HEADS.has(word.text.toLowerCase()) ? ownerBefore(context, position) : undefined;
    if (issuer) return issuerOf(context, issuer);
    // "Jeff Sessions on Thursday said": when it happened stands between a subject and its verb.
    if (TIME_NAMES.has(word.text) && TIME_PREPOSITION.test(words[position - 1]?.text ?? '')) {
      position -= 2;
      while (position >= clauseStart && isAdverb(words[position])) position--;
      continue;
    }
    if (NOMINAL.has(word.pos) && !PUNCTUATION.test(word.text)) {
      // "David Graham from the FDA's Office of Drug Safety told": a noun phrase after a preposition is stepped over.
      const governed = inAppositive ? -1 : prepositionBefore(context, position, clauseStart);
      if (governed >= 0) {
        position = governed - 1;
        continue;
      }
      // "Ramsey, 6-3, 195 and ruggedly slim, says": an appositive of several parts, each set off by a comma.
      const open = inAppositive ? appositivePartStart(context, position, clauseStart) : -1;
      if (open < 0)
        return (
          personBeforeUnclosedTitle(context, position, clauseStart) ??
          personBeforeUnclosedParticiple(context, position, clauseStart) ??
          unclosedRelativeAntecedent(context, position, clauseStart) ??
          abstain
        );
      position = open - 1;
      continue;
    }
    return personBeforeUnclosedParticiple(context, position, clauseStart) ?? 'none';
  }
  return 'none';
}

/**
 * "Burns, a former No. 3 official at the agency, and Crocker, … added", "Smith, Jones, and Brown said": whether a person
 * ends the clause's words before the comma at word `comma`, or before an aside that comma closes, with no verb before
 * it, so that ", and" coordinates a second subject with that person.
 */
function personSetOffBefore(context: AttributionContext, comma: number, clauseStart: number): boolean {
  const { words, mentionEndingAt, insideName } = context;
  const isVerb = (word: TaggedWord) => (word.pos === 'VERB' || word.pos === 'AUX') && !insideName.has(word.start);
  for (let position = comma - 1; position >= clauseStart; position--) {
    const word = words[position] as TaggedWord;
    if (isVerb(word)) return false;
    const person = mentionEndingAt.get((word.text === ',' ? words[position - 1] : word)?.end ?? -1);
    if ((word.text === ',' || position === comma - 1) && person?.kind === 'person') {
      const start = indexOfWordStartingAt(context, person.start);
      return !words.slice(clauseStart, start).some(isVerb);
    }
  }
  return false;
}

/**
 * "an associate of former Yukos boss Mikhail Khodorkovsky": the first word of a title written before the name at word
 * `nameStart` and ending in a title or role noun, when a preposition after a common noun governs the two; else
 * `nameStart` ("On Tuesday Labour chairman Ian McCartney said", "Bank of England governor Mervyn King said").
 */
function titleStartBefore(context: AttributionContext, nameStart: number, clauseStart: number): number {
  const { words } = context;
  const last = words[nameStart - 1];
  if (!last || !(isDesignation(last.text) || ROLE_NOUNS.has(last.text.toLowerCase()))) return nameStart;
  let start = nameStart - 1;
  while (
    start > clauseStart &&
    nameStart - start < MAX_UNCLOSED_TITLE_WORDS &&
    TITLE_PHRASE.has(words[start - 1]?.pos ?? '')
  )
    start--;
  const at = words[start - 1]?.pos === 'DET' ? start - 2 : start - 1;
  const [head, preposition] = [words[at - 1], words[at]];
  const governed =
    preposition !== undefined &&
    ROLE_PREPOSITION.test(preposition.text) &&
    (head?.pos === 'NOUN' || head?.pos === 'ADJ') &&
    /^\p{Ll}/u.test(head.text);
  return governed ? start : nameStart;
}

/**
 * "When asked if he returned Owen said:", "After the match finished Smith told": a clause fronted by a subordinator
 * with no comma closing it, and no relative pronoun ("the aides who advised Smith said") before the mention: the
 * name straight before the reporting verb opens the main clause, it is no object.
 */
function opensWithSubordinateClause(context: AttributionContext, clauseStart: number, end: number): boolean {
  const { words } = context;
  return (
    SUBORDINATORS.has(words[clauseStart]?.text.toLowerCase() ?? '') &&
    !words.slice(clauseStart, end).some((word) => /^(?:who|whom|which|that)$/i.test(word.text) || word.text === ',')
  );
}

/**
 * "Chairman of the Environmental Audit Committee Peter Ainsworth MP, said:": a comma that closes nothing, after a
 * person the clause opens with their title and no verb, stands between that subject and its verb; not where the
 * verb has its subject after it ("The paradox of Nancy, says Carl Anthony, is").
 */
function subjectBeforeStrayComma(
  context: AttributionContext,
  comma: number,
  verb: number,
  clauseStart: number,
): CueResult | 'none' {
  const { words, mentionEndingAt, mentionStartingAt } = context;
  const subject = mentionEndingAt.get((words[comma - 1] as TaggedWord | undefined)?.end ?? -1);
  if (subject?.kind !== 'person' || mentionStartingAt.has(words[verb + 1]?.start ?? -1)) return 'none';
  const opening = words.slice(clauseStart, indexOfWordStartingAt(context, subject.start));
  return opening.every((word) => ROLE_PHRASE_WORD.has(word.pos) || PUNCTUATION.test(word.text))
    ? speakerOf(context, subject)
    : 'none';
}

const ROLE_PHRASE_WORD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'PART']);

/** "director of the Victims of Crime Trust": a clause that opens with a role noun and the body it is a role of. */
function roleOfBodyBefore(context: AttributionContext, clauseStart: number, end: number): boolean {
  const { words } = context;
  let head = clauseStart;
  // "In a statement, the chairman of the caucus": a phrase fronted before the role, set off by a comma.
  if (words[head]?.pos === 'ADP') {
    const comma = words.slice(head, end).findIndex((word) => word.text === ',');
    if (comma > 0) head += comma + 1;
  }
  while (head < end && ['CCONJ', 'DET', 'PUNCT'].includes((words[head] as TaggedWord).pos)) head++;
  // "European Union ambassador to the WTO": names modifying the role noun before it.
  while (head < end && words[head]?.pos === 'PROPN' && !isDesignation((words[head] as TaggedWord).text)) head++;
  // "The Palestinian Authority's ambassador to the U.S.": names owning the role, and adjectives before it.
  if (head > clauseStart && /^['\u2019]s$/.test(words[head]?.text ?? '')) head++;
  while (head < end && words[head]?.pos === 'ADJ') head++;
  const role = words[head];
  if (
    !role ||
    !(role.pos === 'NOUN' || isDesignation(role.text)) ||
    !ROLE_PREPOSITION.test(words[head + 1]?.text ?? '')
  )
    return false;
  return words.slice(head + 2, end).every((word) => ROLE_PHRASE_WORD.has(word.pos));
}

/** Prepositions joining a role to the body it serves: "director of", "ambassador to", "spokesman for", "analyst at". */
const ROLE_PREPOSITION = /^(?:of|to|for|at)$/i;

/** Words of a title set off after a name: "Plaid Cymru health spokesman". */
const TITLE_PHRASE = new Set(['ADJ', 'NOUN', 'PROPN']);

/**
 * "Rhodri Glyn Thomas, Plaid Cymru health spokesman said:": a title set off after the person who opens the clause,
 * its closing comma left out, ending in a title or role noun at word `end`: the person speaks.
 */
function personBeforeUnclosedTitle(context: AttributionContext, end: number, clauseStart: number): CueResult | null {
  const { words, mentionEndingAt } = context;
  const last = words[end] as TaggedWord;
  if (!isDesignation(last.text) && !ROLE_NOUNS.has(last.text.toLowerCase())) return null;
  let comma = end;
  // "Brent Bozell, PTC president and conservative activist said:": two titles joined by "and" are one appositive.
  while (
    comma > clauseStart &&
    end - comma < MAX_UNCLOSED_TITLE_WORDS + 2 &&
    (TITLE_PHRASE.has(words[comma]?.pos ?? '') || (comma < end && words[comma]?.text === 'and'))
  )
    comma--;
  if (words[comma]?.text !== ',') return null;
  // "Peter Smith, Anna Berg and club president Tom Lee said": a person inside makes it a list.
  const phrase = words.slice(comma + 1, end + 1);
  const { mentionStartingAt } = context;
  if (
    phrase.some((word) => word.text === 'and') &&
    phrase.some((word) => mentionStartingAt.get(word.start)?.kind === 'person')
  )
    return null;
  const person = mentionEndingAt.get((words[comma - 1] as TaggedWord | undefined)?.end ?? -1);
  if (person?.kind !== 'person') return null;
  const opening = words.slice(clauseStart, indexOfWordStartingAt(context, person.start));
  return opening.every((word) => PUNCTUATION.test(word.text)) ? speakerOf(context, person) : null;
}

/** Words of a participle's phrase set off after a name, its closing comma left out: "speaking on the floor on Tuesday". */
const MAX_UNCLOSED_PARTICIPLE_WORDS = 10;

/**
 * "Chuck Schumer, speaking on the Senate floor on Tuesday said, “…”": a participle's phrase set off after the person
 * who opens the clause, its closing comma left out and no other verb in it, leaves that person the subject.
 */
function personBeforeUnclosedParticiple(
  context: AttributionContext,
  end: number,
  clauseStart: number,
): CueResult | null {
  const { words, mentionEndingAt } = context;
  let participle = end;
  while (
    participle > clauseStart &&
    end - participle < MAX_UNCLOSED_PARTICIPLE_WORDS &&
    words[participle]?.text !== ',' &&
    words[participle]?.pos !== 'VERB' &&
    words[participle]?.pos !== 'AUX'
  )
    participle--;
  const word = words[participle];
  if (word?.pos !== 'VERB' || !/ing$/i.test(word.text) || words[participle - 1]?.text !== ',') return null;
  const person = mentionEndingAt.get(words[participle - 2]?.end ?? -1);
  if (person?.kind !== 'person') return null;
  const opening = words.slice(clauseStart, indexOfWordStartingAt(context, person.start));
  // "Senate Democratic leader Chuck Schumer, speaking …": a title before the name is part of the subject.
  return opening.every((other) => ROLE_PHRASE_WORD.has(other.pos) || PUNCTUATION.test(other.text))
    ? speakerOf(context, person)
    : null;
}

/**
 * "Mr. Reama, who retired as vice president in 1955 said, “…”": a relative clause whose closing comma is missing,
 * running from ", who" up to word `end` with no verb of saying in it, leaves its antecedent as the subject.
 */
function unclosedRelativeAntecedent(context: AttributionContext, end: number, clauseStart: number): CueResult | null {
  const { words, mentionEndingAt, mentionStartingAt } = context;
  for (let position = end; position > clauseStart + 1; position--) {
    const word = words[position] as TaggedWord;
    if (word.text === ',' || reportingVerbAt(word.text, words[position + 1]?.text) !== null) return null;
    if (!/^(?:who|whom|which)$/i.test(word.text) || words[position - 1]?.text !== ',') continue;
    // "Bannon, who Beck on Wednesday called “…”": a relative clause with a subject of its own has the relative
    // pronoun as its object, and that subject speaks.
    const ownSubject = mentionStartingAt.get(words[position + 1]?.start ?? -1);
    if (ownSubject && (ownSubject.kind === 'person' || ownSubject.kind === 'pronoun'))
      return speakerOf(context, ownSubject);
    // "posters featuring Mr Howard, which critics claimed were": a subject no one names.
    if (['NOUN', 'PRON'].includes(words[position + 1]?.pos ?? '')) return abstain;
    const antecedent = mentionEndingAt.get((words[position - 2] as TaggedWord).end);
    return antecedent && antecedent.kind !== 'pronoun' ? speakerOf(context, antecedent) : null;
  }
  return null;
}

/**
 * "Colin Asplin, Blackpool Hotel Association said:": a body (or a description) set off after the person opening the
 * clause, its closing comma missing, is where that person works (or who that person is); the person speaks.
 */
function personAffiliatedTo(
  context: AttributionContext,
  body: EntityMention,
  clauseStart: number,
): EntityMention | undefined {
  const { words, mentionEndingAt } = context;
  let comma = indexOfWordStartingAt(context, body.start) - 1;
  // "Nick Davies, spokesman for athletics' ruling body the IAAF, which handed out the bans, said": a role phrase
  // between the comma and the body, the body being what the role serves.
  let role = false;
  while (
    comma > clauseStart &&
    indexOfWordStartingAt(context, body.start) - comma <= MAX_ROLE_PHRASE_WORDS &&
    words[comma]?.text !== ',' &&
    (ROLE_PHRASE_WORD.has((words[comma] as TaggedWord).pos) || /^['\u2019]s?$/.test((words[comma] as TaggedWord).text))
  ) {
    const text = (words[comma] as TaggedWord).text;
    role ||= isDesignation(text) || ROLE_NOUNS.has(text.toLowerCase());
    comma--;
  }
  if (words[comma]?.text !== ',' || (comma < indexOfWordStartingAt(context, body.start) - 1 && !role)) return undefined;
  const person = mentionEndingAt.get((words[comma - 1] as TaggedWord | undefined)?.end ?? -1);
  if (person?.kind !== 'person') return undefined;
  const opening = words.slice(clauseStart, indexOfWordStartingAt(context, person.start));
  return opening.every((word) => PUNCTUATION.test(word.text)) ? person : undefined;
}

/** Words of a role phrase that may stand between a person's comma and the body the role serves. */
const MAX_ROLE_PHRASE_WORDS = 8;

/**
 * Who issued a document its owner names: a place that issues one ("Chelsea's statement added") is a body of that name,
 * a club or a council, though the names list knows only the place.
 */
function issuerOf(context: AttributionContext, owner: EntityMention): CueResult {
  const name = context.text.slice(owner.start, owner.end);
  if (owner.kind === 'anonymous' && /^\p{Lu}[\p{L}'\u2019-]*(?: \p{Lu}[\p{L}'\u2019-]*)*$/u.test(name))
    return { found: true, speaker: name };
  return speakerOf(context, owner);
}

/**
 * The mention owning word `index` ("the council" of "the council's resolution", "her" of "her report", "IAAF" of "an
 * IAAF statement").
 */
function ownerBefore(context: AttributionContext, index: number): EntityMention | undefined {
  const { words, mentionEndingAt } = context;
  const possessive = words[index - 1];
  // "Her report said": a possessive pronoun stands for the owner as "she" would.
  const gender = POSSESSIVE_PRONOUNS[possessive?.text.toLowerCase() ?? ''];
  if (possessive && gender) return { start: possessive.start, end: possessive.end, kind: 'pronoun', gender };
  // "An IAAF statement said": a name between a determiner and the document issued it.
  const attributive = possessive ? mentionEndingAt.get(possessive.end) : undefined;
  if (
    (attributive?.kind === 'body' || attributive?.kind === 'person') &&
    /^(?:a|an|the)$/i.test(words[indexOfWordStartingAt(context, attributive.start) - 1]?.text ?? '')
  )
    return attributive;
  if (!possessive || !/^['\u2019]s$/.test(possessive.text)) return undefined;
  return mentionEndingAt.get((words[index - 2] as TaggedWord | undefined)?.end ?? -1);
}

/** Words of a noun phrase a preposition may govern: "the FDA's Office". */
const GOVERNED_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'PART', 'NUM']);
const MAX_GOVERNED_WORDS = 5;
/** Prepositions that say where a person works or comes from ("from the FDA", "of Lloyd's", "at Harvard"). */
const AFFILIATION = new Set(['of', 'from', 'at', 'with']);
/** Prepositions of how or when something was said, before common nouns: "Deb Peters in a statement called". */
const CIRCUMSTANCE = new Set(['in', 'on', 'via', 'during', 'through']);

/** Lower-case words that may modify a name after a preposition: "at digital content firm THX". */
const MAX_NAME_MODIFIERS = 3;

/**
 * "Jane Roe of research firm Gartner said", "Mark Tuffy at digital content firm THX told": the first of the
 * lower-case words before word `start` that a preposition of affiliation governs with the mention there, when a
 * person's name stands before the preposition ("Jimmy Jenkins of member station WFIU"), or when the last word is a
 * body's head noun and the mention that body's name (a body, or one word: not "professor of government William
 * LeoGrande"); else `start`.
 */
function modifiersStartBefore(
  context: AttributionContext,
  start: number,
  clauseStart: number,
  mention: EntityMention,
): number {
  const { words, mentionEndingAt } = context;
  let at = start;
  while (
    at > clauseStart &&
    start - at < MAX_NAME_MODIFIERS &&
    ['NOUN', 'ADJ'].includes(words[at - 1]?.pos ?? '') &&
    /^\p{Ll}/u.test(words[at - 1]?.text ?? '')
  )
    at--;
  if (at === start || !AFFILIATION.has(words[at - 1]?.text.toLowerCase() ?? '')) return start;
  // "Jimmy Jenkins of member station WFIU reports": after a person's name the phrase says where they work.
  const afterPerson = mentionEndingAt.get(words[at - 2]?.end ?? -1)?.kind === 'person';
  if (afterPerson) return at;
  if (!BODY_HEADS.has(words[start - 1]?.text.toLowerCase() ?? '')) return start;
  return mention.kind !== 'body' && countWordsIn(context, mention) > 0 ? start : at;
}

/** Words of a title before a name set off by commas: "Denmark's former foreign minister". */
const MAX_SET_OFF_TITLE_WORDS = 6;

/** The person named from word `from` (before `end`), after a title of lower-case words and a possessor maybe. */
function personAfterTitle(context: AttributionContext, from: number, end: number): EntityMention | undefined {
  const { words, mentionStartingAt } = context;
  for (let index = from; index < end && index <= from + MAX_SET_OFF_TITLE_WORDS; index++) {
    const word = words[index] as TaggedWord;
    const mention = mentionStartingAt.get(word.start);
    if (mention?.kind === 'person') return mention;
    const possessor = word.pos === 'PROPN' && /^['\u2019]s$/.test(words[index + 1]?.text ?? '');
    // "Another critic, the activist Deray McKesson, tweeted": the title's own article opens it.
    const article = index === from && /^(?:the|a|an)$/i.test(word.text);
    if (possessor) index++;
    else if (article) continue;
    else if (!/^\p{Ll}/u.test(word.text) || !['ADJ', 'NOUN'].includes(word.pos)) return undefined;
  }
  return undefined;
}

/** Words of the description a relative clause follows: "the man", "the former aide". */
const MAX_RELATIVE_ANTECEDENT_WORDS = 4;

/**
 * Whether the clause from word `clauseStart` to the comma at `open` is a description of someone and a relative clause
 * on it ("The man who negotiated the deal"): a few words with a WordNet person noun, then "who".
 */
function describedByRelative(context: AttributionContext, clauseStart: number, open: number): boolean {
  const { words } = context;
  const first = firstWordFrom(context, words[clauseStart]?.start ?? 0);
  for (let index = first; index < open && index <= first + MAX_RELATIVE_ANTECEDENT_WORDS; index++) {
    const word = words[index] as TaggedWord;
    if (/^who$/i.test(word.text))
      return index > first && words.slice(first, index).some((part) => isWrittenRoleNoun(part.text));
    if (!['DET', 'ADJ', 'NOUN'].includes(word.pos)) return false;
  }
  return false;
}

/**
 * The preposition of affiliation governing the noun phrase that ends at word `end`, or -1 (not "blames the media for
 * Trump's claim", whose words are Trump's).
 */
function prepositionBefore(context: AttributionContext, end: number, clauseStart: number): number {
  const { words } = context;
  let named = false;
  for (let position = end; position >= clauseStart && end - position < MAX_GOVERNED_WORDS; position--) {
    const word = words[position] as TaggedWord;
    const preposition = word.text.toLowerCase();
    if (AFFILIATION.has(preposition) || (CIRCUMSTANCE.has(preposition) && !named))
      return position < end ? position : -1;
    if (!GOVERNED_PHRASE.has(word.pos)) return -1;
    named ||= word.pos === 'PROPN';
  }
  return -1;
}

/**
 * The comma opening the verbless appositive part that ends at word `end`, when a mention stands before it; else -1.
 * A present participle is no verb of the part ("Cristina Jimenez, the managing director for United We Dream, an
 * advocacy group …, told"; "…, a group campaigning for them, told").
 */
function appositivePartStart(context: AttributionContext, end: number, clauseStart: number): number {
  const { words, mentionEndingAt } = context;
  let open = end;
  while (open >= clauseStart && (words[open] as TaggedWord).text !== ',') {
    if ((words[open] as TaggedWord).pos === 'VERB' && !/ing$/i.test((words[open] as TaggedWord).text)) return -1;
    open--;
  }
  return open > clauseStart && mentionEndingAt.has((words[open - 1] as TaggedWord).end) ? open : -1;
}

/** The first mention from word `clauseStart` to `end` not governed by a preposition: the clause's subject. */
function firstSubjectOfClause(context: AttributionContext, clauseStart: number, end: number): CueResult | 'none' {
  const { words, mentionStartingAt } = context;
  for (let position = clauseStart; position < end; position++) {
    const word = words[position] as TaggedWord;
    const mention = mentionStartingAt.get(word.start);
    const before = words[position - 1];
    if (!mention || (before && PREPOSITIONS.has(before.text.toLowerCase()))) continue;
    // "Party leaders came out and stated": a name modifying a noun is not the subject; but "Farm machinery dealer
    // Bob Houtz tilts back … and tells": a name closing the noun phrase is its head.
    let next = indexOfWordStartingAt(context, mention.start) + 1 + countWordsIn(context, mention);
    const after = words[next];
    if (!after || !['NOUN', 'PROPN'].includes(after.pos)) return speakerOf(context, mention);
    while (words[next]?.pos === 'NOUN' && !mentionStartingAt.has((words[next] as TaggedWord).start)) next++;
    const head = mentionStartingAt.get(words[next]?.start ?? -1);
    return head?.kind === 'person' ? speakerOf(context, head) : abstain;
  }
  return 'none';
}

/** Words of an appositive's description: "a White House adviser", "the party's deputy leader". */
const APPOSITIVE_WORDS = new Set(['ADJ', 'NOUN', 'PROPN', 'PART']);
const MAX_APPOSITIVE_WORDS = 6;

/**
 * The person named before ", a/the <description>" that ends at word `end` with a word for a kind of person, or
 * undefined.
 */
function personBeforeAppositive(
  context: AttributionContext,
  end: number,
  clauseStart: number,
): EntityMention | undefined {
  const { words, mentionEndingAt } = context;
  if (!ROLE_NOUNS.has(words[end]?.text.toLowerCase() ?? '')) return undefined;
  let position = end;
  while (position > end - MAX_APPOSITIVE_WORDS && APPOSITIVE_WORDS.has(words[position]?.pos ?? '')) position--;
  if (!/^(?:a|an|the)$/i.test(words[position]?.text ?? '') || words[position - 1]?.text !== ',') return undefined;
  const named = mentionEndingAt.get(words[position - 2]?.end ?? -1);
  return named?.kind === 'person' && indexOfWordStartingAt(context, named.start) >= clauseStart ? named : undefined;
}
