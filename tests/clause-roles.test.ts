import { describe, expect, it } from 'vitest';
import { tagWords } from '../src/corpus/speakers/tag-words.js';
import { headsOf, parseRoles, type Phrase } from '../src/answer/clause-roles.js';

interface ReadClause {
  readonly verb: string;
  readonly agent: string | null;
  readonly patient: string | null;
  readonly obliques: readonly string[];
  readonly passive: boolean;
}

/** Each verb's roles as words, the way a reader checks them. */
function roles(sentence: string): ReadClause[] {
  const words = tagWords(sentence);
  const text = (phrase: Phrase | null) =>
    phrase
      ? words
          .slice(phrase.start, phrase.end)
          .map((word) => word.text)
          .join(' ')
      : null;
  return parseRoles(words).clauses.map((clause) => ({
    verb: words[clause.verb]?.text ?? '',
    agent: text(clause.agent),
    patient: text(clause.patient),
    obliques: clause.obliques.map((oblique) => `${oblique.preposition} ${text(oblique.phrase)}`),
    passive: clause.passive,
  }));
}

function clauseOf(sentence: string, verb: string): ReadClause {
  const found = roles(sentence).find((clause) => clause.verb === verb);
  if (!found) throw new Error(`no clause for ${verb} in ${sentence}`);
  return found;
}

describe('a shallow reading of who does what to whom', () => {
  it('reads an active clause: subject, object and prepositional roles', () => {
    const clause = clauseOf('The United States imposed sanctions on Iran.', 'imposed');
    expect(clause).toEqual({
      verb: 'imposed',
      agent: 'The United States',
      patient: 'sanctions',
      obliques: ['on Iran'],
      passive: false,
    });
  });

  it('reads the passive: the "by" phrase does it, the subject has it done', () => {
    const clause = clauseOf('The sanctions were imposed by Washington on Tehran.', 'imposed');
    expect(clause.passive).toBe(true);
    expect(clause.agent).toBe('Washington');
    expect(clause.patient).toBe('The sanctions');
    expect(clause.obliques).toContain('on Tehran');
  });

  it('keeps a passive without "by" active in form: its subject is all it names', () => {
    expect(clauseOf('Russia is prepared to return to talks.', 'prepared')).toMatchObject({
      agent: 'Russia',
      passive: false,
    });
  });

  it('reads a possessive as a phrase that owns the next one', () => {
    const words = tagWords("how did north korea respond to russia's offer of support");
    const [possession] = parseRoles(words).possessions;
    expect(possession && words[possession.possessor.start]?.text).toBe('russia');
    expect(possession && words[possession.possessed.start]?.text).toBe('offer');
    expect(clauseOf("how did north korea respond to russia's offer of support", 'respond')).toMatchObject({
      agent: 'korea',
      obliques: ['to russia', 'of support'],
    });
  });

  it('skips prepositional phrases between a subject and its verb', () => {
    const sentence = 'Kremlin aide Yury Ushakov later on Tuesday said Putin during his meeting informed Pompeo.';
    expect(clauseOf(sentence, 'said').agent).toBe('Kremlin aide Yury Ushakov');
    // The tagger reads "informed" as an adjective between two names: it is the verb.
    expect(clauseOf(sentence, 'informed')).toMatchObject({ agent: 'Putin', patient: 'Pompeo' });
  });

  it('does not take a fronted phrase of time or topic for the subject', () => {
    expect(clauseOf('On May 8, to mark the occasion the United States imposed sanctions.', 'mark').agent).toBeNull();
    expect(clauseOf('On North Korea, Lavrov affirmed that Russia was ready.', 'affirmed').agent).toBe('Lavrov');
  });

  it('gives a verb after "and" the subject of the verb before it, and an infinitive its controller', () => {
    const sentence = 'The US blamed Russia partially for the collapse and urged Moscow to stay out of Venezuela.';
    expect(clauseOf(sentence, 'urged')).toMatchObject({ agent: 'The US', patient: 'Moscow' });
    expect(clauseOf(sentence, 'stay').agent).toBe('Moscow');
    expect(clauseOf('Lavrov said that Russia was "prepared to support" a dialogue.', 'support')).toMatchObject({
      agent: 'Russia',
      patient: 'a dialogue',
    });
  });

  it('gives an infinitive of purpose after an object that names no one the subject of the verb before', () => {
    const sentence = 'Washington sent an aircraft carrier group to the region to send a message.';
    expect(clauseOf(sentence, 'send')).toMatchObject({ agent: 'Washington', patient: 'a message' });
  });

  it('reads the subject of a clause after a preposition that is also a conjunction, and after "for ... to"', () => {
    expect(clauseOf('Iran acted after Washington piled up sanctions on the country.', 'piled').agent).toBe(
      'Washington',
    );
    expect(clauseOf('Russia will accept an invitation for Putin to meet with Trump.', 'meet').agent).toBe('Putin');
  });

  it('reads a relative clause with the phrase before "who", and a subject with its "of" phrase', () => {
    expect(clauseOf('It was the US who shied away from the negotiations.', 'shied').agent).toBe('the US');
    expect(
      clauseOf('US Secretary of State Mike Pompeo and Lavrov discussed a range of issues.', 'discussed').agent,
    ).toBe('US Secretary of State Mike Pompeo and Lavrov');
  });

  it('joins a list into one phrase, with a head for each of its parts', () => {
    const sentence = 'Russia, China and several other countries still recognize Maduro.';
    const words = tagWords(sentence);
    const clause = parseRoles(words).clauses[0];
    expect(clause?.agent && headsOf(words, clause.agent).map((at) => words[at]?.text)).toEqual([
      'Russia',
      'China',
      'countries',
    ]);
    // "the trump putin phone call" is one thing: its head is the call, not the names before it.
    const question = tagWords('what did the trump putin phone call cover');
    const asked = parseRoles(question).clauses[0];
    expect(asked?.agent && headsOf(question, asked.agent).map((at) => question[at]?.text)).toEqual(['call']);
  });

  it('reads a gerund the tagger takes for a verb, between a noun and a verb, as the head of the subject', () => {
    expect(clauseOf('did the ukraine fighting come up between putin and pompeo', 'come').agent).toBe(
      'the ukraine fighting',
    );
  });

  it('keeps a word in -ing a verb after a form of "be", or before an object', () => {
    expect(clauseOf('what was lavrov saying happened in sochi', 'saying').agent).toBe('lavrov');
    expect(clauseOf('Pompeo and Lavrov discussed Russia fighting terrorism', 'fighting').agent).toBe('Russia');
  });
});
