import type { Corpus } from '../corpus/corpus-types.js';
import type { Passage } from '../search/search-index.js';

const ASKS_FOR_WORDS = /\b(?:say|said|says|saying|tell|told|think|thinks|thought|describe|described|call|called|claim|claimed|quote|quoted|react|reacted|respond|responded|warn|warned)\b/i;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Canonical speakers a question asks for the words of ("What did the Secretary of State say ..."), by any alias. */
export function speakersAskedAbout(question: string, corpus: Corpus): Set<string> {
  const asked = new Set<string>();
  if (!ASKS_FOR_WORDS.test(question)) return asked;
  const lower = question.toLowerCase().replace(/\u2019/g, "'");
  for (const speaker of corpus.speakers) {
    const named = speaker.aliases.some((alias) => alias.length >= 4 && new RegExp(`(?<![\\p{L}\\p{N}])${escape(alias)}(?![\\p{L}\\p{N}])`, 'u').test(lower));
    if (named) asked.add(speaker.name);
  }
  return asked;
}

/** True when the passage holds words of one of these speakers: a quotation of theirs, or narration crediting them. */
export function passageSpeaksFor(passage: Passage, speakers: ReadonlySet<string>): boolean {
  const { document, sentence } = passage;
  if (sentence.creditedSpeaker && speakers.has(sentence.creditedSpeaker)) return true;
  return document.quotations.some(
    (quotation) => quotation.speaker !== null && speakers.has(quotation.speaker) && quotation.start < sentence.end && quotation.end > sentence.start,
  );
}
