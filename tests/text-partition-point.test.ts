import { describe, expect, it } from 'vitest';
import { spanContaining } from '../src/quotes/quote-index.js';
import { partitionPoint } from '../src/text/partition-point.js';

describe('partitionPoint', () => {
  it('counts the leading items that satisfy the predicate, at every length and cut', () => {
    for (let length = 0; length <= 9; length++) {
      for (let cut = 0; cut <= length; cut++) {
        const items = Array.from({ length }, (_, index) => index);
        expect(partitionPoint(items, (item) => item < cut)).toBe(cut);
      }
    }
  });

  it('works on typed arrays', () => {
    expect(partitionPoint(Int32Array.of(1, 3, 3, 7), (value) => value < 3)).toBe(1);
  });
});

describe('spanContaining', () => {
  const spans = [
    { start: 0, end: 5 },
    { start: 7, end: 10 },
    { start: 10, end: 12 },
  ];

  it('finds the span holding an offset, and none in a gap or past the end', () => {
    expect([0, 4, 5, 6, 7, 9, 10, 11, 12, 40].map((offset) => spanContaining(spans, offset))).toEqual([
      0, 0, -1, -1, 1, 1, 2, 2, -1, -1,
    ]);
  });
});
