import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import type { CorpusDocument, Quotation, Span } from '../src/corpus/corpus-types.js';
import { isStopword } from '../src/text/word-tokens.js';
import { InputError } from '../src/errors/input-error.js';
import { buildQuoteIndex } from '../src/quotes/quote-index.js';
import { quoteTokens, type QuoteToken } from '../src/quotes/quote-tokens.js';
import { resolveSpeaker } from '../src/corpus/speakers/speaker-directory.js';
import { verifyQuote } from '../src/quotes/verify-quote.js';
import type { VerifyResult } from '../src/quotes/verify-result.js';

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../seeds');
const corpus = buildCorpus(
  readdirSync(seeds)
    .sort()
    .map((id) => ({ id, text: readFileSync(path.join(seeds, id), 'utf8') })),
);
const index = buildQuoteIndex(corpus);
const RUNS = { numRuns: 400 };

interface QuotedWords {
  readonly document: CorpusDocument;
  readonly quotation: Quotation;
  readonly speaker: string;
  readonly tokens: readonly QuoteToken[];
}

const quotations: QuotedWords[] = corpus.documents.flatMap((document) =>
  document.quotations.flatMap((quotation) =>
    quotation.speaker === null
      ? []
      : [
          {
            document,
            quotation,
            speaker: quotation.speaker,
            tokens: quoteTokens(document.text, quotation.start, quotation.end),
          },
        ],
  ),
);
const speakersQuoted = [...new Set(quotations.map((quoted) => quoted.speaker))];

/** Every unit a claim could match verbatim, as plain word lists: quotations (with speaker) and narration sentences. */
const units: { speaker: string | null; kind: 'quotation' | 'narration'; tokens: readonly QuoteToken[] }[] = [
  ...quotations.map((quoted) => ({ speaker: quoted.speaker, kind: 'quotation' as const, tokens: quoted.tokens })),
  ...corpus.documents.flatMap((document) =>
    document.sentences.map((sentence: Span) => ({
      speaker: null,
      kind: 'narration' as const,
      tokens: quoteTokens(document.text, sentence.start, sentence.end),
    })),
  ),
];

/** Brute force, independent of the index and the aligner: the claim's words in a row, bracketed corpus words optional. */
function holds(corpusWords: readonly QuoteToken[], claimWords: readonly string[]): boolean {
  const from = (at: number, next: number): boolean => {
    if (next === claimWords.length) return true;
    const word = corpusWords[at];
    if (!word) return false;
    const same = word.norm === claimWords[next] && from(at + 1, next + 1);
    return same || (word.optional && from(at + 1, next));
  };
  return corpusWords.some((_, at) => from(at, 0));
}

function claimWords(text: string): string[] {
  return quoteTokens(text)
    .filter((token) => !token.optional)
    .map((token) => token.norm);
}

function speakersHolding(text: string): Set<string> {
  const words = claimWords(text);
  return new Set(
    units
      .filter((unit) => unit.kind === 'quotation' && holds(unit.tokens, words))
      .map((unit) => unit.speaker as string),
  );
}

function heldAnywhere(text: string): boolean {
  const words = claimWords(text);
  return units.some((unit) => holds(unit.tokens, words));
}

function contentWords(text: string): number {
  return claimWords(text).filter((norm) => !isStopword(norm)).length;
}

function expectMatchInvariant(result: VerifyResult): void {
  if (!result.match) return;
  const document = corpus.documents.find((candidate) => candidate.id === result.match?.source);
  expect(document).toBeDefined();
  expect(result.match.text).toBe(document?.text.slice(result.match.start, result.match.end));
  expect(document?.text.includes(result.match.context)).toBe(true);
}

/** A run of at least `minimum` words of a quotation: [quotation, first word, word count]. Shrinks to readable ids. */
function runOf(minimum: number) {
  const long = quotations.filter((quoted) => quoted.tokens.length >= minimum);
  return fc
    .constantFrom(...long.map((quoted) => quoted.quotation.id))
    .chain((id) => {
      const quoted = long.find((candidate) => candidate.quotation.id === id) as QuotedWords;
      return fc
        .integer({ min: 0, max: quoted.tokens.length - minimum })
        .chain((first) =>
          fc.tuple(
            fc.constant(id),
            fc.constant(first),
            fc.integer({ min: minimum, max: quoted.tokens.length - first }),
          ),
        );
    })
    .map(
      ([id, first, count]) =>
        [quotations.find((candidate) => candidate.quotation.id === id) as QuotedWords, first, count] as const,
    );
}

/** Words outside editorial brackets: the speaker's own. */
function spoken(quoted: QuotedWords, first: number, count: number): number {
  return quoted.tokens.slice(first, first + count).filter((token) => !token.optional).length;
}

