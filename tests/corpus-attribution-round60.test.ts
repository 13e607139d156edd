import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 60: forms the Reuters development splits (dev to dev20) showed the corpus getting wrong. Each case is
// constructed, and each failed before its rule.
describe('a sentence after a question or exclamation that closes a quotation', () => {
  const before =
    'Judge Barbara Keenan asked why nationality mattered. “Could he ban the entry of all men?” Keenan asked. ';

  it('is its cue only when its verb is one of saying: "Mooppan pointed to previous bans" is a new sentence', () => {
    expect(
      speakersOf(
        `${before}“If most attacks are committed by men, aren’t we protecting this country?” Hashim Mooppan pointed to previous bans by Jimmy Carter as examples.`,
      ).at(-1),
    ).toEqual(['If most attacks', 'Barbara Keenan']);
  });

  it('as "Mooppan told the judge" is', () => {
    expect(
      speakersOf(
        `${before}“If most attacks are committed by men, aren’t we protecting this country?” Hashim Mooppan told the judge in reply.`,
      ).at(-1),
    ).toEqual(['If most attacks', 'Hashim Mooppan']);
  });
});
