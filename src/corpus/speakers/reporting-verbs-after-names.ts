import { reportingVerbAt } from './reporting-verbs.js';
import type { TaggedWord } from './tag-words.js';

/** What opens a report a verb introduces: a colon or an opening quotation mark. */
const OPENS_REPORT = /^[:\u201C"]$/;
/** What ends the words a trailing verb frames, inside their closing mark or without one: "…,” Smith notes". */
const ENDS_REPORT = /^[,!?]$/;

/**
 * "John Smith notes: “…”", "“…,” Smith states.": wink tags a reporting verb in the present tense as a plural noun
 * after a name. It is the verb where it opens a report (a colon or a mark after it), or where the name follows the
 * comma that ends a quotation, a possessor before it maybe ("that HD demands, if" and "those” Twitter posts, Harris
 * said" are nouns).
 */
export function withReportingVerbsAfterNames(words: readonly TaggedWord[]): TaggedWord[] {
  return words.map((word, index) => {
    const before = words[index - 1];
    const after = words[index + 1];
    if (word.pos !== 'NOUN' || !/^\p{Ll}+s$/u.test(word.text)) return word;
    if (before?.pos !== 'PROPN' || !/^\p{Lu}/u.test(before.text) || before.end + 1 !== word.start) return word;
    let first = index - 1;
    while (words[first - 1]?.pos === 'PROPN') first--;
    // "…," NPR's Eleanor Beardsley reports.': a possessor before the name is part of its noun phrase.
    if (/^['\u2019]s$/.test(words[first - 1]?.text ?? '') && words[first - 2]?.pos === 'PROPN') {
      first -= 2;
      while (words[first - 1]?.pos === 'PROPN') first--;
    }
    const opens = after !== undefined && OPENS_REPORT.test(after.text);
    const mark = /^[\u201D"]$/.test(words[first - 1]?.text ?? '') ? 1 : 0;
    const closes = ENDS_REPORT.test(words[first - 1 - mark]?.text ?? '');
    return (opens || closes) && reportingVerbAt(word.text, after?.text) !== null ? { ...word, pos: 'VERB' } : word;
  });
}
