import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 81: forms the development splits (AllSides dev to dev32, Reuters dev to dev32, BBC, PolNeAR train, Brown)
// showed the corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('a name set off by a definite description a role noun heads', () => {
  const text = (description: string) =>
    `Ben Carter said more money was needed. Vanita Rao, ${description}, said the protests reflected a consensus. “Reform alone will not solve it,” she said.`;

  it('is a person whose pronoun the next quotation takes: "Vanita Rao, the former civil rights chief, said"', () => {
    expect(speakersOf(text('the former civil rights chief at the Justice Department'))).toEqual([
      ['Reform alone will', 'Vanita Rao'],
    ]);
  });

  it('is not when the description names a thing: "Vanita Rao, the old river port, said"', () => {
    expect(speakersOf(text('the old river port'))).toEqual([['Reform alone will', null]]);
  });
});
