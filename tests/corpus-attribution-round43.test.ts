import { describe, expect, it } from 'vitest';
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

  it('is someone else\'s after an object in between (a guard: "told the judge about her")', () => {
    expect(
      speakersOf(
        'The actress Zarifa Tabrizi is to be deported. Tabrizi told the judge about her visa: "I have done nothing wrong." Bisrat Mekonnen, a police officer, said Tabrizi would be sent home. "She was warned last year," he said.',
      ),
    ).toEqual([
      ['I have done', 'Zarifa Tabrizi'],
      ['She was warned', 'Zarifa Tabrizi'],
    ]);
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
