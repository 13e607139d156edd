import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 58: forms the Reuters development splits (dev to dev16) and the other development sets showed the corpus
// getting wrong. Each case is constructed, and each failed before its rule.
describe('words going on from a quotation whose cue names no one', () => {
  it('go on with no one, not with whom the corpus-wide rules read that cue as ("Blair\'s official spokesman said")', () => {
    expect(
      speakersOf(
        'Prime Minister Tony Blair met them. Prime Minister Tony Blair\'s official spokesman said: "Obviously we will need to study this judgment. "I can\'t say anything further for obvious reasons."',
      ),
    ).toEqual([
      ['Obviously we will', null],
      ["I can't say", null],
    ]);
  });
});

describe('a quoted predicate inside a reported clause', () => {
  it('is not the words of the person it follows ("Rubio\'s catch phrase was that Crist “would say or do anything”")', () => {
    expect(
      speakersOf(
        'Senator Marco Rubio ran against Charlie Crist. Rubio’s catch phrase in that election was that Crist “would say or do anything to win an election.”',
      ),
    ).toEqual([['would say or', null]]);
  });

  it('still credits one opening its sentence (Mrs. Geraghty “will beat the bushes”)', () => {
    expect(
      speakersOf('Helen Tieken Geraghty left today. Mrs. Geraghty “will beat the bushes for oriental talent”.'),
    ).toEqual([['will beat the', 'Helen Tieken Geraghty']]);
  });
});

describe("a body after a verb and its determiner is the verb's object", () => {
  it('"Trump’s nominee to head the Department of Homeland Security told" is not the department', () => {
    expect(
      speakersOf(
        'Donald Trump’s nominee to head the Department of Homeland Security told a Senate committee on Wednesday there was no need to build a wall “from sea to shining sea” in remarks.',
      ),
    ).toEqual([['from sea to', null]]);
  });
});

describe('a name straight after "said"', () => {
  it('opens the clause "said" reports, as "say" takes no one for its object ("… and said he would never call Kim …")', () => {
    expect(
      speakersOf(
        'Kim Jong Un spoke. Trump said Kim had called him “old” and said he would never call Kim “short and fat.”',
      ),
    ).toContainEqual(['short and fat.', 'Trump']);
  });
});

describe('a hyphenated head of a description', () => {
  it('is a title by its last part: "the three-judge-panel of the Court of Appeals said" names no one', () => {
    expect(
      speakersOf(
        'President Donald Trump banned them. In a six-page order, the three-judge-panel of the U.S. Court of Appeals for the District of Columbia Circuit said the administration had “not shown a strong likelihood that they will succeed.”',
      ),
    ).toEqual([['not shown a', null]]);
  });

  it('or by the part before "-elect": "the president-elect said" is the president-elect named before', () => {
    expect(speakersOf('President-elect Donald Trump met him. “We will build it,” the president-elect said.')).toEqual([
      ['We will build', 'Donald Trump'],
    ]);
  });
});
