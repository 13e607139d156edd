import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, type SourceText } from '../src/corpus/build-corpus.js';
import type { Corpus } from '../src/corpus/corpus-types.js';
import { buildQuoteIndex } from '../src/quotes/quote-index.js';
import { SEEDS_DIR } from './helpers/seed-corpus.js';

const seeds: SourceText[] = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((id) => ({ id, text: readFileSync(path.join(SEEDS_DIR, id), 'utf8') }));
const corpus = buildCorpus(seeds);
const previous = buildQuoteIndex(corpus);
const [first, second, ...rest] = corpus.documents;
if (!first || !second) throw new Error('The seeds have fewer than two documents.');
// The first document with words no other document has before it: term ids, unit ids and positions all move.
const changedFirst = buildCorpus([
  {
    ...(seeds[0] as SourceText),
    text: `${seeds[0]?.text}\nZanzibar quokkas met, a spokesman said, "and will meet again."\n`,
  },
]).documents[0];
if (!changedFirst) throw new Error('The changed document was not built.');

/** The index of `documents` built reusing `previous`, against one built from scratch. */
function expectReuseEqualsBuild(documents: Corpus['documents']): void {
  const next: Corpus = { ...corpus, documents };
  expect(buildQuoteIndex(next, previous)).toEqual(buildQuoteIndex(next));
}

describe('a quote index built from the previous one', () => {
  it('equals a build from scratch when the first document changes', () => {
    expectReuseEqualsBuild([changedFirst, second, ...rest]);
  });

  it('equals a build from scratch when a document is removed or added', () => {
    expectReuseEqualsBuild([second, ...rest]);
    expectReuseEqualsBuild([first, changedFirst, second, ...rest]);
  });

  it('equals a build from scratch when the documents come in another order', () => {
    expectReuseEqualsBuild([...rest, second, first]);
  });
});
