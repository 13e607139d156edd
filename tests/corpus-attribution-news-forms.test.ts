import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 13: forms of present-day news reporting that PolNeAR's political articles showed the attribution missing.
// Each case is constructed, and each credited nobody before its rule.
describe('present-day news forms', () => {
  it('reads the cue after a question that closes inside its quotation marks', () => {
    expect(
      speakersOf(
        'Donald Trump held a news conference in the lobby.',
        '“You think I’m going to change?” Trump asked reporters. “I’m not changing.”',
      ),
    ).toEqual([
      ['You think I’m', 'Donald Trump'],
      ['I’m not changing.', 'Donald Trump'],
    ]);
  });

  it('reads a forename the tagger takes for a verb as the start of the name', () => {
    expect(
      speakersOf('“The administration is constrained by law,” White House press secretary Josh Earnest said Monday.'),
    ).toEqual([['The administration is', 'Josh Earnest']]);
  });

  it('reads a title word after a forename as a surname', () => {
    expect(speakersOf('“He is obviously struggling,” said Howard Dean, a former governor.')).toEqual([
      ['He is obviously', 'Howard Dean'],
    ]);
  });

  it('still reads a capitalised reporting verb before a name as the verb', () => {
    expect(speakersOf('Roger Maris hit two home runs.', '“Are you kidding?” Said Maris. “We won the game.”')).toEqual([
      ['Are you kidding?', 'Roger Maris'],
      ['We won the', 'Roger Maris'],
    ]);
  });

  it('credits the name that closes a compound after an inverted verb, not the body modifying it', () => {
    expect(
      speakersOf(
        '“The commissions are a failure,” said ACLU executive Director Anthony Romero in a statement.',
        '“We have made mistakes,” said Atlantic City Mayor Don Guardian.',
        '“He captured the angry voter,” said Montclair State University political scientist Brigid Harrison.',
      ),
    ).toEqual([
      ['The commissions are', 'Anthony Romero'],
      ['We have made', 'Don Guardian'],
      ['He captured the', 'Brigid Harrison'],
    ]);
  });

  it('credits a name after a description that follows an inverted verb', () => {
    expect(
      speakersOf(
        '“It is a hot item,” said conservative activist Bob Klaus, who is not affiliated.',
        '“He is struggling,” said the former Vermont governor Howard Dean.',
      ),
    ).toEqual([
      ['It is a', 'Bob Klaus'],
      ['He is struggling', 'Howard Dean'],
    ]);
  });

  it('credits a reporting participle to the subject of the verb it follows', () => {
    expect(
      speakersOf(
        'Mitt Romney went after Trump on Wednesday over his refusal to release his taxes, calling it “disqualifying.”',
        'Ryan and Trump will meet next week, Sean Spicer said, adding, “They need to sit down and have a good talk.”',
      ),
    ).toEqual([
      ['disqualifying.', 'Mitt Romney'],
      ['They need to', 'Sean Spicer'],
    ]);
  });

  it('reads a capitalised word after a forename as the surname, and a capitalised word inside a compound as a name', () => {
    expect(
      speakersOf(
        '“This language says you are not welcome,” said Kristen Day, executive director of the group.',
        '“Officials hid this email for years,” said Judicial Watch President Tom Fitton.',
      ),
    ).toEqual([
      ['This language says', 'Kristen Day'],
      ['Officials hid this', 'Tom Fitton'],
    ]);
  });

  it('takes a title-case first line closed by a full stop as the headline, whose names are not the body’s people', () => {
    const text = [
      'Ted Cruz Refuses to Disavow Lindsey Graham Endorsement.',
      'Sen. Lindsey Graham has come out in support of Cruz.',
      '“I think the best alternative to Donald Trump is Ted Cruz,” Graham told CNN.',
    ].join('\n\n');
    const document = buildCorpus([{ id: 'article.txt', text }]).documents[0];
    expect(document?.title).toBe('Ted Cruz Refuses to Disavow Lindsey Graham Endorsement.');
    expect(document?.quotations.map((quotation) => quotation.speaker)).toEqual(['Lindsey Graham']);
  });

  it('reads a bare subject and verb after a comma inside the closing mark, or after a question, whatever the verb', () => {
    expect(
      speakersOf(
        'Morton Blackwell wrote to fellow conservatives. Sean Hannity interviewed Donald Trump.',
        '“Applying those questions to the candidates,” Blackwell continued, “you and I should unite behind one.”',
        '“Would it be negotiable about the 11 million?” Hannity pressed.',
        '“You know, it happens, right?” Trump went on. “But you have to get over it.”',
      ),
    ).toEqual([
      ['Applying those questions', 'Morton Blackwell'],
      ['you and I', 'Morton Blackwell'],
      ['Would it be', 'Sean Hannity'],
      ['You know, it', 'Donald Trump'],
      ['But you have', 'Donald Trump'],
    ]);
  });

  it('gives a bare surname shared by several people to the one the article introduced first', () => {
    expect(
      speakersOf(
        'Donald Trump spoke in Ohio on Monday with his daughter Ivanka Trump beside him.',
        '“We will win this state,” Trump said.',
      ),
    ).toEqual([['We will win', 'Donald Trump']]);
  });

  it('reads a participle after a quotation as reporting what follows it, not the quotation', () => {
    expect(
      speakersOf(
        'Donald Trump met Vladimir Putin.',
        'Trump said that he and Putin discussed a “three-way deal” with China, adding that Beijing “would very much like to be part of that deal.”',
      ),
    ).toEqual([
      ['three-way deal', 'Donald Trump'],
      ['would very much', 'Donald Trump'],
    ]);
  });

  it('takes a title closed by the sentence’s full stop inside its marks as a title, and passes over it', () => {
    expect(
      speakersOf(
        'Donald Trump spoke on Wednesday.',
        '“She is a flawed candidate,” Trump said Wednesday on ABC’s “Good Morning America.” “She is not going to do very well in the election.”',
      ),
    ).toEqual([
      ['She is a', 'Donald Trump'],
      ['Good Morning America.', null],
      ['She is not', 'Donald Trump'],
    ]);
  });

  it('reads a bare subject and verb before a quotation, and an epithet before a name, whatever the verb', () => {
    expect(
      speakersOf(
        'Bernie Sanders debated Hillary Clinton. François Hollande answered Donald Trump.',
        'When Sanders accused her, Clinton said “I stood up against the banks” for their deals. Sanders shot back, “Secretary Clinton called them out, and they must have been crushed.”',
        '“France will always be France,” an angry Hollande retaliated.',
      ),
    ).toEqual([
      ['I stood up', 'Hillary Clinton'],
      ['Secretary Clinton called', 'Bernie Sanders'],
      ['France will always', 'François Hollande'],
    ]);
  });

  it('gives a verb joined by "but" the subject of the clause, and looks for the cue after a fronted clause', () => {
    expect(
      speakersOf(
        'Sen. Jack Reed (D-R.I.), said after a lunch that he had not read the president’s plan, but called it a “starting point for our deliberations.”',
        'After the Supreme Court refused to reinstate the law, Gov. Pat McCrory blamed the court’s “four liberal justices.”',
      ),
    ).toEqual([
      ['starting point for', 'Jack Reed'],
      ['four liberal justices.', 'Pat McCrory'],
    ]);
  });

  it('reads a person opening a phrase set off by dashes as the subject the description before it names', () => {
    expect(
      speakersOf(
        'Barack Obama spoke on Sunday.',
        'A former Republican presidential candidate -- John McCain, who lost the 2008 election to Obama -- said the president “offered no changes to his strategy.”',
      ),
    ).toEqual([['offered no changes', 'John McCain']]);
  });

  it('takes title-case words with a comma or full stop inside for speech, not a title', () => {
    expect(speakersOf('Donald Trump spoke.', '“Like Oakland. Or Ferguson,” Trump said.')).toEqual([
      ['Like Oakland. Or', 'Donald Trump'],
    ]);
  });

  it('credits the subject of a relative clause whose pronoun is its object', () => {
    expect(
      speakersOf(
        'Glenn Beck spoke on Friday. Stephen Bannon runs the campaign.',
        'Much of his ire was directed at Bannon, who Beck on Wednesday called “a horrible, despicable human being.”',
      ),
    ).toEqual([['a horrible, despicable', 'Glenn Beck']]);
  });

  it('reads a capitalised word the tagger takes for a verb as opening the name after an inverted verb', () => {
    expect(
      speakersOf(
        'Professor Doyle teaches at Vanderbilt University.',
        '“It is a pretty expensive business model,” said Will Doyle, a professor of higher education.',
      ),
    ).toEqual([['It is a', 'Doyle']]);
  });

  it('reads "the" before an initialism the article makes a speaker as that name, not a description', () => {
    expect(
      speakersOf(
        'The DNC said on Friday that it would investigate. The DNC said the staffers’ actions were “completely unacceptable.”',
      ),
    ).toEqual([['completely unacceptable.', 'DNC']]);
  });

  it('takes no cue from a later clause when the quotation runs on inside its own', () => {
    expect(
      speakersOf(
        'James Comey and Hillary Clinton were named.',
        'While Comey said there was clear evidence that Clinton was “extremely careless” and mishandled information, he said there is no precedent.',
      ),
    ).toEqual([['extremely careless', 'James Comey']]);
  });
});
