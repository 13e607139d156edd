import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 78: forms the development splits (AllSides dev to dev26, Reuters dev to dev32, BBC, PolNeAR train, Brown)
// showed the corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('a firm named before its chief', () => {
  it('speaks as itself, not as the chief: "Tesla CEO Elon Musk …. PST Tesla has said"', () => {
    expect(
      speakersOf(
        'When Tesla CEO Elon Musk introduced a cheaper car, he cut the price.',
        'Tesla declined to comment.',
        'UPDATE: Dec. 3, 2018, 3:19 p.m. PST Tesla has said it supports a "level playing field" for all.',
      ),
    ).toEqual([['level playing field', 'Tesla']]);
  });
});
