/** Scores speaker attribution on hand-labelled news articles whose text is read from a copy outside this repository. */
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { type AttributionScore, emptyScore, sameSpeaker, scoreArticle } from './attribution-score.js';

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
    for (const label of entry.quotations)
      if (!`"'\u201C\u2018`.includes(entry.text[label.start - 1] ?? ''))
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
