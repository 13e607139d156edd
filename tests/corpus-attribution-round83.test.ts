import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 83: forms the development splits (AllSides dev to dev36, Reuters dev to dev32, BBC, PolNeAR train, Brown)
// showed the corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('a surname with a title', () => {
  it('refers back to the one of that surname already named, not to one named only later', () => {
    expect(
      speakersOf(
        'British prime minister David Cameron said he would act. A video showed the killing of aid worker David Haines.',
        'In the video, Mr Haines denounced Mr Cameron for working with the United States.',
        '“Our leaders cannot find the courage to say no,” he said.',
        'Mr Haines’s brother Mike Haines spoke on Sunday.',
      ),
    ).toEqual([['Our leaders cannot', 'David Haines']]);
  });
});
