import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 54: forms the Reuters development splits (US political news of 2017) showed the corpus getting wrong. Each
// case is constructed, and each failed before its rule.
describe('a word for a kind of person that is no forename, before a name', () => {
  it('ends the title, so the name and its gender are found ("Alabama Democrat Doug Jones")', () => {
    expect(
      speakersOf(
        'Alabama Democrat Doug Jones won the race. Roy Moore, the conservative Christian Republican, did not concede. Jones said he was confident. “It is time to move on,” he said.',
      ),
    ).toEqual([['It is time', 'Doug Jones']]);
  });
});
