import { buildCorpus } from '../../src/corpus/build-corpus.js';

/** Speakers of every quotation of one article, built on its own after a title line, as `[first words, speaker]`. */
export function speakersOf(...paragraphs: string[]): [string, string | null][] {
  const corpus = buildCorpus([{ id: 'article.txt', text: ['A test article', ...paragraphs].join('\n\n') }]);
  return (corpus.documents[0]?.quotations ?? []).map((quotation) => [
    quotation.text.split(' ').slice(0, 3).join(' '),
    quotation.speaker,
  ]);
}
