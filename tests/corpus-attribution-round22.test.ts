import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 22: forms the spent BBC held-out split of round 21 (now dev10) showed the corpus getting wrong. Each case is
// constructed, and each failed before its rule.
describe('attribution forms of round 22', () => {
  it('opens a new quotation after a colon when the closing mark before it was lost, without the narration', () => {
    const text =
      'Mr Okafor, who was held for a year, said: "I lost a year of my life. He added: "They wanted to break me but they made me stronger." Mr Okafor was freed in January.';
    expect(speakersOf(text)).toEqual([
      ['I lost a', 'Okafor'],
      ['They wanted to', 'Okafor'],
    ]);
    const corpus = buildCorpus([{ id: 'article.txt', text: `A test article\n\n${text}` }]);
    expect(corpus.documents[0]?.quotations.map((quotation) => quotation.text)).toEqual([
      'I lost a year of my life.',
      'They wanted to break me but they made me stronger.',
    ]);
  });

  it('reads a titled name after "with" as the subject of the reporting gerund', () => {
    expect(
      speakersOf(
        'The striker missed the match, with United manager Paul Rendell claiming it had been a "difficult week" for him.',
      ),
    ).toEqual([['difficult week', 'Paul Rendell']]);
  });
});
