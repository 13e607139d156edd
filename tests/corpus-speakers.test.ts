import { describe, expect, it } from 'vitest';
import { buildSpeakerDirectory, resolveSpeaker } from '../src/corpus/speakers/speaker-directory.js';
import { loadSeedCorpus, SPUTNIK } from './helpers/seed-corpus.js';

const corpus = loadSeedCorpus();
const directory = buildSpeakerDirectory(corpus.speakers);

describe('speakers and their aliases', () => {
  it('derives canonical people and bodies from the corpus', () => {
    const names = corpus.speakers.map((speaker) => speaker.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Mike Pompeo',
        'Vladimir Putin',
        'Sergey Lavrov',
        'Donald Trump',
        'Yury Ushakov',
        'Robert Mueller',
        'US State Department',
      ]),
    );
    expect(names).not.toContain('Syria\u2019s Idlib');
  });

  it.each([
    ['Pompeo', 'Mike Pompeo'],
    ['mike pompeo', 'Mike Pompeo'],
    ['the Secretary of State', 'Mike Pompeo'],
    ['US Secretary of State', 'Mike Pompeo'],
    ['Putin', 'Vladimir Putin'],
    ['Russian President', 'Vladimir Putin'],
    ['Foreign Minister', 'Sergey Lavrov'],
    ['lavrov', 'Sergey Lavrov'],
    ['Kremlin aide', 'Yury Ushakov'],
    ['Special Counsel', 'Robert Mueller'],
    ['the State Department', 'US State Department'],
    ['Washington', 'United States'],
    ['the US top diplomat', 'Mike Pompeo'],
    // Any name of a country before a title is one nationality: "American", "US" and "Washington's" alike.
    ['the American top diplomat', 'Mike Pompeo'],
    ["Washington's top diplomat", 'Mike Pompeo'],
  ])('resolves %s to %s', (alias, name) => {
    expect(resolveSpeaker(directory, alias)).toBe(name);
  });

  it('leaves ambiguous and unknown names unresolved', () => {
    expect(resolveSpeaker(directory, 'President')).toBeNull();
    expect(resolveSpeaker(directory, 'Angela Merkel')).toBeNull();
  });

  it('credits narration to the speaker it names by role or title', () => {
    const document = corpus.documents.find((candidate) => candidate.id === SPUTNIK);
    const credit = (opening: string) =>
      document?.sentences.find((sentence) => document.text.slice(sentence.start, sentence.end).startsWith(opening))
        ?.creditedSpeaker;
    expect(credit('The US top diplomat said')).toBe('Mike Pompeo');
    expect(credit('Kremlin aide Yury Ushakov later on Tuesday said')).toBe('Yury Ushakov');
    expect(credit('The bilateral talks on arms control will continue')).toBe('Mike Pompeo');
    expect(credit('He said he also discussed with Pompeo')).toBe('Sergey Lavrov');
    expect(credit('Recent developments in Syria')).toBeNull();
    const rt = corpus.documents.find((candidate) => candidate.id !== SPUTNIK);
    const rtCredit = (opening: string) =>
      rt?.sentences.find((sentence) => rt.text.slice(sentence.start, sentence.end).startsWith(opening))
        ?.creditedSpeaker;
    expect(rtCredit('The US blamed Russia partially')).toBe('United States');
    expect(rtCredit('Even though it was Washington that was the first')).toBe('US State Department');
  });
});
