import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 14: forms of British web news (BBC style) that the BBC development articles showed the corpus missing. Each
// case is constructed, and each failed before its rule.
describe('British web news forms', () => {
  it('re-opens a quotation after a paragraph break the web copy lost, crediting each part', () => {
    const text = [
      'A test article',
      'Mary Jones said: "We were slow to act. "We cannot deny that mistakes were made. "We will do better."',
    ].join('\n\n');
    const quotations = buildCorpus([{ id: 'a.txt', text }]).documents[0]?.quotations ?? [];
    expect(quotations.map((quotation) => [quotation.text, quotation.speaker])).toEqual([
      ['We were slow to act.', 'Mary Jones'],
      ['We cannot deny that mistakes were made.', 'Mary Jones'],
      ['We will do better.', 'Mary Jones'],
    ]);
  });

  it('still reads a quotation closed inside another as nested', () => {
    expect(speakersOf('Mary Jones said: "He told me. "Go home," and then he left."')).toEqual([
      ['He told me.', 'Mary Jones'],
    ]);
  });

  it('reads a party word before a title as part of the title, not as a person', () => {
    expect(
      speakersOf('Liberal Democrat leader Charles Kennedy attacked the plan. "How can it be right?" he asked.'),
    ).toEqual([['How can it', 'Charles Kennedy']]);
  });
});