function runText(quoted: QuotedWords, first: number, count: number): string {
  const tokens = quoted.tokens.slice(first, first + count);
  return quoted.document.text.slice((tokens[0] as QuoteToken).start, (tokens.at(-1) as QuoteToken).end);
}

/** Ways of naming a speaker that the corpus itself uses and that point to that speaker alone. */
const namesOf = new Map(
  speakersQuoted.map((name) => {
    const speaker = corpus.speakers.find((candidate) => candidate.name === name);
    const aliases = (speaker?.aliases ?? []).filter((alias) => resolveSpeaker(index.speakers, alias) === name);
    return [name, [name, ...aliases]];
  }),
);

/** Whether a difference shows `norm` on the given side. */
function reports(result: VerifyResult, side: 'corpus' | 'claim', norm: string): boolean {
  return result.differences.some((difference) => claimWords(difference[side]).includes(norm));
}

/** Whether the result's passage lies inside the given quotation. */
function within(result: VerifyResult, quoted: QuotedWords): boolean {
  const match = result.match;
  return (
    match !== null &&
    match.source === quoted.document.id &&
    match.start >= quoted.quotation.start &&
    match.end <= quoted.quotation.end
  );
}

/** Words the differences change, counting each difference by its longer side. */
function changedWords(result: VerifyResult): number {
  return result.differences.reduce(
    (sum, difference) => sum + Math.max(claimWords(difference.corpus).length, claimWords(difference.claim).length),
    0,
  );
}

const INSERTED_WORDS = ['banana', 'never', 'not', 'seventeen', 'quietly', 'purple', '2030', 'no'];

