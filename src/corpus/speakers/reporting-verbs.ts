import { REPORTING_VERB_FORMS } from './reporting-verbs-data.js';

const SINGLE_WORD = new Set(REPORTING_VERB_FORMS.filter((form) => !form.includes(' ')));
const WITH_PARTICLE = new Set(REPORTING_VERB_FORMS.filter((form) => form.includes(' ')));
/** Forms that are a verb only in a clause with its own subject: a cue needs a finite verb ("said"), not "saying" or "to say". */
const NON_FINITE = /ing$/;

/** Object pronouns that split a particle verb from its particle ("summed it up", "pointed this out"). */
const SPLITTING_OBJECT = /^(?:it|this|that|them)$/i;

/**
 * The reporting verb starting at `word` (with its particle: "pointed out", or after a pronoun object: "summed it
 * up"), or null; `words` counts the words it spans. Case-insensitive.
 */
export function reportingVerbAt(word: string, next: string | undefined, afterNext?: string): { words: number } | null {
  const lower = word.toLowerCase();
  if (next !== undefined && WITH_PARTICLE.has(`${lower} ${next.toLowerCase()}`)) return { words: 2 };
  if (
    next !== undefined &&
    afterNext !== undefined &&
    SPLITTING_OBJECT.test(next) &&
    WITH_PARTICLE.has(`${lower} ${afterNext.toLowerCase()}`)
  )
    return { words: 3 };
  return SINGLE_WORD.has(lower) && !NON_FINITE.test(lower) ? { words: 1 } : null;
}

/** "saying", "adding": a reporting verb's -ing form, a cue only where a construction gives its subject ("as saying"). */
export function isReportingGerund(word: string): boolean {
  const lower = word.toLowerCase();
  return NON_FINITE.test(lower) && SINGLE_WORD.has(lower);
}
