/** Verbs that ask for someone's words ("What did Lavrov say ..."): they frame a question and name no topic. */
export const SPEECH_VERBS: readonly string[] =
  `say said says saying tell told think thinks thought describe described call called claim claimed
quote quoted react reacted respond responded warn warned`.split(/\s+/);

const ASKS_FOR_WORDS = new RegExp(`\\b(?:${SPEECH_VERBS.join('|')})\\b`, 'i');

/** True when the question asks for someone's words ("What did X say ..."): the answer says when they are not given. */
export function asksForWords(question: string): boolean {
  return ASKS_FOR_WORDS.test(question);
}
