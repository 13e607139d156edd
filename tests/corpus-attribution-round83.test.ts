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

describe('a name in a line set in title case', () => {
  it('ends before a common word after the forename and surname', () => {
    expect(
      speakersOf(
        'Johnson said on Friday that Parliament would act. “We will get on with delivering Brexit,” Johnson said.',
        'Earlier:',
        'Boris Johnson Revives No-Deal Brexit Threat With Change to Law',
      ),
    ).toEqual([['We will get', 'Boris Johnson']]);
  });

  it('keeps a word the document writes capitalised inside a sentence of its own', () => {
    expect(
      speakersOf(
        'Isaac Stone Fish Warns Against Abetting Pyongyang',
        '“Let us not abet the deaths of thousands of children,” wrote Fish, a columnist.',
      ),
    ).toEqual([['Let us not', 'Isaac Stone Fish']]);
  });

  it('keeps a byline whole', () => {
    expect(
      speakersOf(
        '“Let us not abet the deaths of thousands of children,” wrote a columnist.',
        'Isaac Stone Fish, Washington Post',
        '“Trump’s defenders will say this,” Fish wrote.',
      ),
    ).toEqual([
      ['Let us not', null],
      ['Trump’s defenders will', 'Isaac Stone Fish'],
    ]);
  });
});

describe('a name whose hyphened given name follows the family name', () => {
  it('is referred back to by the family name', () => {
    expect(
      speakersOf(
        'U.N. Secretary-General Ban Ki-moon arrived in Seoul on Monday.',
        'Mr. Ban said that “every hour counts.”',
        '“We cannot wait,” Ban said.',
      ),
    ).toEqual([
      ['every hour counts.', 'Ban Ki-moon'],
      ['We cannot wait', 'Ban Ki-moon'],
    ]);
  });

  it('still speaks as a name no forename list knows', () => {
    expect(
      speakersOf(
        'Kim is ready to invite experts to the test site.',
        '“The range of inspection is what matters,” Shin Beom-chul, a senior fellow at a policy institute, told reporters.',
      ),
    ).toEqual([['The range of', 'Shin Beom-chul']]);
  });
});