function verifyOrError(quote: string, speaker?: string): VerifyResult | InputError {
  try {
    return verifyQuote(index, { quote, speaker });
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
}

describe('quote verification properties over every quotation in the seeds', () => {
  it('resolves every alias the corpus gives a quoted speaker, except the ones two speakers share', () => {
    for (const name of speakersQuoted) expect((namesOf.get(name) ?? []).length).toBeGreaterThan(2);
  });

  it('verifies any run of 3+ words from a quotation for its speaker, under any of the speaker’s names', () => {
    fc.assert(
      fc.property(runOf(3), fc.nat(), ([quoted, first, count], pick) => {
        const quote = runText(quoted, first, count);
        fc.pre(contentWords(quote) >= 2);
        const names = namesOf.get(quoted.speaker) ?? [quoted.speaker];
        const result = verifyQuote(index, { quote, speaker: names[pick % names.length] });
        expect(result.verdict, `${quote} / ${result.explanation}`).toBe('verified');
        expect(result.speaker).toBe(quoted.speaker);
        expect(result.differences).toEqual([]);
        expectMatchInvariant(result);
      }),
      RUNS,
    );
  });

  it('calls the same run misattributed for every speaker who did not say it, naming one who did', () => {
    fc.assert(
      fc.property(runOf(3), ([quoted, first, count]) => {
        const quote = runText(quoted, first, count);
        fc.pre(contentWords(quote) >= 2);
        const sayers = speakersHolding(quote);
        expect(sayers.has(quoted.speaker)).toBe(true);
        for (const other of speakersQuoted) {
          const result = verifyQuote(index, { quote, speaker: other });
          expectMatchInvariant(result);
          if (sayers.has(other)) {
            expect(result.verdict).toBe('verified');
            continue;
          }
          expect(result.verdict, `${quote} by ${other}: ${result.explanation}`).toBe('misattributed');
          expect(sayers.has(result.speaker as string)).toBe(true);
          expect(result.explanation).toContain(result.speaker as string);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('calls a run with one interior word dropped altered, reporting the dropped word', () => {
    fc.assert(
      fc.property(runOf(3), fc.nat(), ([quoted, first, count], pick) => {
        fc.pre(spoken(quoted, first, count) >= 3);
        const tokens = quoted.tokens.slice(first, first + count);
        const interior = tokens.slice(1, -1).filter((token) => !token.optional);
        fc.pre(interior.length > 0);
        const dropped = interior[pick % interior.length] as QuoteToken;
        const text = quoted.document.text;
        const quote =
          text.slice((tokens[0] as QuoteToken).start, dropped.start) +
          text.slice(dropped.end, (tokens.at(-1) as QuoteToken).end);
        fc.pre(!heldAnywhere(quote) && !quote.includes('...'));
        const result = verifyOrError(quote);
        if (contentWords(quote) < 2) {
          expect(result).toBeInstanceOf(InputError);
          return;
        }
        if (result instanceof InputError) throw result;
        expect(result.verdict, `${quote} / ${result.explanation}`).toBe('altered');
        // Another quotation may be just as close (one word away too): then that one word is what is reported.
        if (within(result, quoted))
          expect(reports(result, 'corpus', dropped.norm), `${quote} ${JSON.stringify(result.differences)}`).toBe(true);
        expect(changedWords(result), `${quote} ${JSON.stringify(result.differences)}`).toBeLessThanOrEqual(
          within(result, quoted) ? 2 : 1,
        );
        expectMatchInvariant(result);
      }),
      RUNS,
    );
  });

  it('calls a run with one word inserted altered, reporting the added word and calling out negations and numbers', () => {
    fc.assert(
      fc.property(runOf(3), fc.nat(), fc.constantFrom(...INSERTED_WORDS), ([quoted, first, count], pick, word) => {
        fc.pre(spoken(quoted, first, count) >= 3);
        const tokens = quoted.tokens.slice(first, first + count);
        const positions = tokens.flatMap((token, at) =>
          at > 0 && !token.optional && !(tokens[at - 1] as QuoteToken).optional ? [at] : [],
        );
        fc.pre(positions.length > 0);
        const before = tokens[positions[pick % positions.length] as number] as QuoteToken;
        const text = quoted.document.text;
        const quote = `${text.slice((tokens[0] as QuoteToken).start, before.start)}${word} ${text.slice(before.start, (tokens.at(-1) as QuoteToken).end)}`;
        fc.pre(contentWords(quote) >= 2 && !heldAnywhere(quote) && !quote.includes('...'));
        const result = verifyQuote(index, { quote, speaker: quoted.speaker });
        expect(result.verdict, `${quote} / ${result.explanation}`).toBe('altered');
        expect(reports(result, 'claim', word), `${quote} ${JSON.stringify(result.differences)}`).toBe(true);
        expect(changedWords(result), `${quote} ${JSON.stringify(result.differences)}`).toBeLessThanOrEqual(2);
        if (['never', 'not', 'no', 'seventeen', '2030'].includes(word))
          expect(result.explanation).toContain('Meaning changed');
        expectMatchInvariant(result);
      }),
      RUNS,
    );
  });

  it('calls a run with one word swapped for another altered, reporting the swap', () => {
    fc.assert(
      fc.property(runOf(3), fc.nat(), fc.constantFrom(...INSERTED_WORDS), ([quoted, first, count], pick, word) => {
        fc.pre(spoken(quoted, first, count) >= 3);
        const tokens = quoted.tokens.slice(first, first + count);
        const swappable = tokens.filter((token) => !token.optional && token.norm !== word);
        fc.pre(swappable.length > 0);
        const swapped = swappable[pick % swappable.length] as QuoteToken;
        const text = quoted.document.text;
        const quote = `${text.slice((tokens[0] as QuoteToken).start, swapped.start)}${word}${text.slice(swapped.end, (tokens.at(-1) as QuoteToken).end)}`;
        fc.pre(!heldAnywhere(quote) && !quote.includes('...'));
        const result = verifyOrError(quote, quoted.speaker);
        if (contentWords(quote) < 2) {
          expect(result).toBeInstanceOf(InputError);
          return;
        }
        if (result instanceof InputError) throw result;
        expect(result.verdict, `${quote} / ${result.explanation}`).toBe('altered');
        const shown = reports(result, 'claim', word) || reports(result, 'corpus', swapped.norm);
        expect(shown, `${quote} ${JSON.stringify(result.differences)}`).toBe(true);
        expect(changedWords(result), `${quote} ${JSON.stringify(result.differences)}`).toBeLessThanOrEqual(2);
        expectMatchInvariant(result);
      }),
      RUNS,
    );
  });

  it('never verifies two adjacent words swapped in a run of 5+', () => {
    fc.assert(
      fc.property(runOf(5), fc.nat(), ([quoted, first, count], pick) => {
        const tokens = quoted.tokens.slice(first, first + count);
        fc.pre(spoken(quoted, first, count) >= 5);
        const at = pick % (tokens.length - 1);
        const left = tokens[at] as QuoteToken;
        const right = tokens[at + 1] as QuoteToken;
        fc.pre(!left.optional && !right.optional && left.norm !== right.norm);
        const text = quoted.document.text;
        const quote =
          text.slice((tokens[0] as QuoteToken).start, left.start) +
          text.slice(right.start, right.end) +
          text.slice(left.end, right.start) +
          text.slice(left.start, left.end) +
          text.slice(right.end, (tokens.at(-1) as QuoteToken).end);
        fc.pre(contentWords(quote) >= 2 && !heldAnywhere(quote) && !quote.includes('...'));
        const result = verifyQuote(index, { quote });
        expect(result.verdict, `${quote} / ${result.explanation}`).toBe('altered');
        expect(result.differences.length).toBeGreaterThan(0);
        expectMatchInvariant(result);
      }),
      RUNS,
    );
  });
});
