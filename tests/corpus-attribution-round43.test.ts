import { describe, expect, it } from 'vitest';
import { findDocumentEntities } from '../src/corpus/speakers/document-entities.js';
import { tagWords } from '../src/corpus/speakers/tag-words.js';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 43: forms the spent BBC held-out splits of round 42 (now dev42 and dev43) showed the corpus getting wrong.
// Each case is constructed, and each failed before its rule.
describe("a possessive in the subject's own clause", () => {
  it('gives the gender no forename list knows, so "he" is not her ("on her mobile phone")', () => {
    expect(
      speakersOf(
        'The actress Zarifa Tabrizi is to be deported. Tabrizi told a radio station on her mobile phone: "I have done nothing wrong." Bisrat Mekonnen, a police officer, said Tabrizi would be sent home. "She was warned last year," he said.',
      ),
    ).toEqual([
      ['I have done', 'Zarifa Tabrizi'],
      ['She was warned', 'Bisrat Mekonnen'],
    ]);
  });

  it('gives none when someone else stands in between (a guard: "told the judge about her visa")', () => {
    const text = 'The actress Zarifa Tabrizi is to be deported. Tabrizi told the judge about her visa.';
    const persons = findDocumentEntities(text, tagWords(text), []).persons;
    expect(persons.find((person) => person.name === 'Zarifa Tabrizi')?.gender).toBeNull();
  });
});

describe('an epithet after a sentence whose subject is a description', () => {
  it('stands for whom that description stands for ("But the Moroccan, …. said the 30-year-old")', () => {
    expect(
      speakersOf(
        'Olympic champion Karim Benali is set to race in France. But the Moroccan, who has not raced for years, will decide later. "I will go only if I can win," said the 30-year-old.',
      ),
    ).toEqual([['I will go', 'Karim Benali']]);
  });
});

describe('"was quoted as saying" after a quotation', () => {
  it('credits the subject quoted, not no one (the passive "quoted" has no agent to find)', () => {
    expect(
      speakersOf(
        'Club president Florian Hamm met the board. "I demand better transparency," he is quoted as saying. "We have no relations with them," Arsene Wenger was quoted as saying.',
      ),
    ).toEqual([
      ['I demand better', 'Florian Hamm'],
      ['We have no', 'Arsene Wenger'],
    ]);
  });
});
