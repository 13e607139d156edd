import { describe, expect, it } from 'vitest';
import { emptyScore, precisionRecall, sameSpeaker, scoreArticle } from '../bench/attribution-score.js';

describe('attribution benchmark scoring', () => {
  it('accepts a surname or a fuller form of the labelled name, and nothing that contradicts it', () => {
    expect(sameSpeaker('Hughes', 'Charles E. Hughes')).toBe(true);
    expect(sameSpeaker('Charles Hughes', 'Charles E. Hughes')).toBe(true);
    expect(sameSpeaker('Howard Hughes', 'Charles E. Hughes')).toBe(false);
    expect(sameSpeaker('Charles', 'Charles E. Hughes')).toBe(false);
  });

  it("takes a peer's surname, not the place of the territorial designation", () => {
    expect(sameSpeaker('Faulkner', 'Lord Faulkner of Worcester')).toBe(true);
    expect(sameSpeaker('Worcester', 'Lord Faulkner of Worcester')).toBe(false);
    expect(sameSpeaker('Bank of England', 'Bank of England')).toBe(true);
  });

  it('takes the name before an epithet, not the epithet', () => {
    expect(sameSpeaker('Seneca', 'Seneca the Younger')).toBe(true);
    expect(sameSpeaker('Younger', 'Seneca the Younger')).toBe(false);
    expect(sameSpeaker('Pliny', 'Seneca the Younger')).toBe(false);
    expect(sameSpeaker('The Guardian', 'The Guardian')).toBe(true);
  });

  it('reads a typographic apostrophe in a name as a straight one', () => {
    expect(sameSpeaker('James O’Keefe', "James O'Keefe")).toBe(true);
    expect(sameSpeaker("O'Keefe", 'James O’Keefe')).toBe(true);
    expect(sameSpeaker('James O’Brien', "James O'Keefe")).toBe(false);
  });

  it('compares a name of single letters whole', () => {
    expect(sameSpeaker('B&B', 'B&B')).toBe(true);
    expect(sameSpeaker('M&S', 'B&B')).toBe(false);
  });

  it("takes a body's initialism for its name, either way round", () => {
    expect(sameSpeaker('International Monetary Fund', 'IMF')).toBe(true);
    expect(sameSpeaker('BCC', 'British Chamber of Commerce')).toBe(true);
    expect(sameSpeaker('M&S', 'Marks & Spencer')).toBe(true);
    expect(sameSpeaker('IMF', 'International Labour Organisation')).toBe(false);
    expect(sameSpeaker('Imf', 'International Monetary Fund')).toBe(false);
  });

  it('counts each error kind once and scores only named speakers', () => {
    const score = emptyScore();
    scoreArticle(
      score,
      [
        { start: 0, quote: 'a', speaker: 'Joe Chapman' },
        { start: 10, quote: 'b', speaker: 'Joe Chapman' },
        { start: 20, quote: 'c', speaker: null },
        { start: 30, quote: 'd', speaker: 'Ron Hansen' },
        { start: 40, quote: 'e', speaker: 'Ron Hansen' },
      ],
      [
        { start: 0, speaker: 'Chapman' },
        { start: 10, speaker: 'Dallas' },
        { start: 20, speaker: 'Chapman' },
        { start: 30, speaker: null },
        { start: 50, speaker: null },
      ],
    );
    expect(score.errors).toEqual({
      wrong_speaker: 1,
      missed_speaker: 1,
      spurious_speaker: 1,
      quotation_missed: 1,
      quotation_extra: 1,
    });
    const figures = precisionRecall(score.rightSpeakers, score.predictedSpeakers, score.labelledSpeakers);
    expect(figures.precision).toBeCloseTo(1 / 3);
    expect(figures.recall).toBeCloseTo(1 / 4);
    expect(figures.f1).toBeCloseTo(2 / 7);
  });
});
