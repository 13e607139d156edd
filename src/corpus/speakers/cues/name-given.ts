import type { QuotationSpan } from '../../find-quotation-spans.js';
import { wordLemmas } from '../../../text/word-lemmas.js';
import { NAMING_PARTICIPLES } from '../reporting-verbs-data.js';
import { isWrittenRoleNoun } from '../role-nouns.js';
import type { TaggedWord } from '../tag-words.js';
import { type AttributionContext, firstStartingAfter } from './attribution-context.js';

const NAMING = new Set(NAMING_PARTICIPLES);

/**
 * "a self-evaluation called “analysis of impediments”", "a law known as the “crackhouse statute”": the words a thing
 * is named by, after a participle of naming straight after the thing's noun, are its name, not anyone's words. Not
 * after people ("what multiple lawmakers called “fraud”"), who are the verb's subject and speak.
 */
export function isNameGiven(context: AttributionContext, quotation: QuotationSpan): boolean {
  const { words } = context;
  // The last narration word before the opening mark.
  let index = firstStartingAfter(words, quotation.start - 1) - 1;
  while (index >= 0 && (words[index] as TaggedWord).end > quotation.start - 1) index--;
  if (/^(?:the|a|an)$/i.test(words[index]?.text ?? '')) index--;
  const last = words[index]?.text.toLowerCase() ?? '';
  const twoWords = `${words[index - 1]?.text.toLowerCase() ?? ''} ${last}`;
  const named = NAMING.has(twoWords) ? 2 : NAMING.has(last) ? 1 : 0;
  const noun = words[index - named];
  return (
    named > 0 && noun?.pos === 'NOUN' && /^\p{Ll}+$/u.test(noun.text) && !wordLemmas(noun.text).some(isWrittenRoleNoun)
  );
}
