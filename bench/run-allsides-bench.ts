/**
 * `npm run bench:allsides -- --data DIR --split dev|dev2|…|dev54|development|heldout|heldout2 [--verbose]`:
 * speaker attribution on articles of many American and British outlets, 2012-2020 (CNN, Fox News, NPR, The Hill, the New York
 * Times, the BBC, National Review, …: straight and curly marks, news and opinion), labelled by hand in
 * `tests/fixtures/attribution-allsides/labels.json` before the attribution was run on them. DIR is `data/jsons` of
 * github.com/ramybaly/Article-Bias-Prediction (commit ced8111, the AllSides data of Baly et al., EMNLP 2020; one JSON
 * file per article, named by its ID); an article is its `content_original`, after its title and a blank line unless it
 * already opens with the title. The texts are their publishers', so only offsets and speakers are kept here.
 * `dev3` and `dev4` were round 66's held-out sets, `dev5` and `dev6` round 67's, `dev7` and `dev8` round 68's, `dev9`
 * and `dev10` round 69's, `dev11` and `dev12` round 70's, `dev13` and `dev14` round 71's, `dev15` and `dev16` round 72's,
 * `dev17` and `dev18` round 73's, `dev19` and `dev20` round 74's, `dev21` and `dev22` round 75's, `dev23` and `dev24`
 * round 76's, `dev25` and `dev26` round 77's, `dev27` and `dev28` round 78's, `dev29` and `dev30` round 79's, `dev31`
 * and `dev32` round 80's, `dev33` and `dev34` round 81's, `dev35` and `dev36` round 82's, `dev37` and `dev38` round
 * 83's, `dev39` and `dev40` round 84's, `dev41` and `dev42` round 85's, `dev43` and `dev44` round 86's, `dev45`
 * and `dev46` round 87's, `dev47` and `dev48` round 88's, `dev49` and `dev50` round 89's, `dev51` and `dev52` round
 * 90's, `dev53` and `dev54` round 91's; `heldout` and `heldout2` (round 92's, labelled by helpers during round 91
 * before any run)
 * are scored once before and once after a round, never with `--verbose`. A split labelled for a later round (`next1`,
 * `next2`) is listed in `reservedRound` and refused.
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

// Splits are renamed each round (a held-out set becomes the next `devN`), so they are a pattern, not a list.
const splitSchema = z
  .string()
  .regex(/^(?:dev\d*|heldout2?|next[12])$/, 'a split is dev, devN, heldout, heldout2, next1 or next2');
const argsSchema = z.object({
  data: z.string().min(1, 'give --data, data/jsons of github.com/ramybaly/Article-Bias-Prediction'),
  split: z.union([splitSchema, z.literal('development')]),
  verbose: z.boolean(),
});
const labels = labelsSchema(splitSchema, /^[a-z0-9]{16}$/i);
const articleSchema = z.object({ ID: z.string(), title: z.string(), content_original: z.string() });

const args = argsSchema.parse(benchOptions());
// Unseen until scored: running the attribution on one now would spend it before its round.
const reservedRound: Partial<Record<string, number>> = { next1: 93, next2: 93 };
refuseUnseenSplit(args.split, args.verbose, reservedRound, 'dev to dev54');

const chosen = await readLabelledSplit(labels, 'attribution-allsides', args.split);

const articles = await Promise.all(
  chosen.map(async (entry) => {
    const json = articleSchema.parse(JSON.parse(await readFile(path.join(args.data, `${entry.article}.json`), 'utf8')));
    const body = json.content_original;
    return { ...entry, text: body.startsWith(json.title) ? body : `${json.title}\n\n${body}` };
  }),
);
const score = scoreLabelledArticles(articles, args.verbose);

console.log(
  `AllSides ${args.split}: ${chosen.length} articles, ${score.labelled} quotations, ${score.labelledSpeakers} with a named speaker`,
);
for (const line of scoreLines(score)) console.log(line);
