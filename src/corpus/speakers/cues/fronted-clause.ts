import { reportingVerbAt } from '../reporting-verbs.js';
import type { TaggedWord } from '../tag-words.js';
import { type AttributionContext, firstWordFrom } from './attribution-context.js';
import { lower } from './word-helpers.js';

/** Prepositions that also open clauses ("after the court refused …,"); others ("With all the energy …") open a phrase. */
const CLAUSE_PREPOSITIONS = /^(?:after|before|since|until|once|although|though|whereas)$/i;
/** Adverbs the tagger gives to "when" and its kind where they open a clause of time ("When Trump suggested …,"). */
const CLAUSE_ADVERBS = /^(?:when|whenever)$/i;

/** Words of a phrase that may stand before a fronted clause, set off by its own comma. */
const MAX_LEADING_PHRASE = 4;

/**
 * "And after the Supreme Court refused to reinstate the law, Gov. McCrory blamed the court's “…”": a clause of its
 * own opened by a subordinating word and closed by a comma says nothing of who speaks in the main clause, so the
 * cue (or a pronoun's antecedent) is looked for after it; `from` when no such clause closes before `to`. "As Jackson
 * puts it, “…”" is a cue, and is kept.
 */
export function afterFrontedClause(context: AttributionContext, from: number, to: number): number {
  const { words } = context;
  let position = firstWordFrom(context, from);
  const opensClause = (word: TaggedWord | undefined): boolean =>
    word?.pos === 'SCONJ' ||
    (word?.pos === 'ADP' && CLAUSE_PREPOSITIONS.test(word.text)) ||
    (word?.pos === 'ADV' && CLAUSE_ADVERBS.test(word.text));
  if (
    !opensClause(words[position]) &&
    ['CCONJ', 'ADV'].includes(words[position]?.pos ?? '') &&
    words[position + 1]?.text !== ','
  )
    position++;
  // "At another time, when Cohen asked …,": a short prepositional or adverbial phrase with no verb, set off before the
  // clause, is stepped over ("Hillary Clinton, when asked …," is the subject set off before it).
  if (!opensClause(words[position]) && ['ADP', 'ADV'].includes(words[position]?.pos ?? '')) {
    let comma = position;
    while (
      comma < position + MAX_LEADING_PHRASE &&
      words[comma] &&
      words[comma]?.text !== ',' &&
      words[comma]?.pos !== 'VERB'
    )
      comma++;
    if (words[comma]?.text === ',' && opensClause(words[comma + 1])) position = comma + 1;
  }
  const opener = words[position];
  const subordinating = opensClause(opener);
  if (!opener || !subordinating || lower(opener) === 'as') return from;
  for (let at = position + 1; (words[at]?.end ?? Infinity) < to; at++) {
    const word = words[at] as TaggedWord;
    if (word.text === ',') {
      const clause = words.slice(position + 1, at);
      const last = clause.at(-1);
      // A noun that is also a verb of saying ("on the deal,") closes no cue; a verb of saying does, if what it
      // introduces follows ("When asked, “…”"), not a main clause ("When Steve Cohen asked, Mueller demurred").
      const quoted = /^["\u201C]$/.test(words[at + 1]?.text ?? '');
      const closesWithCue = quoted && last?.pos !== 'NOUN' && reportingVerbAt(last?.text ?? '', undefined) !== null;
      return !closesWithCue && clause.some((other) => other.pos === 'VERB') ? word.end : from;
    }
    if (/^[;:\u2014]$/.test(word.text)) return from;
  }
  return from;
}
