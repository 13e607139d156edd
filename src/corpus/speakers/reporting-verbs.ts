import { REPORTING_VERB_FORMS } from './reporting-verbs-data.js';

const SINGLE_WORD = new Set(REPORTING_VERB_FORMS.filter((form) => !form.includes(' ')));
const WITH_PARTICLE = new Set(REPORTING_VERB_FORMS.filter((form) => form.includes(' ')));
/** Forms that are a verb only in a clause with its own subject: a cue needs a finite verb ("said"), not "saying" or "to say". */
const NON_FINITE = /ing$/;

/** The reporting verb starting at `word` (with its particle: "pointed out"), or null. Case-insensitive. */
export function reportingVerbAt(word: string, next: string | undefined): { words: number } | null {
  const lower = word.toLowerCase();
  if (next !== undefined && WITH_PARTICLE.has(`${lower} ${next.toLowerCase()}`)) return { words: 2 };
  return SINGLE_WORD.has(lower) && !NON_FINITE.test(lower) ? { words: 1 } : null;
}
