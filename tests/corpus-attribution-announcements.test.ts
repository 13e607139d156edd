import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 12: words announced before they are quoted, and a body quoted through "it". Each case is constructed, and
// each credited nobody before its rule.
describe('announced quotations', () => {
  it('credits the subject of a clause whose object is a reporting noun before a colon', () => {
    expect(
      speakersOf(
        'Commenting on the campaign, Field Marshal Lord Ames makes many frank and provocative remarks:',
        '“When in doubt as to two courses of action, a general should choose the bolder.”',
      ),
    ).toEqual([['When in doubt', 'Ames']]);
  });

  it('credits the subject who has something "to say" before a colon', () => {
    expect(
      speakersOf(
        'Brooding about future wars, Gen. Hugh Marlow has this to say:',
        '“The Asian fighting man is at least equally brave, and often better trained.”',
      ),
    ).toEqual([['The Asian fighting', 'Hugh Marlow']]);
  });

  it('goes on with the announced speaker through paragraphs that are each one quotation', () => {
    expect(
      speakersOf(
        'Commenting on the campaign, Field Marshal Lord Ames makes many frank and provocative remarks:',
        '“When in doubt as to two courses of action, a general should choose the bolder.”',
        '“The commander has failed in his duty if he has not won the battle.”',
        'The book ends in Rangoon. Its soldiers had been told to hold “the line at any cost”.',
      ),
    ).toEqual([
      ['When in doubt', 'Ames'],
      ['The commander has', 'Ames'],
      ['the line at', null],
    ]);
  });

  it('does not go on through quoted paragraphs that no colon announced', () => {
    expect(
      speakersOf(
        'The gas station man stuck the nozzle in the tank. “What kind of car is it”?? Harold Dobbs asked.',
        '“It is a British car, the smallest they make.”',
        '“Does it get much mileage on the road?”',
      ),
    ).toEqual([
      ['What kind of', 'Harold Dobbs'],
      ['It is a', null],
      ['Does it get', null],
    ]);
  });
});

describe('a body quoted through "it"', () => {
  it('resolves "it" to a body opening the sentence before after a linking conjunction', () => {
    // A body named only in lower case is credited by the description it is quoted under ("the jury"); only a
    // capitalised name the document gives ("the Tax Court") is the canonical name of a body.
    expect(
      speakersOf(
        'The county grand jury met on Monday. But the jury conceded that the new rules “will add to the cost of every trial in the county”. Then it added: “No court can afford more delay this year.”',
      ),
    ).toEqual([
      ['will add to', 'the jury'],
      ['No court can', 'the jury'],
    ]);
  });
});
