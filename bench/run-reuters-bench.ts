/**
 * `npm run bench:reuters -- --data FILE --split dev|dev2|…|dev32|development [--verbose]`: speaker attribution on
 * Reuters articles of 2017 (American house style: "said Meadows, chairman of …", curly quotation marks, paragraphs
 * joined by two spaces), labelled by hand in `tests/fixtures/attribution-reuters/labels.json` before the attribution
 * was run on them. FILE is `True.csv` of github.com/Vatshayan/Fake-News-Prediction (commit be794ed, 989 rows: an
 * excerpt of the ISOT Fake News Dataset's real news, University of Victoria); an article is the row's title, a blank
 * line and its text, and is named by its row (`row-1` is the first after the header). The articles are Reuters', so
 * only offsets and speakers are kept here, never their text. Each round's held-out sets were scored once before and
 * once after it, never with `--verbose`, as `heldout` and `heldout2`; `dev5` and `dev6` are round 54's, `dev9` and
 * `dev10` round 55's, `dev11` and `dev12` round 56's, `dev15` and `dev16` round 57's, `dev17` and `dev18` round 58's,
 * `dev19` and `dev20` round 59's, `dev21` and `dev22` round 60's, `dev23` and `dev24` round 61's, `dev25` and `dev26`
 * round 62's, `dev27` and `dev28` round 63's, `dev29` and `dev30` round 64's, `dev31` and `dev32` round 65's, spent:
 * the CSV has too few unlabelled articles left for another round, whose held-out sets come from
 * `bench/run-allsides-bench.ts`. `development` pools every development split. A split labelled for a later round is
 * listed in `reservedRound` and refused.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
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
]);
const argsSchema = z.object({
  data: z.string().min(1, 'give --data, True.csv of github.com/Vatshayan/Fake-News-Prediction'),
  split: z.union([splitSchema, z.literal('development')]),
  verbose: z.boolean(),
});
const labels = labelsSchema(splitSchema, /^row-[1-9]\d*$/);
const rowsSchema = z.array(z.object({ title: z.string(), text: z.string(), subject: z.string(), date: z.string() }));

const args = argsSchema.parse(benchOptions());
// Unseen until scored: running the attribution on one now would spend it before its round.
const reservedRound: Partial<Record<z.infer<typeof splitSchema>, number>> = {};
refuseUnseenSplit(args.split, args.verbose, reservedRound, 'dev to dev32');

const rows = rowsSchema.parse(parse(await readFile(args.data, 'utf8'), { columns: true }));
const chosen = await readLabelledSplit(labels, 'attribution-reuters', args.split);

const articles = chosen.map((entry) => {
  const row = rows[Number(entry.article.slice('row-'.length)) - 1];
  if (!row) throw new Error(`${entry.article}: ${args.data} has only ${rows.length} rows`);
  return { ...entry, text: `${row.title}\n\n${row.text}` };
});
const score = scoreLabelledArticles(articles, args.verbose);

console.log(
  `Reuters ${args.split}: ${chosen.length} articles, ${score.labelled} quotations, ${score.labelledSpeakers} with a named speaker`,
);
for (const line of scoreLines(score)) console.log(line);
