/**
 * `npx tsx bench/score-questions.ts [dev|held-out|held-out-2|held-out-3|held-out-4|held-out-5|held-out-6|held-out-7|held-out-8|held-out-9|held-out-10|held-out-11|held-out-12|held-out-13|held-out-14|held-out-15|held-out-16|held-out-17|held-out-18|held-out-19|held-out-20|held-out-21|held-out-22|held-out-23|held-out-24|held-out-25|held-out-26|held-out-27|held-out-28|held-out-29|held-out-30|held-out-31|held-out-32|held-out-33|held-out-34|held-out-35|held-out-36|held-out-37|held-out-38|held-out-39|held-out-40|held-out-41|held-out-42|held-out-43|held-out-44|held-out-45|held-out-46|held-out-47|held-out-48|held-out-49|held-out-50|held-out-51|held-out-52|held-out-53|held-out-54|held-out-55|held-out-56|held-out-57|held-out-58|held-out-59|held-out-60|held-out-61|held-out-62|held-out-63|held-out-64|all] [--verbose] [--summary]`:
 * answer recall, decline precision and misleading answers on the user-phrased question sets
 * (tests/fixtures/user-phrased-questions*.ts), on the offline engine. dev, held-out and held-out-2 to held-out-62 are
 * development data (held-out-62 was round 63's held-out set). held-out-63 is round 64's held-out set, scored once before
 * and once after its changes, with `--summary` (no per-question lines), never while tuning. A set written for a later
 * round (held-out-64 is round 65's) is listed in `reservedRound` and refused until then.
 */
