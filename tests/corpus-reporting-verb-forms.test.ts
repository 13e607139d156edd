import { describe, expect, it } from 'vitest';
import { REPORTING_VERB_FORMS } from '../src/corpus/speakers/reporting-verbs-data.js';

const forms = new Set(REPORTING_VERB_FORMS);

describe('the generated reporting-verb lexicon', () => {
  it('gives every verb in -ate its -ated and -ating forms (no irregular ending borrowed by accident)', () => {
    const lemmas = REPORTING_VERB_FORMS.filter((form) => /^[a-z]+ate$/.test(form));
    expect(lemmas.length).toBeGreaterThan(100);
    const missing = lemmas.filter((lemma) => !forms.has(`${lemma}d`) || !forms.has(`${lemma.slice(0, -1)}ing`));
    expect(missing).toEqual([]);
  });

  it('keeps the irregular forms of real verbs and compounds', () => {
    for (const form of ['said', 'spoke', 'told', 'wrote', 'typewrote', 'updated', 'spammed', 'authorised'])
      expect(forms.has(form), form).toBe(true);
    // "threaten" is a verb of its own (it has "threatens"); "updeaten" was not.
    const borrowed = REPORTING_VERB_FORMS.filter(
      (form) => /(?:eaten|been|being)$/.test(form) && !forms.has(`${form}s`),
    );
    expect(borrowed).toEqual([]);
  });

  it('keeps a verb with a particle only where it speaks in most of its uses', () => {
    for (const form of ['pointed out', 'summed up', 'spelled out']) expect(forms.has(form), form).toBe(true);
    // SemCor tags "go back" (date back, return in speech) and "cut off" as often in other senses.
    for (const form of ['went back', 'cut off', 'gave away']) expect(forms.has(form), form).toBe(false);
  });
});
