/** Scores speaker attribution on hand-labelled news articles whose text is read from a copy outside this repository. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { type AttributionScore, emptyScore, sameSpeaker, scoreArticle } from './attribution-score.js';

/** The command line of a labelled-news bench, unchecked: `--data`, `--split` (dev by default), `--verbose`. */
export function benchOptions(): { data: string; split: string; verbose: boolean } {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: '' },
      split: { type: 'string', default: 'dev' },
      verbose: { type: 'boolean', default: false },
    },
  });
  return { data: values.data, split: values.split, verbose: values.verbose };
}

/**
 * Refuses a split labelled for a later round (`reservedRound`), unseen until then, and `--verbose` on the held-out
 * splits, whose errors are never read; `development` names the splits `--verbose` is for.
 */
export function refuseUnseenSplit(
  split: string,
  verbose: boolean,
  reservedRound: Partial<Record<string, number>>,
  development: string,
): void {
  const round = reservedRound[split];
  if (round !== undefined)
    throw new Error(
      `split ${split} is reserved for round ${round}'s held-out set; it is not scored${verbose ? ' and never listed with --verbose' : ''} until that round renames it heldout in labels.json`,
    );
  if (verbose && (split === 'heldout' || split === 'heldout2'))
    throw new Error(`--verbose lists errors, and is only for the development splits (${development})`);
}

/**
 * The articles labelled for `split`; `development` pools every development split (`dev`, `dev2`, …), never a held-out
 * or reserved one.
 */
function articlesOfSplit<Entry extends { readonly split: string }>(articles: readonly Entry[], split: string): Entry[] {
  return articles.filter((entry) => (split === 'development' ? /^dev\d*$/.test(entry.split) : entry.split === split));
}

/**
 * The articles `tests/fixtures/<folder>/labels.json` labels for `split`, checked against `schema`; a split with none
 * is an error.
 */
export async function readLabelledSplit<Entry extends { readonly split: string }>(
  schema: { parse(data: unknown): { readonly articles: readonly Entry[] } },
  folder: string,
  split: string,
): Promise<Entry[]> {
  const labelPath = path.join(import.meta.dirname, '..', 'tests', 'fixtures', folder, 'labels.json');
  const chosen = articlesOfSplit(schema.parse(JSON.parse(await readFile(labelPath, 'utf8'))).articles, split);
  if (chosen.length === 0) throw new Error(`no article is labelled for split ${split} yet`);
  return chosen;
}

/** A labels file: its source, then each article (named as `article` matches) with its split and labelled quotations. */
export function labelsSchema<Split extends z.ZodType>(split: Split, article: RegExp) {
  return z.object({
    source: z.string(),
    articles: z.array(
      z.object({
        article: z.string().regex(article),
        split,
        quotations: z.array(z.object({ start: z.number().int().positive(), speaker: z.string().min(1).nullable() })),
      }),
    ),
  });
}

export interface LabelledArticle {
  readonly article: string;
  readonly text: string;
  readonly quotations: readonly { readonly start: number; readonly speaker: string | null }[];
}

/**
 * Builds each article as its own corpus and scores its quotations; with `verbose`, prints every label the attribution
 * gets wrong or misses. An offset that no longer follows an opening mark means the copy differs from the one labelled.
 */
export function scoreLabelledArticles(articles: readonly LabelledArticle[], verbose: boolean): AttributionScore {
  const score = emptyScore();
  for (const entry of articles) {
    // A closing mark may open, typed the wrong way round ("said ”We will"; see find-quotation-spans.ts).
    for (const label of entry.quotations)
      if (!`"'\u201C\u2018\u201D`.includes(entry.text[label.start - 1] ?? ''))
        throw new Error(`${entry.article}: no opening quotation mark before offset ${label.start}`);
    const quotations = entry.quotations.map((label) => ({
      ...label,
      quote: entry.text.slice(label.start, label.start + 50),
    }));
    const id = entry.article.split('/').at(-1) ?? entry.article;
    const predicted = buildCorpus([{ id, text: entry.text }]).documents[0]?.quotations ?? [];
    scoreArticle(score, quotations, predicted);
    if (!verbose) continue;
    for (const label of quotations) {
      const found = predicted.find((quotation) => quotation.start === label.start);
      const guess = found?.speaker ?? null;
      const right =
        guess === null ? label.speaker === null : label.speaker !== null && sameSpeaker(guess, label.speaker);
      if (!right)
        console.log(
          `${entry.article} @${label.start} “${label.quote}” label=${label.speaker} got=${found ? guess : '(not found)'}`,
        );
    }
  }
  return score;
}
