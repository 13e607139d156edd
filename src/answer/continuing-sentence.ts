import type { CorpusDocument, Sentence } from '../corpus/corpus-types.js';
import { tagWords } from '../corpus/speakers/tag-words.js';

/** Determiners that point back to something already named ("The move stirred angst", "This decision"). */
const POINTING_BACK = /^(?:the|this|that|these|those|such)$/i;

function quotedSpeakers(document: CorpusDocument, sentence: Sentence): Set<string> {
  return new Set(
    document.quotations.flatMap((quotation) =>
      quotation.speaker !== null && quotation.start < sentence.end && quotation.end > sentence.start
        ? [quotation.speaker]
        : [],
    ),
  );
}

/**
 * The sentence after this one when it goes on with what this one says, or null: in the same paragraph, and either
 * the same speaker's quotation continued ("We should give [Mueller] credit," Putin said. "In general, he conducted an
 * objective probe ...") or a sentence whose subject refers back to it, a pronoun or a common noun after a pointing
 * determiner ("The move stirred angst over the renewal of New START"). What an open question asks about a sentence
 * is often said in the next.
 */
export function continuingSentence(document: CorpusDocument, sentence: Sentence): Sentence | null {
  const next = document.sentences[sentence.index + 1];
  if (!next || next.paragraphIndex !== sentence.paragraphIndex) return null;
  const speakers = quotedSpeakers(document, sentence);
  if ([...quotedSpeakers(document, next)].some((speaker) => speakers.has(speaker))) return next;
  const [first, second] = tagWords(document.text.slice(next.start, next.end)).filter((word) => word.pos !== 'PUNCT');
  if (first?.pos === 'PRON') return next;
  return first !== undefined && POINTING_BACK.test(first.text) && second?.pos === 'NOUN' ? next : null;
}
