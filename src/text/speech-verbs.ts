/** Verbs that ask for someone's words ("What did Lavrov say ..."): they frame a question and name no topic. */
export const SPEECH_VERBS: readonly string[] =
  `say said says saying tell told think thinks thought describe described call called claim claimed
quote quoted react reacted respond responded warn warned`.split(/\s+/);
