import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 14: forms of British web news (BBC style) that the BBC development articles showed the corpus missing. Each
// case is constructed, and each failed before its rule.
describe('British web news forms', () => {
  it('re-opens a quotation after a paragraph break the web copy lost, crediting each part', () => {
    const text = [
      'A test article',
      'Mary Jones said: "We were slow to act. "We cannot deny that mistakes were made. "We will do better."',
    ].join('\n\n');
    const quotations = buildCorpus([{ id: 'a.txt', text }]).documents[0]?.quotations ?? [];
    expect(quotations.map((quotation) => [quotation.text, quotation.speaker])).toEqual([
      ['We were slow to act.', 'Mary Jones'],
      ['We cannot deny that mistakes were made.', 'Mary Jones'],
      ['We will do better.', 'Mary Jones'],
    ]);
  });

  it('still reads a quotation closed inside another as nested', () => {
    expect(speakersOf('Mary Jones said: "He told me. "Go home," and then he left."')).toEqual([
      ['He told me.', 'Mary Jones'],
    ]);
  });

  it('reads a party word before a title as part of the title, not as a person', () => {
    expect(
      speakersOf('Liberal Democrat leader Charles Kennedy attacked the plan. "How can it be right?" he asked.'),
    ).toEqual([['How can it', 'Charles Kennedy']]);
  });

  it('resolves he or she through a description that stands for someone named before', () => {
    expect(
      speakersOf(
        'Tighter rules are needed, Mary Quinn has said.',
        'The former trade commissioner told the BBC the rules would be watched abroad. "It would be troubling to ignore them," she said.',
      ),
    ).toEqual([['It would be', 'Mary Quinn']]);
  });

  it('reads a definite title of a named body as an epithet for the person named before', () => {
    expect(
      speakersOf(
        'Rights are being flouted, Joan Avery said.',
        'The Oxfam director-general said the gap was growing. "Public apathy is the worst failure," she said.',
      ),
    ).toEqual([['Public apathy is', 'Joan Avery']]);
  });

  it('reads no definite description without a title as an epithet', () => {
    expect(
      speakersOf(
        'Rights are being flouted, Joan Avery said.',
        'The Oxfam fundraiser said the gap was growing. "Public apathy is the worst failure," she said.',
      ),
    ).toEqual([['Public apathy is', null]]);
  });

  it('takes a name set off after a description as whom it stands for', () => {
    expect(
      speakersOf(
        'Sanders was backed by former Gov. Martin Dale, who noted his record. But the other candidate on the stage, former Senator Helen Cruz, drew a contrast.',
        '"I take the critics seriously. They have a point," she said.',
      ),
    ).toEqual([['I take the', 'Helen Cruz']]);
  });

  it('reads the subject of a relative clause after a preposition as an antecedent', () => {
    expect(
      speakersOf(
        'The first nomination went to actress Sophie Okafor, chosen for her role. It is also a debut nomination for Imelda Stone, 49, who told reporters she had not expected it.',
        '"It was an extraordinary time," she said.',
      ),
    ).toEqual([['It was an', 'Imelda Stone']]);
  });

  it('gives a description picked out by a relative clause to nobody named before', () => {
    expect(
      speakersOf(
        'Mr. Podger heard again the voices of the bidders. Then there was the tall boy who had been so interested.',
        '"I like them things, too," he had said.',
      ),
    ).toEqual([['I like them', null]]);
  });

  it('resolves a pronoun after a fronted topic to the topic', () => {
    expect(
      speakersOf(
        'Donald Trump leads the race. Ted Cruz warned against a contested convention. "It would be a disaster," the Texas senator said.',
        'As for Trump, he said he was not worried. "I will have the delegates," he said.',
      ),
    ).toEqual([
      ['It would be', 'Ted Cruz'],
      ['I will have', 'Donald Trump'],
    ]);
  });

  it('reads any verb introducing a quotation with a colon as its cue, even with an unnamed subject', () => {
    expect(
      speakersOf(
        'Jacques Chirac told reporters: "It can no longer be justified." But a government official responded: "Even with the rebate, we pay more."',
      ),
    ).toEqual([
      ['It can no', 'Jacques Chirac'],
      ['Even with the', null],
    ]);
  });

  it('goes on with whoever the paragraph before ended by reporting in narration', () => {
    expect(
      speakersOf(
        'Michael Howard paid tribute to the response. The disaster overshadowed the new year, Mr Howard said.',
        '"We watched the scenes of destruction with disbelief." The party then met.',
      ),
    ).toEqual([['We watched the', 'Michael Howard']]);
  });

  it('does not read the pronoun of a reporting clause as someone in the clause it reports', () => {
    expect(
      speakersOf(
        'Michael Howard gave his new year message.',
        'Mr Blair has failed to tackle these problems, he claimed, saying he has the "wrong solution" to them.',
      ),
    ).toEqual([['wrong solution', 'Michael Howard']]);
  });

  it('credits a part with no cue to the speaker of the re-opened part after it', () => {
    expect(
      speakersOf(
        'John Kirwan says his side will be hoping to win.',
        '"We have to make sure the games are tough for them. "England have not been at their best," he said.',
      ),
    ).toEqual([
      ['We have to', 'John Kirwan'],
      ['England have not', 'John Kirwan'],
    ]);
  });

  it('reads a name that a fronted phrase without a comma leads into as the subject', () => {
    expect(
      speakersOf(
        'Charles Kennedy spoke first.',
        'During his long speech Mr Brown told MPs he had met his target.',
        'He said his budget struck a balance "between tax cuts that are affordable and stability".',
      ),
    ).toEqual([['between tax cuts', 'Brown']]);
  });
});
