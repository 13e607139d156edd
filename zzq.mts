// Pooled question dev sets: npx tsx zzq.mts [--verbose]; sets dev, held-out, held-out-2..MAX
import type { AskResult } from './src/answer/ask-result.js';
import { createTestService } from './tests/helpers/seed-service.js';
import { scoreQuestions } from './tests/helpers/score-questions.js';
import { DEV_QUESTIONS, HELD_OUT_USER_QUESTIONS, type UserQuestion } from './tests/fixtures/user-phrased-questions.js';
const MAX = 48;
const verbose = process.argv.includes('--verbose');
const sets: [string, readonly UserQuestion[]][] = [['dev', DEV_QUESTIONS], ['held-out', HELD_OUT_USER_QUESTIONS]];
for (let n = 2; n <= MAX - 1; n++) {
  const mod = (await import(`./tests/fixtures/user-phrased-questions-held-out-${n}.js`)) as Record<string, readonly UserQuestion[]>;
  sets.push([`held-out-${n}`, mod[`HELD_OUT_${n}_QUESTIONS`]!]);
}
const service = await createTestService();
const all: UserQuestion[] = []; const results = new Map<string, AskResult>();
for (const [name, items] of sets) for (const item of items) {
  const r = await service.ask(item.question); results.set(item.question, r); all.push(item);
  if (verbose) {
    const s = scoreQuestions([item], new Map([[item.question, r]]));
    const ok = item.answerable ? s.answeredRight === 1 : s.unsupportedAnswered.length === 0;
    console.log(`${ok ? 'OK ' : 'BAD'} ${name} [${item.answerable ? 'A' : item.trap ? 'T' : 'U'}] ${r.status} | ${item.question}`);
  }
}
const s = scoreQuestions(all, results);
console.log(`right ${s.answeredRight}/${s.answerable}; declines right ${s.declinedRightly}/${s.declined}; misleading ${s.misleadingTraps.length}/${s.traps}; unsupported ${s.unsupportedAnswered.length}`);
