import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors/input-error.js';
import { parseClaimCheck } from '../src/quotes/parse-claim-check.js';
import { parseVerifyRequest, verifyRequestSchema } from '../src/quotes/verify-request.js';

describe('parseClaimCheck', () => {
  it.each([
    ['Did Putin say "we should give Mueller credit"?', 'we should give Mueller credit', 'Putin'],
    ['Did Putin say “we should give Mueller credit”?', 'we should give Mueller credit', 'Putin'],
    ['did putin say ‘we should give Mueller credit’', 'we should give Mueller credit', 'putin'],
    ["Did Putin really say 'we'll give Mueller credit'?", "we'll give Mueller credit", 'Putin'],
    [
      'Did Vladimir Putin actually say that "we should give Mueller credit"?',
      'we should give Mueller credit',
      'Vladimir Putin',
    ],
    ['Did the US top diplomat tell reporters "we will keep talking"?', 'we will keep talking', 'the US top diplomat'],
    ['Has Lavrov ever said "strong mechanism of peace"?', 'strong mechanism of peace', 'Lavrov'],
    ['Is it true that Lavrov said "it expires in February 2021"?', 'it expires in February 2021', 'Lavrov'],
    [
      'Is it true that Lavrov said the treaty expires in February 2021?',
      'the treaty expires in February 2021',
      'Lavrov',
    ],
    [
      'Is it true Pompeo said: “Despite our disagreements, we will keep talking”',
      'Despite our disagreements, we will keep talking',
      'Pompeo',
    ],
    [
      'Pompeo: "Despite our disagreements, we will keep talking"',
      'Despite our disagreements, we will keep talking',
      'Pompeo',
    ],
    [
      'Mike Pompeo: “Today’s meetings were a positive step forward.”',
      'Today’s meetings were a positive step forward.',
      'Mike Pompeo',
    ],
    ['"We should give Mueller credit," Putin said?', 'We should give Mueller credit', 'Putin'],
    ['"We should give Mueller credit" - Putin', 'We should give Mueller credit', 'Putin'],
    ['Is "we will keep talking" a real quote from Pompeo?', 'we will keep talking', 'Pompeo'],
  ])('reads %j as a claim check', (question, quote, speaker) => {
    expect(parseClaimCheck(question)).toEqual({ quote, speaker });
  });

  it.each([
    ['Who said "we should give Mueller credit"?', 'we should give Mueller credit'],
    ['who said “three-way deal”', 'three-way deal'],
    ['Did anyone say "we will keep talking"?', 'we will keep talking'],
    ['Check: "we will keep talking"', 'we will keep talking'],
    ['Verify this quote: “fundamentally”', 'fundamentally'],
    ['"we will keep talking"', 'we will keep talking'],
  ])('reads %j as a claim check with no speaker', (question, quote) => {
    expect(parseClaimCheck(question)).toEqual({ quote, speaker: null });
  });

  it.each([
    'When did Pompeo meet Putin?',
    'What did Putin say about "collusion"?',
    'What is "New START"?',
    '"New START" — what is it?',
    'What did Pompeo say about Venezuela?',
    'Did Pompeo meet Lavrov in Sochi?',
    'Summarise what Lavrov said about Syria',
    '',
  ])('leaves %j to the answer path', (question) => {
    expect(parseClaimCheck(question)).toBeNull();
  });

  it('does not take a pronoun for a speaker', () => {
    expect(parseClaimCheck('Did he say "we will keep talking"?')).toEqual({
      quote: 'we will keep talking',
      speaker: null,
    });
  });
});

describe('verifyRequestSchema', () => {
  it('accepts a quote with or without a speaker', () => {
    expect(verifyRequestSchema.parse({ quote: 'we will keep talking' })).toEqual({ quote: 'we will keep talking' });
    expect(parseVerifyRequest({ quote: 'we will keep talking', speaker: ' Pompeo ' })).toEqual({
      quote: 'we will keep talking',
      speaker: 'Pompeo',
    });
    expect(parseVerifyRequest({ quote: 'we will keep talking', speaker: null })).toEqual({
      quote: 'we will keep talking',
      speaker: null,
    });
  });

  it.each([
    [{ quote: '' }, 'empty', /quote is empty/],
    [{ quote: 'x'.repeat(2001) }, 'too_long', /longer than 2000 characters/],
    [{}, 'invalid', /quote must be a string/],
    [{ quote: 'we will keep talking', speaker: 3 }, 'invalid', /speaker must be a string/],
    ['not an object', 'invalid', /Cannot check this quote/],
  ])('refuses %j with a readable InputError', (input, reason, message) => {
    let thrown: unknown;
    try {
      parseVerifyRequest(input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).reason).toBe(reason);
    expect((thrown as InputError).message).toMatch(message);
  });

  it('accepts exactly 2000 characters', () => {
    expect(parseVerifyRequest({ quote: 'x'.repeat(2000) }).quote).toHaveLength(2000);
  });
});
