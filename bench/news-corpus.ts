/**
 * A large, realistic corpus for `npm run bench:large`: Brown articles (≈2,000 words each) cut into news-length
 * parts of about 500 words. Each round starts the cut at a different paragraph, so every file is distinct text.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { countWords, loadBrownArticles } from './brown-corpus.js';

export interface NewsCorpusStats {
  readonly files: number;
  readonly words: number;
  readonly bytes: number;
}

const WORDS_PER_ARTICLE = 500;

/** The paragraphs of one article (title line dropped), cut into runs of about `WORDS_PER_ARTICLE` words. */
function cutIntoParts(paragraphs: readonly string[], wordsPerPart: number = WORDS_PER_ARTICLE): string[][] {
  const parts: string[][] = [];
  let part: string[] = [];
  let words = 0;
  for (const paragraph of paragraphs) {
    part.push(paragraph);
    words += countWords(paragraph);
    if (words >= wordsPerPart) {
      parts.push(part);
      part = [];
      words = 0;
    }
  }
  if (part.length > 0 && words >= wordsPerPart / 2) parts.push(part);
  return parts;
}

/** Writes `count` news-length files (`news_00001.txt` ...) into `dir`; stops early only if Brown runs out. */
export async function writeNewsCorpus(dir: string, count: number): Promise<NewsCorpusStats> {
  const articles = await loadBrownArticles();
  await mkdir(dir, { recursive: true });
  let files = 0;
  let words = 0;
  let bytes = 0;
  for (let round = 0; files < count && round < 20; round++) {
    for (const article of articles) {
      // The first paragraph is the title line writeBrownCorpus adds; rotate the rest by the round.
      const paragraphs = article.text.trim().split('\n\n').slice(1);
      const shift = Math.floor((round * paragraphs.length) / 7);
      const rotated = [...paragraphs.slice(shift), ...paragraphs.slice(0, shift)];
      for (const [index, part] of cutIntoParts(rotated).entries()) {
        if (files >= count) break;
        files += 1;
        const text = `${[`Brown ${article.id}, part ${index + 1} of round ${round + 1} (${article.genre})`, ...part].join('\n\n')}\n`;
        await writeFile(path.join(dir, `news_${String(files).padStart(5, '0')}.txt`), text, 'utf8');
        words += countWords(text);
        bytes += Buffer.byteLength(text, 'utf8');
      }
    }
  }
  return { files, words, bytes };
}
