import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 85: forms the development splits (AllSides dev to dev40, Reuters dev to dev32, BBC, PolNeAR train, Brown)
// showed the corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('a quotation opening the paragraph after a one-word page marker', () => {
  it('goes on from the speaker who closed the paragraph before the marker ("ADVERTISEMENT")', () => {
    expect(
      speakersOf(
        '“This would have implications nationwide,” said Jennifer Popik, federal legislative director with National Right to Life.',
        'ADVERTISEMENT',
        '“For an administration with a pro-life focus, this is something they could do.”',
      ),
    ).toEqual([
      ['This would have', 'Jennifer Popik'],
      ['For an administration', 'Jennifer Popik'],
    ]);
  });

  it('but not after a paragraph of the story', () => {
    expect(
      speakersOf(
        '“This would have implications nationwide,” said Jennifer Popik, federal legislative director with National Right to Life.',
        'Texas asked for the waiver in May.',
        '“For an administration with a pro-life focus, this is something they could do.”',
      ),
    ).toEqual([
      ['This would have', 'Jennifer Popik'],
      ['For an administration', null],
    ]);
  });
});

describe('a link widget’s headline ending in a question mark', () => {
  it('does not end the sentence around the widget ("Sen. Tim Scott Timothy Eugene ScottBottom Line … them? MORE")', () => {
    expect(
      speakersOf(
        "Sen. Tim Scott Timothy Eugene ScottBottom Line Entrepreneurs create most new jobs: Why aren't we talking about them? MORE (R-S.C.), a member of the Finance Committee, says mortgages over $500,000 are common.",
        '“I prefer that it be higher,” he said.',
      ),
    ).toEqual([['I prefer that', 'Tim Scott']]);
  });
});

describe('initials standing for a person of three or more names', () => {
  it('name that person ("Mohammed bin Salman … MBS said", "Ruth Bader Ginsburg … RBG")', () => {
    expect(
      speakersOf(
        'Crown Prince Mohammed bin Salman met the envoy on Monday.',
        '“We will not accept this,” MBS said.',
        'Justice Ruth Bader Ginsburg spoke at the event.',
        '“Fight for the things you care about,” RBG said.',
      ),
    ).toEqual([
      ['We will not', 'Mohammed bin Salman'],
      ['Fight for the', 'Ruth Bader Ginsburg'],
    ]);
  });

  it('but not initials two people of the document share', () => {
    expect(
      speakersOf('Mary Ann Brown and Michael A. Brown both spoke on Monday.', '“We will not accept this,” MAB said.'),
    ).toEqual([['We will not', 'MAB']]);
  });
});

describe('an indefinite document its issuer follows', () => {
  it('speaks for the issuer ("A report from the Palm Center said")', () => {
    expect(
      speakersOf(
        'The Pentagon released new figures on Monday. A report from the Palm Center said that “for the past year, transgender troops have been serving openly.”',
      ),
    ).toEqual([['for the past', 'Palm Center']]);
  });

  it('and leaves the subject to a name after it when no issuer is found ("from the band’s record company Universal")', () => {
    expect(
      speakersOf(
        'Chart-topping pop band Busted have confirmed that they plan to “take a break”.',
        'A statement from the band’s record company Universal said frontman Charlie Simpson planned to spend time with his other band. However they said that Busted would “reconvene in due course”.',
      ),
    ).toEqual([
      ['take a break', null],
      ['reconvene in due', 'Universal'],
    ]);
  });
});
