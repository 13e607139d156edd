import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 46: forms the spent BBC held-out splits of round 45 (now dev48 and dev49) showed the corpus getting wrong.
// Each case is constructed, and each failed before its rule.
describe('a lone word taken for a person that opens exactly one longer name', () => {
  it('is short for that name, a firm\'s ("Shares in Cairn Energy have jumped …. Cairn said")', () => {
    expect(
      speakersOf(
        'Shares in Velo Energy have jumped 6%. Velo said drilling near its site had produced "very strong results".',
      ),
    ).toEqual([['very strong results', 'Velo Energy']]);
  });

  it('not when the document opens two longer names with it ("Velo Energy", "Velo Bank") (a guard)', () => {
    expect(
      speakersOf(
        'Shares in Velo Energy rose. Shares in Velo Bank fell. Velo said drilling near its site had produced "very strong results".',
      ),
    ).toEqual([['very strong results', 'Velo']]);
  });
});

describe('a compound with a lower-case part before a name', () => {
  it('modifies the name and is no part of it ("Houston-based Continental said")', () => {
    expect(
      speakersOf('Velo may need more cash. Paris-based Velo said it would lose "hundreds of millions" in 2005.'),
    ).toEqual([['hundreds of millions', 'Velo']]);
  });
});

describe('a place that owns a document', () => {
  it('is a body of that name that issued it, a club or a council ("Chelsea\'s statement added:")', () => {
    expect(
      speakersOf(
        'Chelsea have sacked the striker. He scored six goals. Chelsea\'s statement added: "This applies to all drugs."',
      ),
    ).toEqual([['This applies to', 'Chelsea']]);
  });
});

describe('a subject whose short predicate "and" joins to a reporting verb', () => {
  it('reports the sentence\'s words, so "she said" after it is that subject ("Dementieva is also angry and says")', () => {
    expect(
      speakersOf(
        'The players were Ana Cruz of France and Russia\'s Olga Petrova. "I am really upset about it," Cruz said. Petrova is also angry and says that Cruz and herself are the real victims. "It has been too hard on me," she said.',
      ),
    ).toEqual([
      ['I am really', 'Ana Cruz'],
      ['It has been', 'Olga Petrova'],
    ]);
  });
});

describe('"it said" after a firm taken for a person that reports a sentence it does not open', () => {
  it('still stands for the firm ("In a statement Google said …. It said:")', () => {
    expect(
      speakersOf(
        'Critics call the tool a bad idea. In a statement Velcorp said the feature was still on trial. It said: "The user can choose never to click on the button."',
      ),
    ).toEqual([['The user can', 'Velcorp']]);
  });
});

describe('an appositive of where a person is from, its closing comma left out, after a closing mark', () => {
  it('still makes the person the subject of the reporting verb ("…," Jeff Joseph, from the CEA told)', () => {
    expect(
      speakersOf(
        '"The story this year is all about digital," Ola Berg, from the Consumer Electronics Association (CEA) told the BBC.',
      ),
    ).toEqual([['The story this', 'Ola Berg']]);
  });
});
