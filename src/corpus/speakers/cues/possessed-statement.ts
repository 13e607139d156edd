import { installedWordNet } from '../../../lexicon/wordnet.js';
import { wordLemmas } from '../../../text/word-lemmas.js';
import { reportingVerbAt } from '../reporting-verbs.js';
import type { TaggedWord } from '../tag-words.js';
import { type AttributionContext, firstWordFrom } from './attribution-context.js';
import { type CueResult, NO_CUE } from './cue-result.js';
import { speakerOf } from './speaker-of-mention.js';

const statementNouns = new Map<string, boolean>();

/** What a statement is about: what is said, or what is thought ("an estimate"); not "style" or "tweet" (an event). */
const STATEMENT_FILES = new Set(['noun.communication', 'noun.cognition']);

/**
 * "claim", "estimate", "argument": a noun whose first sense WordNet files under what is said or thought, itself a verb
 * of saying, as English nouns from verbs often are, or derived from one.
 */
function namesStatement(noun: string): boolean {
  const lower = noun.toLowerCase();
  let known = statementNouns.get(lower);
  if (known === undefined) {
    const wordNet = installedWordNet();
    known = wordLemmas(lower).some(
      (lemma) =>
        STATEMENT_FILES.has(wordNet.firstSenseFile(lemma, 'noun') ?? '') &&
        (reportingVerbAt(lemma, undefined) !== null ||
          wordNet.related(lemma, 'noun', 1).derivations.some((verb) => reportingVerbAt(verb, undefined) !== null)),
    );
    statementNouns.set(lower, known);
  }
  return known;
}

/**
 * "Obama’s estimate of “a year or so”", "Scott’s impassioned argument that the dating scene is set up to grind “shy
 * awkward nerds”": a statement named after its possessor, its "of" or "that" opening what it says, is the possessor's,
 * when no comma, semicolon or colon breaks the phrase before the quotation.
 */
export function possessedStatementBefore(context: AttributionContext, from: number, quotationStart: number): CueResult {
  const { words, mentionEndingAt } = context;
  const before = (index: number) => (words[index]?.end ?? Infinity) < quotationStart;
  for (let index = firstWordFrom(context, from); before(index); index++) {
    if (!/^['\u2019]s$/.test((words[index] as TaggedWord).text)) continue;
    let noun = index + 1;
    while (words[noun]?.pos === 'ADJ') noun++;
    const head = words[noun];
    if (head?.pos !== 'NOUN' || !/^(?:of|that)$/i.test(words[noun + 1]?.text ?? '') || !namesStatement(head.text))
      continue;
    let last = noun + 1;
    while (before(last + 1)) last++;
    const broken = words.slice(noun + 1, last + 1).some((word) => /^[,;:]$/.test(word.text));
    const owner = mentionEndingAt.get(words[index - 1]?.end ?? -1);
    if (!broken && owner) return speakerOf(context, owner);
  }
  return NO_CUE;
}
