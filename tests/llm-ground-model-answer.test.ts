import { describe, expect, it } from 'vitest';
import { groundModelAnswer } from '../src/llm/ground-model-answer.js';
import type { ModelAnswer } from '../src/llm/model-answer-schema.js';
import { loadSeedCorpus } from './fixtures/openai/seed-corpus.js';

const { corpus, index } = loadSeedCorpus();
const SOCHI = '003_35b4c60fcfc4f624.txt';
const sochi = corpus.documents.find((document) => document.id === SOCHI);
if (!sochi) throw new Error('seed article missing');

/** The passages of these sentences, as retrieval would give them. */
function passages(...sentenceIndexes: number[]) {
  const all = new Map(
    index
      .search('Lavrov Pompeo Putin Iran Venezuela stability Idlib Mueller talks arms', 200)
      .passages.map((passage) => [passage.id, passage]),
  );
  return sentenceIndexes.map((sentenceIndex) => {
    const id = `${SOCHI}:${sentenceIndex}`;
    const sentence = sochi!.sentences[sentenceIndex]!;
    return (
      all.get(id) ?? {
        id,
        document: sochi!,
        sentence,
        text: sochi!.text.slice(sentence.start, sentence.end),
        score: 1,
        coverage: 1,
        topicCoverage: 1,
        sentenceTopicCoverage: 1,
        missingNames: [],
        ownCredits: [],
        credits: [],
      }
    );
  });
}

function ground(claims: ModelAnswer['claims'], given = passages(5, 7, 26, 36, 49, 16)) {
  return groundModelAnswer({ unanswerable: false, claims }, { passages: given, speakers: corpus.speakers });
}

describe('groundModelAnswer', () => {
  it('builds citations from corpus offsets with the speaker the corpus records', () => {
    const outcome = ground([
      {
        text: 'Putin credited Mueller.',
        quotes: [{ passageId: `${SOCHI}:49`, quote: 'we should give [mueller] credit', speaker: null }],
      },
    ]);
    const citation = outcome.citations[0]!;
    expect(citation.quote).toBe('We should give [Mueller] credit');
    expect(sochi!.text.slice(citation.start, citation.end)).toBe(citation.quote);
    expect(citation.speaker).toBe('Vladimir Putin');
    expect(outcome.claims[0]?.prose).toBe('Putin credited Mueller.');
  });

  it('resolves a speaker given with title and full name, and refuses one the corpus does not credit', () => {
    const quote = 'I raised our concerns about the escalation of the situation around Idlib';
    const titled = ground([
      { text: 'x', quotes: [{ passageId: `${SOCHI}:16`, quote, speaker: 'US Secretary of State Mike Pompeo' }] },
    ]);
    expect(titled.citations.map((citation) => citation.speaker)).toEqual(['Mike Pompeo']);
    const wrong = ground([
      { text: 'x', quotes: [{ passageId: `${SOCHI}:16`, quote, speaker: 'the Russian president' }] },
    ]);
    expect(wrong.rejections.map((rejection) => rejection.reason)).toEqual(['wrong_speaker']);
    const nobody = ground([{ text: 'x', quotes: [{ passageId: `${SOCHI}:16`, quote, speaker: 'Angela Merkel' }] }]);
    expect(nobody.rejections.map((rejection) => rejection.reason)).toEqual(['unknown_speaker']);
  });

  it("refuses a named speaker for the reporter's narration, but cites it with speaker null", () => {
    const narration = 'Pompeo told Lavrov the United States does not';
    const named = ground([{ text: 'x', quotes: [{ passageId: `${SOCHI}:36`, quote: narration, speaker: 'Pompeo' }] }]);
    expect(named.rejections.map((rejection) => rejection.reason)).toEqual(['not_quoted_words']);
    const reporter = ground([{ text: 'x', quotes: [{ passageId: `${SOCHI}:36`, quote: narration, speaker: null }] }]);
    expect(reporter.citations.map((citation) => [citation.quote, citation.speaker])).toEqual([[narration, null]]);
  });

  it('refuses quotes too short to prove anything, unless they are a whole quotation', () => {
    const short = ground([{ text: 'x', quotes: [{ passageId: `${SOCHI}:36`, quote: 'seek war', speaker: null }] }]);
    expect(short.rejections.map((rejection) => rejection.reason)).toEqual(['too_short']);
    const whole = ground([
      { text: 'x', quotes: [{ passageId: `${SOCHI}:36`, quote: 'fundamentally', speaker: 'Mike Pompeo' }] },
    ]);
    expect(whole.citations.map((citation) => [citation.quote, citation.speaker])).toEqual([
      ['fundamentally', 'Mike Pompeo'],
    ]);
  });

  it('only finds a quote inside the cited sentence', () => {
    const outcome = ground([
      {
        text: 'x',
        quotes: [
          {
            passageId: `${SOCHI}:5`,
            quote: 'We talked about the prospects of the Strategic Arms Reduction Treaty',
            speaker: null,
          },
        ],
      },
    ]);
    expect(outcome.rejections.map((rejection) => rejection.reason)).toEqual(['not_verbatim']);
    expect(outcome.dropped).toEqual([{ claim: 0, reason: 'no_surviving_quote' }]);
  });

  it('numbers each distinct passage once, across claims', () => {
    const quote = {
      passageId: `${SOCHI}:26`,
      quote: 'Despite our disagreements, we will keep talking',
      speaker: 'Pompeo',
    };
    const outcome = ground([
      { text: 'a', quotes: [quote, quote] },
      { text: 'b', quotes: [{ ...quote, quote: 'despite our disagreements, we will keep talking.' }] },
    ]);
    expect(outcome.citations.map((citation) => citation.n)).toEqual([1]);
    expect(outcome.claims.map((claim) => claim.citations.map((citation) => citation.n))).toEqual([[1], [1]]);
  });

  it('neutralises quotation marks in prose, and discards prose that quotes words its citations lack', () => {
    const quote = {
      passageId: `${SOCHI}:26`,
      quote: 'Despite our disagreements, we will keep talking',
      speaker: 'Pompeo',
    };
    const outcome = ground([
      { text: 'Pompeo said \u201Cwe will keep talking\u201D [7].', quotes: [quote] },
      { text: 'Pompeo said "we will never talk again".', quotes: [quote] },
    ]);
    expect(outcome.claims.map((claim) => claim.prose)).toEqual(['Pompeo said we will keep talking.', '']);
    expect(outcome.discardedProse).toEqual([1]);
  });

  it('caps the number of claims and quotes it considers', () => {
    const quote = { passageId: `${SOCHI}:26`, quote: 'Despite our disagreements, we will keep talking', speaker: null };
    const outcome = ground(Array.from({ length: 20 }, (_, claim) => ({ text: `claim ${claim}`, quotes: [quote] })));
    expect(outcome.claims.length).toBeLessThanOrEqual(6);
  });
});
