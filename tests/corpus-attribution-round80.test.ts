import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 80: forms the development splits (AllSides dev to dev30, Reuters dev to dev32, BBC, PolNeAR train, Brown)
// showed the corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('a title quoted between a cue and the words it reports', () => {
  it('bounds no cue: "John Bolton … said in an interview with ABC’s “This Week” that … “deliverables”"', () => {
    expect(
      speakersOf(
        'John Bolton, Trump’s national security adviser, said in an interview with ABC’s “This Week” that the United States would not be looking for “deliverables” and that the meeting would be “unstructured.”',
      ),
    ).toEqual([
      ['This Week', null],
      ['deliverables', 'John Bolton'],
      ['unstructured.', 'John Bolton'],
    ]);
  });
});
