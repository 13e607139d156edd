import { describe, expect, it } from 'vitest';
import { tagWords } from '../src/corpus/speakers/tag-words.js';

// wink-nlp keeps every unknown token it has read in one cache per instance, and its tokenizer leaves a token whole
// once the cache knows it (winkjs/wink-nlp#143 reports the tagging side): without care, a document's words depend
// on the documents read before it.
describe('tagging independent of what was read before', () => {
  it('splits a possessive the same way before and after reading it whole elsewhere', () => {
    const text = "Officials answered Mr. Blanding's critics on Tuesday.";
    const before = tagWords(text);
    tagWords("The agenda, including Mr. Blanding's, was praised.");
    const after = tagWords(text);
    expect(after).toEqual(before);
    expect(after.map((word) => word.text)).toContain('Blanding');
  });
});
