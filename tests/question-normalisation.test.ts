import { describe, expect, it } from 'vitest';
import { findAnswerSpan, findPlaceSpan } from '../src/answer/find-answer-span.js';
import { questionKind } from '../src/search/question-kind.js';
import { installedWordNet } from '../src/lexicon/wordnet.js';
import { predicateWords } from '../src/search/predicate-words.js';
import { lemmaTerms, searchTerm } from '../src/search/search-terms.js';
import { americanSpelling } from '../src/text/british-spellings.js';
import { correctTypo, indexForTypos, typoCandidates } from '../src/text/correct-typo.js';

describe('word normalisation shared by the index and questions', () => {
  it('maps British spellings to American ones before stemming', () => {
    expect(americanSpelling('defences')).toBe('defenses');
    expect(searchTerm('characterise')).toBe(searchTerm('characterized'));
    expect(searchTerm('programme')).toBe(searchTerm('program'));
  });

  it('gives the lemma of irregular forms that stemming misses', () => {
    expect(lemmaTerms('sat')).toContain(searchTerm('sit'));
    expect(lemmaTerms('tougher')).toContain(searchTerm('tough'));
  });
});

describe('typo correction', () => {
  const vocabulary = new Set(['syrian', 'constitutional', 'committee', 'summit', 'submit', 'talks', 'tasks']);

  it('corrects to the one close corpus word', () => {
    expect(correctTypo('syrain', vocabulary)).toBe('syrian');
    expect(correctTypo('consitutional', vocabulary)).toBe('constitutional');
    expect(correctTypo('commitee', vocabulary)).toBe('committee');
  });

  it('leaves short words, far words and ambiguous typos alone', () => {
    expect(correctTypo('tals', vocabulary)).toBeNull();
    expect(correctTypo('weather', vocabulary)).toBeNull();
    expect(correctTypo('sumbit', new Set(['summit', 'submit']))).toBeNull();
  });

  it('corrects from the indexed candidates exactly as from the whole vocabulary', () => {
    const index = indexForTypos(vocabulary);
    const misspellings = [...vocabulary].flatMap((word) => [
      `${word.slice(0, 2)}${word.slice(3)}`,
      `${word.slice(0, 3)}${word.slice(4, 5)}${word.slice(3, 4)}${word.slice(5)}`,
      `x${word.slice(1)}`,
      `${word}ss`,
    ]);
    const corrected = misspellings.map((word) => correctTypo(word, typoCandidates(word, index)));
    expect(corrected).toEqual(misspellings.map((word) => correctTypo(word, vocabulary)));
    expect(corrected.filter((word) => word !== null).length).toBeGreaterThan(misspellings.length / 4);
  });
});

describe('WordNet', () => {
  it("gives synonyms and derivations of a lemma's frequent senses", () => {
    const wordNet = installedWordNet();
    expect(wordNet.related('speak', 'verb', 2).synonyms).toContain('talk');
    expect(wordNet.related('react', 'verb', 2).derivations).toContain('reaction');
    expect(wordNet.related('zzzz', 'noun', 2)).toEqual({
      synonyms: [],
      derivations: [],
      derivedSynonyms: [],
      broader: [],
      narrower: [],
      typicalNarrower: [],
    });
  });
});

describe('answer types', () => {
  it.each([
    ['When does New START expire?', 'when'],
    ['what date was the RT article published', 'when'],
    ['how long did they talk', 'how_long'],
    ['How many warships were sent?', 'how_many'],
    ['Where did they meet?', 'where'],
    ['Who is Geng Shuang?', 'who'],
    ['did putin and pompeo talk about ukraine', 'yes_no'],
    ['What did Lavrov say?', 'open'],
  ] as const)('%s is a %s question', (question, kind) => {
    expect(questionKind(question)).toBe(kind);
  });

  it('finds the date, duration or number a passage gives, nearest the topic', () => {
    const text = 'On Monday, Guaido requested help, in the wake of a failed coup attempt on April 30.';
    const span = findAnswerSpan('when', text, [text.indexOf('coup')]);
    expect(span && text.slice(span.start, span.end)).toBe('April 30');
    const call = 'Trump talked to Putin on the phone for an hour last Friday.';
    const duration = findAnswerSpan('how_long', call, []);
    expect(duration && call.slice(duration.start, duration.end)).toBe('for an hour');
    expect(findAnswerSpan('how_many', 'On May 8 the US imposed sanctions.', [])).toBeNull();
  });
});

describe('words that say what happened, not what about', () => {
  const wordNet = installedWordNet();
  const predicatesOf = (question: string) =>
    [...predicateWords(question, wordNet)].map((start) => question.slice(start).split(/\W/)[0]);

  it('takes the bare verb after a do-support auxiliary, even where the tagger reads a noun', () => {
    expect(predicatesOf('What did Pompeo post on twitter after Sochi')).toContain('post');
    expect(predicatesOf('Did the Americans praise Russia for anything?')).toContain('praise');
  });

  it('leaves the subject and the things named alone', () => {
    const predicates = predicatesOf('Did the Americans praise Russia for anything?');
    expect(predicates).not.toContain('Americans');
    expect(predicates).not.toContain('Russia');
    expect(predicatesOf('What did the pope say about arms control?')).not.toContain('pope');
  });

  it('gives narrower kinds of a noun from WordNet ("ship": "warship")', () => {
    expect(wordNet.related('ship', 'noun', 2).narrower).toContain('warship');
    expect(wordNet.senseCount('post', 'verb')).toBeGreaterThan(0);
    expect(wordNet.senseCount('pope', 'verb')).toBe(0);
  });

  it('reads a country\'s adjective through WordNet\'s pertainym pointers ("Chinese": China)', () => {
    expect(wordNet.pertainsTo('chinese')).toContain('china');
    expect(wordNet.pertainsTo('ukrainian')).toContain('ukraine');
  });
});

describe('places', () => {
  const place = (text: string, question: string, after: string) => {
    const named = new Set(question.toLowerCase().split(/\W+/));
    const span = findPlaceSpan(text, named, [text.indexOf(after)]);
    return span && text.slice(span.start, span.end);
  };

  it('takes a place the question does not name, a few words after the word asked about', () => {
    expect(place('Pompeo met Lavrov in Finland earlier this week.', 'Where had they met before Sochi?', 'met')).toBe(
      'Finland',
    );
  });

  it('skips the places the question names, dates, and places far from what is asked', () => {
    const text =
      'They held meetings in Sochi and discussed a range of security issues including the situations in Syria in February.';
    expect(place(text, 'Where were the meetings before Sochi?', 'meetings')).toBeNull();
  });
});
