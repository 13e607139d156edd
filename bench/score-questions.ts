/**
 * `npx tsx bench/score-questions.ts [dev|held-out|all] [--verbose]`: answer recall, decline precision and misleading
 * answers on the user-phrased question set (tests/fixtures/user-phrased-questions.ts), on the offline engine.
 * The held-out part is scored once, at the end of a change, never while tuning.
 */
import type { AskResult } from '../src/answer/ask-result.js';
import { createTestService } from '../tests/helpers/seed-service.js';
import { scoreQuestions } from '../tests/helpers/score-questions.js';
import {
  DEV_QUESTIONS,
  HELD_OUT_USER_QUESTIONS,
  USER_PHRASED_QUESTIONS,
} from '../tests/fixtures/user-phrased-questions.js';

const set = process.argv[2] ?? 'dev';
const verbose = process.argv.includes('--verbose');
const items = set === 'held-out' ? HELD_OUT_USER_QUESTIONS : set === 'all' ? USER_PHRASED_QUESTIONS : DEV_QUESTIONS;
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
for (const question of score.missed) console.log(`  missed: ${question}`);
for (const question of score.unsupportedAnswered) console.log(`  unsupported: ${question}`);
