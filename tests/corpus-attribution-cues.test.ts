import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { speakersOf } from './helpers/quotation-speakers.js';

describe('quotation attribution cues', () => {
  it('finds names with initials, titles and suffixes, and credits a lone surname to them', () => {
    expect(
      speakersOf(
        'Rep. Charles E. Hughes of Sherman, sponsor of the bill, said a failure would amount “to making a gift out of the pockets”.',
        '“We will win this fight”, Hughes added.',
      ),
    ).toEqual([
      ['to making a', 'Charles E. Hughes'],
      ['We will win', 'Charles E. Hughes'],
    ]);
  });

  it('reads both orders, inverted verbs, colon introductions and reporting verbs beyond "said"', () => {
    expect(
      speakersOf(
        'Joe Chapman of Sulphur Springs spoke for the bill. Howard Cox opposed it.',
        '“This is a poor boy’s bill”, said Chapman.',
        'Cox argued that the bill is “probably unconstitutional” since it would impair contracts.',
        'Leo J. Pantas, vice president of a hardware company, pointed out recently: “Convenience is the key to the market”.',
        'Mayor Robert Wagner spoke at the Feis. The Mayor said:',
        '“It didn’t come from me”.',
      ),
    ).toEqual([
      ['This is a', 'Joe Chapman'],
      ['probably unconstitutional', 'Howard Cox'],
      ['Convenience is the', 'Leo J. Pantas'],
      ['It didn’t come', 'Robert Wagner'],
    ]);
  });

  it('reads "according to" as a cue', () => {
    expect(
      speakersOf(
        'Sheriff Bill Tate of Fulton County spoke at noon.',
        'The road will close “within the week”, according to Sheriff Tate.',
      ),
    ).toEqual([['within the week', 'Bill Tate']]);
  });

  it('resolves he and she to the nearest person of that gender, and carries a speaker through the paragraph', () => {
    expect(
      speakersOf(
        'Dewey Lawrence, a Tyler lawyer, sounded the opposition keynote when he spoke. Mrs. Esther Marr listened.',
        '“If you destroy confidence in banks, you hurt the economy”, he said. “You take millions out of circulation”.',
        '“I bum tickets to everything I can”, she said.',
      ),
    ).toEqual([
      ['If you destroy', 'Dewey Lawrence'],
      ['You take millions', 'Dewey Lawrence'],
      ['I bum tickets', 'Esther Marr'],
    ]);
  });

  it('credits a role description to the one person holding that role, and bodies to themselves', () => {
    expect(
      speakersOf(
        'Councilman William D. Schaefer wrote to the mayor.',
        'Admitting that the main streets should come first, the Councilman said small shopping areas must “not be overlooked”.',
        'The Fulton County Grand Jury met on Friday. The jury said the city “deserves praise” for its conduct.',
      ),
    ).toEqual([
      ['not be overlooked', 'William D. Schaefer'],
      ['deserves praise', 'Fulton County Grand Jury'],
    ]);
  });

  it('abstains when the speaker is anonymous, coordinated or unnamed, and on scare quotes', () => {
    expect(
      speakersOf(
        'Ron Hansen and Brooks Robinson arrived late.',
        '“Why do you worry about the bill”, the hotel owner said.',
        'Hansen and Robinson said the team would “win the pennant” this year.',
        'The 1960 “rookie-of-the-year” flew in from Baltimore.',
      ),
    ).toEqual([
      ['Why do you', null],
      ['win the pennant', null],
      ['rookie-of-the-year', null],
    ]);
  });

  it('resolves he/she by salience: a pronoun subject chains back, obliques and the nearer rival do not win', () => {
    expect(
      speakersOf(
        'Acting Administrator Andrew F. Juras said the agency needs Ray Field for a while.',
        'But he said the agency must train its own people to do what Field does.',
        'He pointed out that the agency depends on the machines, “and the whole agency would stop if they broke”.',
        'Battalion Chief Stanton M. Gladden was taken to Baptist Memorial hospital.',
        '“I’d just turned on the ignition”, he said.',
      ),
    ).toEqual([
      ['and the whole', 'Andrew F. Juras'],
      ['I’d just turned', 'Stanton M. Gladden'],
    ]);
  });

  it('prefers the last speaker for he/she when the nearest sentence names two people of that gender', () => {
    expect(
      speakersOf(
        'Mrs. H. J. Grinsfelder is chairman.',
        '“We have been working for weeks”, says Mrs. Grinsfelder.',
        'Mrs. Henry Louchheim and Mrs. Grinsfelder planned the dinner.',
        '“It will be a surprise”, she said.',
      ),
    ).toEqual([
      ['We have been', 'H. J. Grinsfelder'],
      ['It will be', 'H. J. Grinsfelder'],
    ]);
  });

  it('keeps a name the tagger reads as a verb when it follows an initial', () => {
    expect(speakersOf('“Can you defend this contract”, asked Mrs. Grace O. Peck, of the commission chairman.')).toEqual(
      [['Can you defend', 'Grace O. Peck']],
    );
  });

  it('takes a subject after the verb only when the verb is inverted, and steps over auxiliaries', () => {
    expect(
      speakersOf(
        'Secretary of State Christian Herter spoke in Oslo.',
        'The Secretary of State has not only reiterated the United States’ attachment to the alliance, “cornerstone” of its policy.',
        'Their doubts may have led Premier Nikita Khrushchev to believe that Laos could be “neutralized” soon.',
      ),
    ).toEqual([
      ['cornerstone', 'Christian Herter'],
      ['neutralized', null],
    ]);
  });

  it('credits "the Court" to the one court named, keeps it unnamed among several, and a capital\'s document to nobody', () => {
    expect(
      speakersOf(
        'Later the Tax Court ruled on kickbacks.',
        'The Court limited its decision to the tax issue, and said: “It is not our province to judge”.',
        'The Washington announcement said: “The meeting is informal”.',
      ),
    ).toEqual([
      ['It is not', 'Tax Court'],
      ['The meeting is', null],
    ]);
    expect(
      speakersOf('The High Court met in June. Later the Tax Court ruled.', 'The Court said: “It is not our province”.'),
    ).toEqual([['It is not', 'the Court']]);
  });

  it('resolves it to a body only when a body opens the sentence before', () => {
    expect(
      speakersOf(
        'In Laos, the Kennedy administration looked at the fleet as a useless gesture.',
        'Again and again it asked the Communists to “freeze” the military situation.',
        'This group pleads with the administration to act. It recommends that the United States “seek instead” a detente.',
      ),
    ).toEqual([
      // A body the article never names ("the administration" alone) would credit no one (round 17).
      ['freeze', 'Kennedy administration'],
      ['seek instead', null],
    ]);
  });

  it('takes no cue from verbs that speak only in a rare sense ("have", "lead")', () => {
    expect(
      speakersOf('Dr. and Mrs. N. Volney Ludwick have had as guests the Evans family of “Kimbolton House”.'),
    ).toEqual([['Kimbolton House', null]]);
  });

  it('reads a cue closing the sentence, an inverted verb after a question, and "in X\'s own words"', () => {
    expect(
      speakersOf(
        'City Controller Alexander Hemphill charged Tuesday that the bids were rigged.',
        'The Hughes concern then took “shortcuts” on the project but got paid anyway, Hemphill said.',
        'Mrs. Grace O. Peck rose. “Do you feel you can defend this contract”?? Asked Mrs. Peck of the chairman.',
        'The Vienna meeting brings together a veteran who, in Mr. Hemphill’s own words, is “shrewd, tough, vigorous”.',
      ),
    ).toEqual([
      ['shortcuts', 'Alexander Hemphill'],
      ['Do you feel', 'Grace O. Peck'],
      ['shrewd, tough, vigorous', 'Alexander Hemphill'],
    ]);
  });

  it('takes no place WordNet knows for a person when resolving he', () => {
    expect(
      speakersOf(
        'Gordon Boyce spoke to the missionaries. Asia is a long way off.',
        'Southeast Asia needs teachers more than ever, Boyce said. “We are here to teach”, he said.',
      ),
    ).toEqual([['We are here', 'Gordon Boyce']]);
  });

  it('credits narration by the same per-document rules: a closing cue, pronouns, and no credit for a passive', () => {
    const corpus = buildCorpus([
      {
        id: 'article.txt',
        text: [
          'A test article',
          'City Controller Alexander Hemphill charged Tuesday that the bids were rigged.',
          'The city paid for work on 75 girders, Hemphill said. He said the work was never done.',
          'Petitions naming Julian W. Barnard will be presented to the court Friday.',
        ].join('\n\n'),
      },
    ]);
    const document = corpus.documents[0];
    const credit = (opening: string) =>
      document?.sentences.find((sentence) => document.text.slice(sentence.start).startsWith(opening))?.creditedSpeaker;
    expect(credit('The city paid')).toBe('Alexander Hemphill');
    expect(credit('He said the work')).toBe('Alexander Hemphill');
    expect(credit('Petitions naming')).toBeNull();
  });

  it('does not count sentences inside a quotation as distance to a pronoun, and does not reach past four', () => {
    expect(
      speakersOf(
        'Mrs. H. J. Grinsfelder is chairman.',
        'Guests will come, says Mrs. Grinsfelder, “and we will offer them food. We have worked for weeks. The prospects look great. We keep surprises. But we cannot tell it all”.',
        'But she does indicate that a jazz combo will “give with the beat” at dinner.',
        'Mayor Robert Wagner spoke. The talks went on. The city voted. The vote was close. The taxi driver remarks that politicians are alike.',
        '“The hand is out”, he says.',
      ),
    ).toEqual([
      ['and we will', 'H. J. Grinsfelder'],
      ['give with the', 'H. J. Grinsfelder'],
      ['The hand is', null],
    ]);
  });

  it('gives no speaker to titles, to scare quotes after a speaker, or past an unknown verb after the quotation', () => {
    expect(
      speakersOf(
        'Olivia De Havilland signed to do a Broadway play this season, “A Gift of Time”.',
        '“Housed in the new theater, this will be exciting”, adds Mrs. Frank Sims. The members were “quite off-beat”, she said. “Outside” guests came too.',
        'The last event was a show by Harry Belafonte — “quite off-beat for this group”, decided some of the members.',
      ),
    ).toEqual([
      ['A Gift of', null],
      ['Housed in the', 'Frank Sims'],
      ['quite off-beat', 'Frank Sims'],
      ['Outside', null],
      ['quite off-beat for', null],
    ]);
  });

  it('ends a title at a WordNet role noun, before a full name or a surname, and a name before a time word', () => {
    expect(
      speakersOf(
        'The Twins beat the Chicago White Sox Monday.',
        'Boston Red Sox Outfielder Frank Malzone said he was through. “I have had it”, he told a newsman.',
        'General David M. Shoup delivered his report. Said Leatherneck Shoup: “A year ago I took the plow”.',
      ),
    ).toEqual([
      ['I have had', 'Frank Malzone'],
      ['A year ago', 'David M. Shoup'],
    ]);
  });
  it('lets a verb just before the quotation govern it over an earlier cue, but not one further off', () => {
    expect(
      speakersOf(
        'Coach John Benington spoke of Gordon Hartweger at the dinner.',
        'After the coach listed all his faults, Hartweger said, “You will get to like me”.',
        'What Benington presented, said Hartweger, was “a fair account of my game”.',
        'Jerome Leavitt testified. Government attorneys, Leavitt said, have questioned him closely about “five or six loans” to the firm.',
        'The Fulton County Grand Jury met. The jury said Leavitt will discuss “the full range of loans” next week.',
      ),
    ).toEqual([
      ['You will get', 'Gordon Hartweger'],
      ['a fair account', 'Gordon Hartweger'],
      ['five or six', 'Jerome Leavitt'],
      ['the full range', 'Fulton County Grand Jury'],
    ]);
  });
  it('takes no antecedent for he/she from a parenthesis, unless the pronoun stands in it too', () => {
    expect(
      speakersOf(
        'Roger Maris was benched at Tulsa in 1955. (Manager Dutch Meyer sent him to Reading.) “I can play”, he said.',
        '(Later Judge Howard Smith spoke of reprisals. Said he: “We will see about that”.)',
      ),
    ).toEqual([
      ['I can play', 'Roger Maris'],
      ['We will see', 'Howard Smith'],
    ]);
  });
  it('keeps a surname with an office apart from a namesake who holds another, and a school from its namesake', () => {
    expect(
      speakersOf(
        'The work is done by First Lady Jacqueline Kennedy’s committee.',
        '“The music was fine”, President Kennedy remarked. He had attended the Joseph P. Kennedy School in Boston.',
        '“The nuns there do wonderful work”, the President said.',
        'Governor Mark Hatfield spoke too. “We are proud”, Gov. Hatfield said.',
      ),
    ).toEqual([
      ['The music was', 'Kennedy'],
      ['The nuns there', 'Kennedy'],
      ['We are proud', 'Mark Hatfield'],
    ]);
  });
  it('links a forename or the opening of a name to the one person whose name it opens', () => {
    expect(
      speakersOf(
        'Arnold Palmer played with Willie Chisholm and Long Jim Barnes.',
        '“How many is that”, asked Willie. “Thirteen”, said Long Jim.',
        '“I knew it all along”, confessed Arnold.',
      ),
    ).toEqual([
      ['How many is', 'Willie Chisholm'],
      ['Thirteen', 'Long Jim Barnes'],
      ['I knew it', 'Arnold Palmer'],
    ]);
    expect(speakersOf('Willie Mays and Willie Chisholm arrived.', '“We won”, said Willie.')).toEqual([
      ['We won', null],
    ]);
  });

  it('keeps a vice president apart from the President', () => {
    expect(
      speakersOf(
        'President John F. Kennedy met Vice President Chen Cheng. Chen was adamant.',
        'Later the President spoke. He declared: “We shall always be prepared to talk”.',
      ),
    ).toEqual([['We shall always', 'John F. Kennedy']]);
  });
  it('reads a subject and verb opening the sentence after a question or exclamation as its cue', () => {
    expect(
      speakersOf(
        'Mickey Mantle walked up. “See that kid”?? He said, pointing to a boy.',
        'Clarence Cannon got the word. “Unconscionable”!! He shouted. “Why now”?? The room fell silent.',
      ),
    ).toEqual([
      ['See that kid', 'Mickey Mantle'],
      ['Unconscionable', 'Clarence Cannon'],
      ['Why now', null],
    ]);
  });
  it('reads a bare subject and verb set off after a quotation as its cue, whatever the verb', () => {
    expect(
      speakersOf(
        'Roger Maris and Coach Hank Stram came to town.',
        'Both liked Oklahoma (“Sometimes in the minors”, Maris recalls, “I wished I had gone there”).',
        '“We lost”, grinned Stram. “The pass”, Stram said to the players who ran, “was fine”.',
        '“Big and strong”, the players thought about it.',
      ),
    ).toEqual([
      ['Sometimes in the', 'Roger Maris'],
      ['I wished I', 'Roger Maris'],
      ['We lost', 'Hank Stram'],
      ['The pass', 'Hank Stram'],
      ['was fine', 'Hank Stram'],
      ['Big and strong', null],
    ]);
  });
  it('reads a particle verb split by a pronoun object as a cue', () => {
    expect(
      speakersOf('The team lost again. Coach Hank Stram brushed it off:', '“It was one game in a long season”.'),
    ).toEqual([['It was one', 'Hank Stram']]);
  });
  it('reads "in the words of X" before any other verb, and steps over an intensifying reflexive', () => {
    expect(
      speakersOf(
        'Speakers dealt lavish praise to the players who, in the words of Coach John Benington, “had more confidence than I did”.',
        'G. David Thompson sold his paintings. Thompson himself said: “I want bare walls”.',
      ),
    ).toEqual([
      ['had more confidence', 'John Benington'],
      ['I want bare', 'G. David Thompson'],
    ]);
  });
  it('reads "in his words" as the words of whom "he" is', () => {
    expect(
      speakersOf(
        'William James wrote to his friends all his life.',
        'There is a dignity in his words to one correspondent: “Why need one reply to everything and everybody”??',
      ),
    ).toEqual([['Why need one', 'William James']]);
    // A person after a preposition in the pronoun's own sentence is not whom it stands for: the sentence before decides.
    expect(
      speakersOf(
        'William James wrote to his friends all his life. To James the vision never quite came.',
        'There is a hint of the inspired prophet in his words to one correspondent: “Why need one reply to everything”??',
      ),
    ).toEqual([['Why need one', 'William James']]);
  });
  it('finds the subject of a cue closing the sentence before the appositive its comma closes', () => {
    expect(
      speakersOf(
        'Programs run by “technicians with little wisdom” endanger crops, Carl W. Buchheister, president of the Audubon Society, said today.',
      ),
    ).toEqual([['technicians with little', 'Carl W. Buchheister']]);
  });
  it('gives he/she no antecedent when an unnamed person is the subject before the named one', () => {
    expect(
      speakersOf(
        'Captain Byron D. Rickards flew the plane.',
        'The gunman told Rickards to turn south. “We mean business”, he said.',
        'Rickards told the gunman to sit down. “We will land soon”, he said.',
      ),
    ).toEqual([
      ['We mean business', null],
      ['We will land', 'Byron D. Rickards'],
    ]);
  });

  it('never takes a capitalised past-tense reporting verb for a name word ("Exclaimed Stram")', () => {
    expect(
      speakersOf(
        'Hank Stram of the Texans watched the films of the game.',
        '“Just our luck”!! Exclaimed Stram. “Buster would solve that problem”.',
        '“Our line played exceptionally well”, said Stram.',
      ),
    ).toEqual([
      ['Just our luck', 'Hank Stram'],
      ['Buster would solve', 'Hank Stram'],
      ['Our line played', 'Hank Stram'],
    ]);
  });

  it('credits no court inside a description of a person ("the former Superior Court judge")', () => {
    // The description is an epithet for the one person the sentence before names (Hughes was that judge), never the
    // court; with two people named before it, nobody.
    expect(
      speakersOf(
        'The Superior Court ruled on the case last year, and Richard J. Hughes opened his campaign.',
        '“We must keep the state clean”, the former Superior Court judge said.',
      ),
    ).toEqual([['We must keep', 'Richard J. Hughes']]);
    expect(
      speakersOf(
        'The Superior Court ruled on the case last year, and Richard J. Hughes met James P. Mitchell.',
        '“We must keep the state clean”, the former Superior Court judge said.',
      ),
    ).toEqual([['We must keep', null]]);
  });

  it('reads a person, an appositive set off by commas, and then a reporting verb after a quotation', () => {
    expect(
      speakersOf(
        '“The recovery will gather momentum”, Beryl W. Sprinkel, economist of Harris Trust, Chicago, predicted at the closing session.',
      ),
    ).toEqual([['The recovery will', 'Beryl W. Sprinkel']]);
  });

  it('credits a surname shared in the article to the one bearer never given a courtesy title, else to the first introduced', () => {
    expect(
      speakersOf(
        'Mrs. Ruth Calder, 61, was found dead at her home. Her nephew, Thomas Calder, 35, was questioned and released.',
        'Mrs. Calder had lived alone. When the police let him go, Calder said:',
        '“I am glad it is over”.',
      ),
    ).toEqual([['I am glad', 'Thomas Calder']]);
    expect(
      speakersOf(
        'Mark Dolan and his daughters, Amy Dolan and Kate Dolan, were at home when the fire began.',
        '“We lost everything we had”, Dolan said.',
      ),
    ).toEqual([['We lost everything', 'Mark Dolan']]);
  });

  it('takes a lone name set off by a comma before a WordNet place for a place ("Ogden, Utah")', () => {
    expect(
      speakersOf(
        'Publisher Ogden Reid was not in town for the game.',
        'Ogden, Utah, May 1 — Outfielder Jack Jensen said Monday night he was through playing baseball.',
        '“I have had it”, he told a newsman.',
      ),
    ).toEqual([['I have had', 'Jack Jensen']]);
  });

  it('ends a double quotation left open at its paragraph end there, but not a lone single mark', () => {
    expect(
      speakersOf(
        'Senator Alan Pike called on the agencies to coordinate “in the development of a program of federal leadership.',
        'The committee meets in May. Sales rose in the ‘60s and the market grew.',
      ),
    ).toEqual([['in the development', 'Alan Pike']]);
  });

  it('credits whoever is quoted "as saying", not whoever quotes', () => {
    expect(
      speakersOf(
        'Outfielder Ray Dunn left the team on Saturday.',
        'Bill Liston is the baseball writer for the Boston Traveler, who quoted Dunn as saying:',
        '“I cannot hit anymore”.',
        'A release from the Oregon Medical Service quoted him as saying the move was “a blessing” for the agency.',
        'Mayor Joan Tilden was quoted as saying the budget was “out of balance”.',
      ),
    ).toEqual([
      ['I cannot hit', 'Ray Dunn'],
      ['a blessing', 'Ray Dunn'],
      ['out of balance', 'Joan Tilden'],
    ]);
  });

  it('takes a name closing a noun phrase as the subject of a later verb joined by "and"', () => {
    expect(
      speakersOf(
        'Hardware dealer Tom Reese leans on the counter and tells of better times: “We sold ten mowers this week”.',
      ),
    ).toEqual([['We sold ten', 'Tom Reese']]);
  });

  it('abstains when "according to" is set off after a person who is the subject', () => {
    expect(
      speakersOf(
        'Rep. Paul Hollis, according to the Weekly Farm Letter of May 2, argues for the tax “if we wish to keep the family farm”.',
        'Prices will rise “within the year”, according to the Weekly Farm Letter.',
      ),
    ).toEqual([
      ['if we wish', null],
      ['within the year', 'Weekly Farm Letter'],
    ]);
  });

  it('takes no cue from the verb of a clause that goes on after a quotation inside it', () => {
    expect(
      speakersOf(
        "Sen. Tom Hollis spoke on Monday. But, in Senator Hollis's words, it was “not a very happy” situation that would confront the governor.",
      ),
    ).toEqual([['not a very', 'Tom Hollis']]);
  });

  it('steps over an appositive of several parts set off by commas to the subject', () => {
    expect(
      speakersOf(
        'Chef Gerald Moss runs the kitchen. Moss, 6-3, 195 and ruggedly slim, says, “I always wanted to cook”.',
        'The cook, 40 years old, tired and happy, said “it was a long day”.',
      ),
    ).toEqual([
      ['I always wanted', 'Gerald Moss'],
      ['it was a', null],
    ]);
  });

  it('credits a document to whoever owns it ("the council\'s resolution said")', () => {
    expect(
      speakersOf(
        'The Dover Town Council met on Monday night.',
        "Shops “need a new bridge to stay open”, the council's resolution said.",
        "The old bridge “is falling down”, the mayor's driver said.",
      ),
    ).toEqual([
      ['need a new', 'Dover Town Council'],
      ['is falling down', null],
    ]);
  });

  // A document whose issuer the article never names ("the survey") credits no one (round 17).
  it('credits a document named by its head alone to whoever the article said issued it', () => {
    expect(
      speakersOf(
        "The Dover Town Council met on Monday night, and the council's resolution asked for a new bridge.",
        'Shops “will close without it”, according to the resolution.',
        'The report of the Tax Court was released. Judges are “too few”, the report said.',
        'Rents are “too high”, the survey said.',
      ),
    ).toEqual([
      ['will close without', 'Dover Town Council'],
      ['too few', 'Tax Court'],
      ['too high', null],
    ]);
  });

  it('reads a relative pronoun after a comma as the mention it follows', () => {
    expect(
      speakersOf(
        'The Dover Town Council met on Monday night.',
        'Shops will close, according to the council, which added that they “are the heart of the town”.',
        'The bill was backed by Rep. Carl Lund, who said it was “a fine start”.',
      ),
    ).toEqual([
      ['are the heart', 'Dover Town Council'],
      ['a fine start', 'Carl Lund'],
    ]);
  });

  it('gives no speaker to words marked "so-called"', () => {
    expect(
      speakersOf('Rep. Carl Lund, who teaches history, would cut the so-called “teaching methods” courses in half.'),
    ).toEqual([['teaching methods', null]]);
  });

  it('takes the gender a speaker gives themself ("Jackie Jensen said he") over the forename list', () => {
    expect(
      speakersOf(
        'Twins first baseman Bob Allison hit two home runs on Sunday.',
        'Boston Red Sox Outfielder Jackie Jensen said Monday night he was through playing baseball.',
        '“I’ve had it”, he told a newsman.',
      ),
    ).toEqual([['I’ve had it', 'Jackie Jensen']]);
  });

  it('gives no speaker to a nickname run into a name (“Skip” Hovarter)', () => {
    expect(
      speakersOf(
        'Johnny Leighton says the band is booked through May.',
        '“Skip” Hovarter is back in town from a summer at Lake Tahoe, where he ran into Rusty Warren, he says.',
      ),
    ).toEqual([['Skip', null]]);
  });

  it('credits no one for the words of a fictional character WordNet lists ("Uncle Sam")', () => {
    expect(
      speakersOf(
        'Should these giants flex their muscles, Uncle Sam would then accuse them of creating a monopoly by “unfair competition”.',
      ),
    ).toEqual([['unfair competition', null]]);
  });

  it('steps over a relative clause whose closing comma is missing to its antecedent', () => {
    expect(
      speakersOf(
        'Mr. George H. Reama, who retired as vice president of the American Screw Co. in 1955 said, “Both parties told us nothing”.',
      ),
    ).toEqual([['Both parties told', 'George H. Reama']]);
  });

  it('takes a capitalised word inside a clause for a name, not a reporting verb ("Hotel Escape")', () => {
    expect(
      speakersOf(
        'Hotel Escape’s Bonanza room has a real bonanza in its new attraction, the versatile “Kings 4, Plus Two”.',
        '“Just our luck”!! Exclaimed Coach Hank Stram.',
      ),
    ).toEqual([
      ['Kings 4, Plus', null],
      ['Just our luck', 'Hank Stram'],
    ]);
  });

  it('takes a married name in parentheses after a woman’s name for the same woman', () => {
    expect(
      speakersOf(
        'Its director, Helen Tieken Geraghty (Mrs. Maurice P. Geraghty) is taking off tomorrow on a world trip.',
        '“For instance, Djakarta has three groups of dancers”, explains Mrs. Geraghty.',
      ),
    ).toEqual([['For instance, Djakarta', 'Helen Tieken Geraghty']]);
  });

  it('credits a quoted predicate to the person it follows (Mrs. Geraghty “will beat the bushes”)', () => {
    expect(
      speakersOf(
        'Helen Tieken Geraghty is taking off tomorrow on a world trip.',
        'Armed with letters from embassies, Mrs. Geraghty “will beat the bushes for oriental talent”.',
        'The fair will open in June with “the best acts in the world”.',
      ),
    ).toEqual([
      ['will beat the', 'Helen Tieken Geraghty'],
      ['the best acts', null],
    ]);
  });

  it('keeps a double quotation opened inside an unclosed one as part of it (“… the “cold war” …)', () => {
    expect(
      speakersOf(
        'The Congress heard its leaders. Anastas Mikoyan declared:',
        '“Molotov altogether rejects the line of peaceful coexistence, as a variant of the “cold war” or of an “armed peace”.',
      ),
    ).toEqual([['Molotov altogether rejects', 'Anastas Mikoyan']]);
  });

  it('takes a lone name as a speaker when it is the subject of a reporting verb ("Mikoyan declared:")', () => {
    expect(
      speakersOf(
        'Finally, we must forgive others. Once Peter asked, “How oft shall my brother sin against me?”',
        'The whole problem is at the center of this Congress. Mikoyan declared:',
        '“Molotov altogether rejects the line of peaceful coexistence”.',
      ),
    ).toEqual([
      ['How oft shall', 'Peter'],
      ['Molotov altogether rejects', 'Mikoyan'],
    ]);
  });

  it('keeps a hyphenated name whole (Sir Robert Watson-Watt)', () => {
    expect(
      speakersOf(
        'Editor’s note: Sir Robert Watson-Watt wrote, on page 50 of SR Research for 4 March 1961: “I have read an advance copy of the book”.',
      ),
    ).toEqual([['I have read', 'Robert Watson-Watt']]);
  });

  it('takes no cue from a verb before a semicolon for a quotation in the next clause', () => {
    expect(
      speakersOf(
        'State Sen. Dick Richards will keynote; committeemen, members of 16 area clubs, and “all residents” have been invited.',
      ),
    ).toEqual([['all residents', null]]);
  });

  it('credits an epithet ("the handsome food expert") to the one person just named, a bare description to no one', () => {
    expect(
      speakersOf(
        'Gerald G. Ramsey runs the food stands at the stadium.',
        '“Pretty much hamburger, hotdogs and steak”, says the handsome food expert.',
        'The guests left the hotel early. Mrs. Ruth Hall stayed.',
        '“We close the kitchen at six”, said the hotel owner.',
      ),
    ).toEqual([
      ['Pretty much hamburger,', 'Gerald G. Ramsey'],
      ['We close the', null],
    ]);
  });

  it('splits a quotation re-opened at a new paragraph into parts, each the same speaker’s', () => {
    expect(
      speakersOf(
        '“The cannery is a service to the taxpayer”, said Mrs. Lewellyn Lundeen. “It helps those who help themselves.',
        '“The county, though, seems more interested in those who do not even try”.',
        'The county board met on Monday.',
      ),
    ).toEqual([
      ['The cannery is', 'Lewellyn Lundeen'],
      ['It helps those', 'Lewellyn Lundeen'],
      ['The county, though,', 'Lewellyn Lundeen'],
    ]);
  });
});
