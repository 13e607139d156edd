import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { resolveClaimedSpeaker, speakerNamedIn } from '../src/corpus/speakers/resolve-claimed-speaker.js';
import { buildSpeakerDirectory } from '../src/corpus/speakers/speaker-directory.js';

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../seeds');
const corpus = buildCorpus(
  readdirSync(seeds)
    .sort()
    .map((id) => ({ id, text: readFileSync(path.join(seeds, id), 'utf8') })),
);
const directory = buildSpeakerDirectory(corpus.speakers);

describe('the one claimed-speaker resolver', () => {
  it('resolves names, surnames, full titles and descriptions by role and nationality', () => {
    expect(resolveClaimedSpeaker(directory, 'Lavrov')).toBe('Sergey Lavrov');
    expect(resolveClaimedSpeaker(directory, 'Russian Foreign Minister Sergey Lavrov')).toBe('Sergey Lavrov');
    expect(resolveClaimedSpeaker(directory, 'the Russian foreign minister')).toBe('Sergey Lavrov');
    expect(resolveClaimedSpeaker(directory, 'the Secretary of State')).toBe('Mike Pompeo');
    expect(resolveClaimedSpeaker(directory, 'Neil Armstrong')).toBeNull();
    expect(resolveClaimedSpeaker(directory, 'Mr. Lavrov')).toBe('Sergey Lavrov');
    expect(resolveClaimedSpeaker(directory, 'Doctor Mike Pompeo')).toBe('Mike Pompeo');
    expect(resolveClaimedSpeaker(directory, 'Mister')).toBeNull();
  });

  it('finds the one speaker a message names around a quotation, by alias or title too, and none when several', () => {
    expect(speakerNamedIn(directory, 'apparently Putin said')).toBe('Vladimir Putin');
    expect(speakerNamedIn(directory, 'the Secretary of State told reporters')).toBe('Mike Pompeo');
    expect(speakerNamedIn(directory, 'Putin and Lavrov both said')).toBeNull();
    expect(speakerNamedIn(directory, 'someone said')).toBeNull();
  });
});

describe('a forename alone', () => {
  it('is the one person of the corpus who has it, written in full or clipped ("Did Vlad say …")', () => {
    expect(resolveClaimedSpeaker(directory, 'Vladimir')).toBe('Vladimir Putin');
    expect(resolveClaimedSpeaker(directory, 'Vlad')).toBe('Vladimir Putin');
  });

  it('is no one when two people have it ("Sergey": Lavrov and Ryabkov) (a guard)', () => {
    expect(resolveClaimedSpeaker(directory, 'Sergey')).toBeNull();
  });
});

describe('roles', () => {
  it('tells the foreign minister from his deputy, however the nationality is written', () => {
    expect(resolveClaimedSpeaker(directory, "Russia's foreign minister")).toBe('Sergey Lavrov');
    expect(resolveClaimedSpeaker(directory, 'the Russian deputy foreign minister')).toBe('Sergey Ryabkov');
    expect(resolveClaimedSpeaker(directory, 'the deputy foreign minister')).toBe('Sergey Ryabkov');
  });
});