import type { AskResult } from '../src/answer/ask-result.js';
import { createTestService } from '../tests/helpers/seed-service.js';
import { scoreQuestions } from '../tests/helpers/score-questions.js';
import {
  DEV_QUESTIONS,
  HELD_OUT_USER_QUESTIONS,
  USER_PHRASED_QUESTIONS,
} from '../tests/fixtures/user-phrased-questions.js';
import { HELD_OUT_2_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-2.js';
import { HELD_OUT_3_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-3.js';
import { HELD_OUT_4_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-4.js';
import { HELD_OUT_5_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-5.js';
import { HELD_OUT_6_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-6.js';
import { HELD_OUT_7_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-7.js';
import { HELD_OUT_8_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-8.js';
import { HELD_OUT_9_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-9.js';
import { HELD_OUT_10_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-10.js';
import { HELD_OUT_11_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-11.js';
import { HELD_OUT_12_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-12.js';
import { HELD_OUT_13_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-13.js';
import { HELD_OUT_14_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-14.js';
import { HELD_OUT_15_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-15.js';
import { HELD_OUT_16_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-16.js';
import { HELD_OUT_17_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-17.js';
import { HELD_OUT_18_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-18.js';
import { HELD_OUT_19_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-19.js';
import { HELD_OUT_20_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-20.js';
import { HELD_OUT_21_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-21.js';
import { HELD_OUT_22_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-22.js';
import { HELD_OUT_23_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-23.js';
import { HELD_OUT_24_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-24.js';
import { HELD_OUT_25_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-25.js';
import { HELD_OUT_26_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-26.js';
import { HELD_OUT_27_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-27.js';
import { HELD_OUT_28_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-28.js';
import { HELD_OUT_29_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-29.js';
import { HELD_OUT_30_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-30.js';
import { HELD_OUT_31_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-31.js';
import { HELD_OUT_32_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-32.js';
import { HELD_OUT_33_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-33.js';
import { HELD_OUT_34_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-34.js';
import { HELD_OUT_35_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-35.js';
import { HELD_OUT_36_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-36.js';
import { HELD_OUT_37_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-37.js';
import { HELD_OUT_38_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-38.js';
import { HELD_OUT_39_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-39.js';
import { HELD_OUT_40_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-40.js';
import { HELD_OUT_41_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-41.js';
import { HELD_OUT_42_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-42.js';
import { HELD_OUT_43_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-43.js';
import { HELD_OUT_44_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-44.js';
import { HELD_OUT_45_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-45.js';
import { HELD_OUT_46_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-46.js';
import { HELD_OUT_47_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-47.js';
import { HELD_OUT_48_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-48.js';
import { HELD_OUT_49_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-49.js';
import { HELD_OUT_50_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-50.js';
import { HELD_OUT_51_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-51.js';
import { HELD_OUT_52_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-52.js';
import { HELD_OUT_53_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-53.js';
import { HELD_OUT_54_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-54.js';
import { HELD_OUT_55_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-55.js';
import { HELD_OUT_56_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-56.js';
import { HELD_OUT_57_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-57.js';
import { HELD_OUT_58_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-58.js';
import { HELD_OUT_59_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-59.js';
import { HELD_OUT_60_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-60.js';
import { HELD_OUT_61_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-61.js';
import { HELD_OUT_62_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-62.js';
import { HELD_OUT_63_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-63.js';
import { HELD_OUT_64_QUESTIONS } from '../tests/fixtures/user-phrased-questions-held-out-64.js';

const set = process.argv[2] ?? 'dev';
const verbose = process.argv.includes('--verbose');
const summary = process.argv.includes('--summary');
const sets = {
  dev: DEV_QUESTIONS,
  'held-out': HELD_OUT_USER_QUESTIONS,
  'held-out-2': HELD_OUT_2_QUESTIONS,
  'held-out-3': HELD_OUT_3_QUESTIONS,
  'held-out-4': HELD_OUT_4_QUESTIONS,
  'held-out-5': HELD_OUT_5_QUESTIONS,
  'held-out-6': HELD_OUT_6_QUESTIONS,
  'held-out-7': HELD_OUT_7_QUESTIONS,
  'held-out-8': HELD_OUT_8_QUESTIONS,
  'held-out-9': HELD_OUT_9_QUESTIONS,
  'held-out-10': HELD_OUT_10_QUESTIONS,
  'held-out-11': HELD_OUT_11_QUESTIONS,
  'held-out-12': HELD_OUT_12_QUESTIONS,
  'held-out-13': HELD_OUT_13_QUESTIONS,
  'held-out-14': HELD_OUT_14_QUESTIONS,
  'held-out-15': HELD_OUT_15_QUESTIONS,
  'held-out-16': HELD_OUT_16_QUESTIONS,
  'held-out-17': HELD_OUT_17_QUESTIONS,
  'held-out-18': HELD_OUT_18_QUESTIONS,
  'held-out-19': HELD_OUT_19_QUESTIONS,
  'held-out-20': HELD_OUT_20_QUESTIONS,
  'held-out-21': HELD_OUT_21_QUESTIONS,
  'held-out-22': HELD_OUT_22_QUESTIONS,
  'held-out-23': HELD_OUT_23_QUESTIONS,
  'held-out-24': HELD_OUT_24_QUESTIONS,
  'held-out-25': HELD_OUT_25_QUESTIONS,
  'held-out-26': HELD_OUT_26_QUESTIONS,
  'held-out-27': HELD_OUT_27_QUESTIONS,
  'held-out-28': HELD_OUT_28_QUESTIONS,
  'held-out-29': HELD_OUT_29_QUESTIONS,
  'held-out-30': HELD_OUT_30_QUESTIONS,
  'held-out-31': HELD_OUT_31_QUESTIONS,
  'held-out-32': HELD_OUT_32_QUESTIONS,
  'held-out-33': HELD_OUT_33_QUESTIONS,
  'held-out-34': HELD_OUT_34_QUESTIONS,
  'held-out-35': HELD_OUT_35_QUESTIONS,
  'held-out-36': HELD_OUT_36_QUESTIONS,
  'held-out-37': HELD_OUT_37_QUESTIONS,
  'held-out-38': HELD_OUT_38_QUESTIONS,
  'held-out-39': HELD_OUT_39_QUESTIONS,
  'held-out-40': HELD_OUT_40_QUESTIONS,
  'held-out-41': HELD_OUT_41_QUESTIONS,
  'held-out-42': HELD_OUT_42_QUESTIONS,
  'held-out-43': HELD_OUT_43_QUESTIONS,
  'held-out-44': HELD_OUT_44_QUESTIONS,
  'held-out-45': HELD_OUT_45_QUESTIONS,
  'held-out-46': HELD_OUT_46_QUESTIONS,
  'held-out-47': HELD_OUT_47_QUESTIONS,
  'held-out-48': HELD_OUT_48_QUESTIONS,
  'held-out-49': HELD_OUT_49_QUESTIONS,
  'held-out-50': HELD_OUT_50_QUESTIONS,
  'held-out-51': HELD_OUT_51_QUESTIONS,
  'held-out-52': HELD_OUT_52_QUESTIONS,
  'held-out-53': HELD_OUT_53_QUESTIONS,
  'held-out-54': HELD_OUT_54_QUESTIONS,
  'held-out-55': HELD_OUT_55_QUESTIONS,
  'held-out-56': HELD_OUT_56_QUESTIONS,
  'held-out-57': HELD_OUT_57_QUESTIONS,
  'held-out-58': HELD_OUT_58_QUESTIONS,
  'held-out-59': HELD_OUT_59_QUESTIONS,
  'held-out-60': HELD_OUT_60_QUESTIONS,
  'held-out-61': HELD_OUT_61_QUESTIONS,
  'held-out-62': HELD_OUT_62_QUESTIONS,
  'held-out-63': HELD_OUT_63_QUESTIONS,
  'held-out-64': HELD_OUT_64_QUESTIONS,
  all: USER_PHRASED_QUESTIONS,
} as const;
if (!(set in sets)) throw new Error(`unknown question set ${set}; use one of ${Object.keys(sets).join(', ')}`);
// Unseen until scored: asking them now would spend a set before its round.
const reservedRound: Partial<Record<keyof typeof sets, number>> = {
  'held-out-64': 65,
};
const round = reservedRound[set as keyof typeof sets];
if (round !== undefined)
  throw new Error(`question set ${set} is reserved for round ${round}'s held-out set; it is not scored until then`);
const items = sets[set as keyof typeof sets];
const service = await createTestService();
const results = new Map<string, AskResult>();
for (const item of items) {
  const result = await service.ask(item.question);
  results.set(item.question, result);
  if (verbose)
    console.log(
      `\n## ${item.question} [${item.answerable ? 'answerable' : 'unanswerable'}]\n${result.status}: ${result.answer}`,
    );
}
const score = scoreQuestions(items, results);
console.log(`\n${set}: ${items.length} questions, ${score.answerable} answerable`);
console.log(`recall ${score.recall.toFixed(2)} (${score.answeredRight}/${score.answerable})`);
console.log(`decline precision ${score.declinePrecision.toFixed(2)} (${score.declinedRightly}/${score.declined})`);
console.log(
  `unsupported answered ${score.unsupportedAnswered.length}; misleading traps ${score.misleadingTraps.length}/${score.traps}`,
);
if (summary) process.exit(0);
for (const question of score.missed) console.log(`  missed: ${question}`);
for (const question of score.unsupportedAnswered) console.log(`  unsupported: ${question}`);
