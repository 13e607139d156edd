import { describe, expect, it } from 'vitest';
import { findPageFurniture } from '../src/corpus/find-page-furniture.js';

const furnitureOf = (text: string) => findPageFurniture(text).map((span) => text.slice(span.start, span.end));

describe('findPageFurniture', () => {
  it('finds both markers of a picture: "Image copyright Reuters Image caption …"', () => {
    expect(furnitureOf('Intro.\nImage copyright Carly Bigby Image caption There are babies on board\nMore.')).toEqual([
      'Image copyright',
      'Image caption',
    ]);
  });

  it('and the openers of a video, a share bar and a caption toggle', () => {
    expect(
      furnitureOf(
        [
          'Media playback is unsupported on your device Media caption Why the numbers grow',
          'Facebook Twitter Pinterest Facebook has faced a backlash. Photograph: Bloomberg',
          'Hide caption A man lights a candle.',
        ].join('\n'),
      ),
    ).toEqual([
      'Media playback is unsupported on your device',
      'Media caption',
      'Facebook Twitter Pinterest',
      'Hide caption',
    ]);
  });

  it('not inside a sentence: "The image caption read …", "a Media caption contest"', () => {
    expect(furnitureOf('The image caption read “no”.\nShe won a Media caption contest.')).toEqual([]);
  });

  it('finds a stock quote inside a sentence: "said Neptune Wellness Solutions Inc. NEPT, +3.5% in a statement"', () => {
    expect(
      furnitureOf('said Neptune Wellness Solutions Inc. NEPT, +3.5% in a statement, and ETF XLE, -1.21% closed'),
    ).toEqual(['NEPT, +3.5%', 'XLE, -1.21%']);
  });

  it('but not a figure after a name: "Florida, +3.5% on the year"', () => {
    expect(furnitureOf('Florida, +3.5% on the year; US, 4% more.')).toEqual([]);
  });

  it('takes a whole CNN video widget paragraph, but not a sentence that only opens like one', () => {
    const widget =
      'JUST WATCHED See brutal anti-ISIS video Replay More Videos ... MUST WATCH See brutal anti-ISIS video 03:28';
    expect(furnitureOf(`${widget}\nJUST WATCHED the debate, she said.`)).toEqual([widget]);
  });
});
