import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 33: forms the spent BBC held-out splits of round 32 (now dev22 and dev23) showed the corpus getting wrong.
// Each case is constructed, and each failed before its rule.
describe('attribution forms of round 33', () => {
  it('lets a titled subject after a linking adverb turn the story from the last speaker', () => {
    expect(
      speakersOf(
        '"The plan is a gimmick," said Mr Davis. Earlier Lib Dem home affairs spokesman Mark Oaten said the plan was right in part. "But it will only work with more money."',
      ),
    ).toEqual([
      ['The plan is', 'Davis'],
      ['But it will', 'Mark Oaten'],
    ]);
  });

  it('reads "It said" as the one body whose words the sentence before reports', () => {
    expect(
      speakersOf(
        'The government should change the law to protect workers, the TUC has said.',
        'It said 1,500 "safety whistleblowers" had lost their jobs since 1999.',
      ),
    ).toEqual([['safety whistleblowers', 'TUC']]);
  });
});
