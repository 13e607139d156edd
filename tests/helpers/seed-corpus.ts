import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../../src/corpus/build-corpus.js';
import type { Corpus } from '../../src/corpus/corpus-types.js';

export const SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');
export const RT = '000_850cf3de63addd31.txt';
export const SPUTNIK = '003_35b4c60fcfc4f624.txt';

/** The seed corpus, built in memory the same way the app builds it. */
export function loadSeedCorpus(): Corpus {
  const ids = readdirSync(SEEDS_DIR)
    .filter((name) => /\.(?:txt|md)$/.test(name))
    .sort();
  return buildCorpus(ids.map((id) => ({ id, text: readFileSync(path.join(SEEDS_DIR, id), 'utf8') })));
}
