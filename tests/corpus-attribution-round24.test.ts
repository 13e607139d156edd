import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Rounds 24 and 25: forms the spent BBC held-out splits of rounds 23 and 24 (now dev12 and dev13) showed the corpus
// getting wrong. Each case is constructed, and each failed before its rule.
describe('attribution forms of rounds 24 and 25', () => {
  it('ends a description before a courtesy title opening a name', () => {
    expect(
      speakersOf('In the Cosmopolitan interview Mr Howard said: "I believe abortion should be available to everyone."'),
    ).toEqual([['I believe abortion', 'Howard']]);
  });

  it('takes no one the article gives another office for whom a definite title describes', () => {
    expect(
      speakersOf(
        'There was gossip about his rift with Chancellor Gordon Brown. The prime minister talked about a "manifesto for all sections of society".',
      ),
    ).toEqual([['manifesto for all', null]]);
    // The same office, abbreviated, is no other office.
    expect(speakersOf('Sen. Ann Hale spoke first. The senator called the plan "a disgrace".')).toEqual([
      ['a disgrace', 'Ann Hale'],
    ]);
  });
});
