/**
 * `npx tsx bench/run-polnear-bench.ts --data DIR --compartment train|dev|test [--verbose]`: speaker attribution on
 * PolNeAR, 1,008 US political news articles of 2016 whose attributions were annotated by hand (not ours: DIR is a
 * copy of the `data` folder of github.com/networkdynamics/PolNeAR, which states no licence, so none of its text is
 * kept in this repository). Each article is built as its own corpus; every quotation the corpus finds is scored
 * against the source of the annotated attribution whose content holds it. `test` is the held-out compartment:
 * scored once before and once after a round, never with `--verbose`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { isTitleWord } from '../src/corpus/speakers/person-titles.js';
import { precisionRecall, sameSpeaker } from './attribution-score.js';
import { type GoldHow, attributionAt, goldSpeaker, parseBratAttributions, parseCoreNlp } from './polnear-labels.js';

const argsSchema = z.object({
  data: z.string().min(1),
  compartment: z.enum(['train', 'dev', 'test']),
  verbose: z.boolean(),
});
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '' },
    compartment: { type: 'string', default: 'train' },
    verbose: { type: 'boolean', default: false },
  },
});
const args = argsSchema.parse(values);
if (args.verbose && args.compartment === 'test')
  throw new Error('--verbose lists errors, and is only for the development compartments (train, dev)');

/** A name's words without titles ("Sen.", "Chief", "Director"), lower-cased; the last word is the surname even when it
 * is also a title ("Martin Baron"). CoreNLP writes straight apostrophes where the text has curly ones. */
function personalWords(name: string): string[] {
  const words = name.replaceAll('\u2019', "'").toLowerCase().split(/\s+/);
  return words.filter((word, index) => index === words.length - 1 || !isTitleWord(word.replace(/\.$/, '')));
}

/**
 * Right when the names agree as in the Brown scorer, or when one name's words are all in the other ("Sen. Sanders" is
 * Bernie Sanders, "Tad" is Tad Devine; "Bill Clinton" is not Hillary Clinton).
 */
function matches(predicted: string, gold: string): boolean {
  if (sameSpeaker(predicted.replaceAll('\u2019', "'"), gold.replaceAll('\u2019', "'"))) return true;
  const guessWords = personalWords(predicted);
  const goldWords = personalWords(gold);
  if (guessWords.length === 0 || goldWords.length === 0) return false;
  return guessWords.every((word) => goldWords.includes(word)) || goldWords.every((word) => guessWords.includes(word));
}

const hasOpeningMark = /[“"‘]/;
const root = path.join(args.data, args.compartment);
const texts = (await readdir(path.join(root, 'text'))).filter((name) => name.endsWith('.txt')).sort();
const annotations = (await readdir(path.join(root, 'attributions'))).sort();
const corenlp = new Set(await readdir(path.join(root, 'corenlp')));

const counts = {
  articles: 0,
  skipped: 0,
  quotations: 0,
  missedQuotations: 0,
  predicted: 0,
  right: 0,
  unjudged: 0,
  judgedByCoreference: 0,
  agreeWithCoreference: 0,
};
const labelled: Record<GoldHow, number> = { named: 0, coreference: 0, unresolved: 0 };
const errors = { wrong_speaker: 0, spurious_speaker: 0, missed_speaker: 0 };

for (const file of texts) {
  const base = file.slice(0, -'.txt'.length);
  const annotation = annotations.find((name) => name.startsWith(`${base}_`));
  if (!annotation || !corenlp.has(`${file}.xml`)) {
    counts.skipped++;
    continue;
  }
  const text = await readFile(path.join(root, 'text', file), 'utf8');
  const attributions = parseBratAttributions(await readFile(path.join(root, 'attributions', annotation), 'utf8'));
  const nlp = parseCoreNlp(await readFile(path.join(root, 'corenlp', `${file}.xml`), 'utf8'));
  const document = buildCorpus([{ id: `${base}.txt`, text }]).documents[0];
  if (!document || document.text !== text) throw new Error(`${file}: the corpus changed the article's text`);
  counts.articles++;
  const seen = new Set<(typeof attributions)[number]>();
  for (const quotation of document.quotations) {
    counts.quotations++;
    const attribution = attributionAt(attributions, quotation.start);
    if (attribution) seen.add(attribution);
    const gold = attribution ? goldSpeaker(attribution, nlp) : { name: null, how: 'unresolved' as const };
    labelled[gold.how]++;
    const guess = quotation.speaker;
    let verdict = 'ok';
    if (guess === null) {
      if (gold.how === 'named') {
        errors.missed_speaker++;
        verdict = 'missed';
      }
    } else if (gold.how !== 'named' && attribution?.source.length) {
      // A source CoreNLP's automatic coreference names is no hand label: such credits are tallied apart.
      if (gold.name !== null && matches(guess, gold.name)) counts.agreeWithCoreference++;
      if (gold.name !== null) counts.judgedByCoreference++;
      else counts.unjudged++;
      verdict = gold.name === null || matches(guess, gold.name) ? 'unjudged' : 'coreference-differs';
    } else {
      counts.predicted++;
      if (gold.name === null) {
        errors.spurious_speaker++;
        verdict = 'spurious';
      } else if (matches(guess, gold.name)) {
        counts.right++;
      } else {
        errors.wrong_speaker++;
        verdict = 'wrong';
      }
    }
    if (args.verbose && verdict !== 'ok' && verdict !== 'unjudged')
      console.log(
        `${base} ${verdict} @${quotation.start} “${quotation.text.slice(0, 60)}” gold=${gold.name}(${gold.how}) got=${guess}`,
      );
  }
  // Direct quotations the corpus did not find still count against recall when their source is named.
  for (const attribution of attributions) {
    if (seen.has(attribution)) continue;
    const quoted = attribution.content.some((span) => hasOpeningMark.test(text.slice(span.start, span.end)));
    if (!quoted) continue;
    counts.missedQuotations++;
    labelled[goldSpeaker(attribution, nlp).how]++;
  }
}

const figure = (value: number): string => value.toFixed(2);
const score = precisionRecall(counts.right, counts.predicted, labelled.named);
console.log(
  `PolNeAR ${args.compartment}: ${counts.articles} articles (${counts.skipped} skipped: no annotation or CoreNLP file), ${counts.quotations} quotations found, ${counts.missedQuotations} quoted attributions not found`,
);
console.log(
  `attribution  P ${figure(score.precision)}  R ${figure(score.recall)}  F1 ${figure(score.f1)}  (${counts.right} right of ${counts.predicted} credited where the source span names someone or there is no source; ${labelled.named} named sources)`,
);
console.log(
  `other credits: ${counts.agreeWithCoreference} of ${counts.judgedByCoreference} agree with CoreNLP coreference (of ${labelled.coreference} such quotations); ${counts.unjudged} where the source has no name found`,
);
console.log(
  `errors       ${Object.entries(errors)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ')}`,
);
