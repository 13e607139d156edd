/**
 * `npm run bench:bbc -- --data DIR --split dev|dev2|…|dev63|development|heldout|heldout2 [--verbose]`: speaker
 * attribution on BBC News articles of 2004-2005 (British house style: "Mr Straw said", quotations re-opened without a
 * paragraph break, single quotation marks in headlines), labelled by hand in
 * `tests/fixtures/attribution-bbc/labels.json` before the attribution was run on them. DIR is the `news` folder of
 * github.com/ZitRos/news-articles-dataset; the articles are the BBC's, so only offsets and speakers are kept here,
 * never their text. `heldout` (and `heldout2`, when a round has two) is scored once before and once after a round,
 * never with `--verbose`. `dev2` to `dev63` are the held-out sets of rounds 14 to 52 (rounds 19 and 31 to 52 had two:
 * `dev7` and `dev8`, `dev20` to `dev63`), spent, and development data since; `development` pools them all. A split
 * labelled for a later round is listed in `reservedRound` and refused, with or without `--verbose`, until that round
 * renames it `heldout`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { scoreLines } from './attribution-score.js';
import {
  benchOptions,
  labelsSchema,
  readLabelledSplit,
  refuseUnseenSplit,
  scoreLabelledArticles,
} from './labelled-articles.js';

const splitSchema = z.enum([
  'dev',
  'dev2',
  'dev3',
  'dev4',
  'dev5',
  'dev6',
  'dev7',
  'dev8',
  'dev9',
  'dev10',
  'dev11',
  'dev12',
  'dev13',
  'dev14',
  'dev15',
  'dev16',
  'dev17',
  'dev18',
  'dev19',
  'dev20',
  'dev21',
  'dev22',
  'dev23',
  'dev24',
  'dev25',
  'dev26',
  'dev27',
  'dev28',
  'dev29',
  'dev30',
  'dev31',
  'dev32',
  'dev33',
  'dev34',
  'dev35',
  'dev36',
  'dev37',
  'dev38',
  'dev39',
  'dev40',
  'dev41',
  'dev42',
  'dev43',
  'dev44',
  'dev45',
  'dev46',
  'dev47',
  'dev48',
  'dev49',
  'dev50',
  'dev51',
  'dev52',
  'dev53',
  'dev54',
  'dev55',
  'dev56',
  'dev57',
  'dev58',
  'dev59',
  'dev60',
  'dev61',
  'dev62',
  'dev63',
  'heldout',
  'heldout2',
]);
const argsSchema = z.object({
  data: z.string().min(1, 'give --data, the news folder of github.com/ZitRos/news-articles-dataset'),
  split: z.union([splitSchema, z.literal('development')]),
  verbose: z.boolean(),
});
const labels = labelsSchema(splitSchema, /^[a-z]+\/[\w-]+\.txt$/);

const args = argsSchema.parse(benchOptions());
// Unseen until scored: running the attribution on one now would spend it before its round.
const reservedRound: Partial<Record<z.infer<typeof splitSchema>, number>> = {};
refuseUnseenSplit(args.split, args.verbose, reservedRound, 'dev, dev2 to dev63');

const chosen = await readLabelledSplit(labels, 'attribution-bbc', args.split);

const articles = await Promise.all(
  chosen.map(async (entry) => ({ ...entry, text: await readFile(path.join(args.data, entry.article), 'utf8') })),
);
const score = scoreLabelledArticles(articles, args.verbose);

console.log(
  `BBC ${args.split}: ${chosen.length} articles, ${score.labelled} quotations, ${score.labelledSpeakers} with a named speaker`,
);
for (const line of scoreLines(score)) console.log(line);
