import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 62: forms the Reuters development splits (dev to dev24) showed the corpus getting wrong. Each case is
// constructed, and each failed before its rule.
describe('a participle opening its clause just before a person’s title', () => {
  it('modifies the title: "In ending the designation, acting Secretary Elaine Duke said"', () => {
    expect(
      speakersOf(
        'In ending the TPS designation, acting Secretary of Homeland Security Elaine Duke said she had determined that the “extraordinary but temporary conditions no longer exist.”',
      ),
    ).toEqual([['extraordinary but temporary', 'Elaine Duke']]);
  });

  it('but one taking a noun phrase for its object does not make its object the speaker: "defending the Iran deal"', () => {
    const [quotation] = speakersOf(
      'Rex Tillerson was in Brussels. At NATO this week, he espoused a traditional policy, defending the Iran nuclear deal agreed in 2015, warning of a more assertive Russia and saying he had become “quite close” with Sigmar Gabriel.',
    );
    // Tillerson spoke them; the rules abstain today, and must never name Iran.
    expect(quotation?.[0]).toBe('quite close');
    expect([null, 'Rex Tillerson']).toContain(quotation?.[1]);
  });
});

describe('a quotation in a fronted clause of time or concession with a verb of saying of its own', () => {
  it('is not reported by the main clause after it: "While … Tillerson said the reports were “laughable”, Trump has said"', () => {
    expect(
      speakersOf(
        'President Donald Trump met Rex Tillerson. While Trump said last week he was not leaving and Tillerson said the reports were “laughable”, Trump has also said he alone decides.',
      ),
    ).toEqual([['laughable', 'Rex Tillerson']]);
  });

  it('but one with none is: "While the economy is growing at a “reasonably good pace” he warned"', () => {
    expect(
      speakersOf(
        'Fed chief Alan Greenspan spoke to the committee. While the US economy is growing at a “reasonably good pace” he warned that budget concerns were clouding the outlook.',
      ),
    ).toEqual([['reasonably good pace', 'Alan Greenspan']]);
  });
});

describe('"for" after a body’s head, with an article maybe', () => {
  it('goes on with its name: "the Committee for a Responsible Federal Budget" is not "the Committee"', () => {
    expect(
      speakersOf(
        'Senator Orrin Hatch leads the Senate Finance Committee. “It is a budget buster,” the Committee for a Responsible Federal Budget said.',
      ),
    ).toEqual([['It is a', 'Committee for a Responsible Federal Budget']]);
  });
});
