import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { InputError as AppInputError } from '../src/errors/input-error.js';
import { InputError } from '../src/errors/input-error.js';
import { buildQuoteIndex } from '../src/quotes/quote-index.js';
import { verifyQuote } from '../src/quotes/verify-quote.js';
import { verifyResultSchema, type VerifyResult } from '../src/quotes/verify-result.js';
import { CLAIMS, type ClaimCase } from './fixtures/claims.js';

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../seeds');
const corpus = buildCorpus(
  readdirSync(seeds)
    .sort()
    .map((id) => ({ id, text: readFileSync(path.join(seeds, id), 'utf8') })),
);
const index = buildQuoteIndex(corpus);

function documentText(source: string): string {
  const document = corpus.documents.find((candidate) => candidate.id === source);
  if (!document) throw new Error(`no document ${source}`);
  return document.text;
}

/** What holds for every result, whatever the verdict. */
function expectWellFormed(result: VerifyResult): void {
  expect(verifyResultSchema.parse(result)).toEqual(result);
  // Answers may show only citations in double quotation marks, and explanations are shown in answers.
  expect(result.explanation).not.toMatch(/["\u201C\u201D\u201E\u00AB\u00BB\u2018]/);
  if (result.verdict === 'not_found') {
    expect(result.match).toBeNull();
    expect(result.speaker).toBeNull();
    return;
  }
  const match = result.match;
  expect(match).not.toBeNull();
  if (!match) return;
  expect(match.text).toBe(documentText(match.source).slice(match.start, match.end));
  expect(documentText(match.source).includes(match.context)).toBe(true);
  expect(match.context.length).toBeGreaterThanOrEqual(Math.min(match.text.length, 1));
  if (result.verdict === 'verified' || result.verdict === 'misattributed') expect(result.differences).toEqual([]);
  if (result.verdict === 'altered') expect(result.differences.length).toBeGreaterThan(0);
}

const byVerdict = (verdict: string) =>
  CLAIMS.filter((claim) => 'verdict' in claim.expect && claim.expect.verdict === verdict).length;

describe('the claims table', () => {
  it('has at least 60 claims over both seed files, covering every verdict and refusals', () => {
    expect(CLAIMS.length).toBeGreaterThanOrEqual(60);
    for (const verdict of ['verified', 'misattributed', 'altered', 'unquoted', 'not_found'])
      expect(byVerdict(verdict)).toBeGreaterThanOrEqual(5);
    expect(CLAIMS.filter((claim) => 'error' in claim.expect).length).toBeGreaterThanOrEqual(5);
    const sources = new Set(
      CLAIMS.flatMap((claim) => ('source' in claim.expect && claim.expect.source ? [claim.expect.source] : [])),
    );
    expect(sources.size).toBe(2);
  });
});

describe('verifyQuote on the seed corpus', () => {
  it.each(
    CLAIMS.map((claim): [string, ClaimCase] => [
      `${claim.rule}: ${JSON.stringify(claim.quote.slice(0, 70))}${claim.speaker ? ` by ${claim.speaker}` : ''}`,
      claim,
    ]),
  )('%s', (_, claim) => {
    const request = { quote: claim.quote, speaker: claim.speaker };
    const expected = claim.expect;
    if ('error' in expected) {
      let thrown: unknown;
      try {
        verifyQuote(index, request);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InputError);
      expect((thrown as InputError).reason).toBe(expected.error);
      expect((thrown as InputError).message.length).toBeGreaterThan(10);
      return;
    }
    const result = verifyQuote(index, request);
    expectWellFormed(result);
    expect(result.verdict, result.explanation).toBe(expected.verdict);
    expect(result.quote).toBe(claim.quote);
    if (expected.speaker !== undefined) expect(result.speaker).toBe(expected.speaker);
    if (expected.claimedSpeaker !== undefined) expect(result.claimedSpeaker).toBe(expected.claimedSpeaker);
    if (claim.speaker === undefined) expect(result.claimedSpeaker).toBeNull();
    if (expected.source !== undefined) expect(result.match?.source).toBe(expected.source);
    if (expected.matchText !== undefined) expect(result.match?.text).toBe(expected.matchText);
    if (expected.differences !== undefined) expect(result.differences).toEqual(expected.differences);
    for (const words of expected.explanationIncludes ?? []) expect(result.explanation).toContain(words);
  });

  it('shows the passage when the done-when claim is misattributed', () => {
    const result = verifyQuote(index, { quote: 'We should give Mueller credit', speaker: 'Pompeo' });
    expect(result.match?.context).toContain('"We should give [Mueller] credit," Putin said.');
    expect(result.explanation).toMatch(/^These words stand verbatim .*Vladimir Putin, not Mike Pompeo/);
  });

  it('gives the paragraph-spanning quotation as one match, break included', () => {
    const result = verifyQuote(index, { quote: 'crisis that is happening. On this we both agree', speaker: 'Pompeo' });
    expect(result.verdict).toBe('verified');
    expect(result.match?.text).toBe('crisis that is happening.\n\nOn this we both agree');
    expect(result.match?.context).toContain('Despite our disagreements');
    expect(result.match?.context).toContain('On this we both agree."');
  });

  it('calls out a negation flip even when every other word is the same', () => {
    const result = verifyQuote(index, { quote: 'there was interference on our part' });
    expect(result.verdict).toBe('altered');
    expect(result.differences).toEqual([{ op: 'delete', corpus: 'no', claim: '' }]);
    expect(result.explanation).toContain('drops the negation \u27E8no\u27E9');
  });

  it('never matches across two quotations, even from one speaker in one paragraph', () => {
    const spliced = verifyQuote(index, {
      quote: 'We should give Mueller credit ... In general, he conducted an objective probe',
      speaker: 'Putin',
    });
    expect(spliced.verdict).toBe('altered');
    expect(spliced.explanation).toContain('not one quotation');
  });

  it('rejects a malformed request with a typed error the app handles as user input', () => {
    expect(() => verifyQuote(index, { quote: 42 } as never)).toThrow(InputError);
    expect(() => verifyQuote(index, { quote: 'the' })).toThrow(AppInputError);
    expect(() => verifyQuote(index, { quote: 'we will keep talking', speaker: 7 } as never)).toThrow(
      /speaker must be a string/,
    );
  });

  it('treats a blank speaker as none', () => {
    const result = verifyQuote(index, { quote: 'we will keep talking', speaker: '  ' });
    expect(result.claimedSpeaker).toBeNull();
    expect(result.verdict).toBe('verified');
  });
});

describe('a claimed speaker given by a forename two people share', () => {
  it('is the one of them whose words these are ("Did Sergey say …" of Lavrov\'s words)', () => {
    const result = verifyQuote(index, { quote: 'prepared to support', speaker: 'Sergey' });
    expectWellFormed(result);
    expect(result.verdict).toBe('verified');
    expect(result.claimedSpeaker).toBe('Sergey Lavrov');
  });

  it('names both when the words are someone else\'s, never "not a speaker the corpus names"', () => {
    const result = verifyQuote(index, { quote: 'We should give [Mueller] credit', speaker: 'Sergey' });
    expectWellFormed(result);
    expect(result.verdict).toBe('misattributed');
    expect(result.explanation).toContain('who could be Sergey Lavrov or Sergey Ryabkov');
    expect(result.explanation).not.toContain('not a speaker the corpus names');
  });
});
