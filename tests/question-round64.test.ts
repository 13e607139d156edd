import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { createTestService } from './helpers/seed-service.js';
import { splitClippedCompound } from '../src/text/split-compound.js';
import { installedWordNet } from '../src/lexicon/wordnet.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

// Round 64: forms the development sets showed the offline engine getting wrong; the questions here are written for the
// tests, in none of the sets.
describe('a word of the same contexts that WordNet files as a kind of the question’s word', () => {
  it('stands for a word the articles use (“armed conflict”: war)', async () => {
    const result = await service.ask('did pompeo tell lavrov that america is after an armed conflict with tehran');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join('\n')).toContain('seek war with Iran');
  });

  it('is a synonym of a word they lack, so a which-question can pick one (“navy vessels”: warships)', async () => {
    const result = await service.ask('which navy vessels did washington move toward iran');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join('\n')).toContain('sent warships and bombers');
  });

  it('not one WordNet files as a broader or sister kind (“ambassador”: diplomat)', async () => {
    const result = await service.ask('who is the us ambassador in moscow');
    expect(result.status).toBe('declined');
  });
});

describe('a run-together clipping of a compound WordNet knows in full', () => {
  it('is read as the compound’s words (“secstate”: secretary of state), whom the compound names included', async () => {
    const result = await service.ask('what did the secstate ask for in his tuesday evening statement');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join('\n')).toContain(
      'call for cooperation between the two superpowers',
    );
  });

  it('keeps its possessive on the compound’s last word (“the secstate’s statement”)', async () => {
    const result = await service.ask('what did the secstate’s tuesday evening statement ask for');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join('\n')).toContain(
      'call for cooperation between the two superpowers',
    );
  });

  it('is not split where the words make no compound, or more than one', () => {
    const words = new Set(['secretary', 'security', 'state']);
    const startingWith = (prefix: string) => [...words].filter((word) => word.startsWith(prefix));
    const isWord = (word: string) => words.has(word);
    expect(splitClippedCompound('secstate', isWord, startingWith, (phrase) => phrase === 'secretary of state')).toEqual(
      ['secretary', 'of', 'state'],
    );
    expect(splitClippedCompound('secstate', isWord, startingWith, () => false)).toBeNull();
    expect(splitClippedCompound('secstate', isWord, startingWith, (phrase) => phrase.endsWith('of state'))).toBeNull();
  });
});

describe('a word of the same contexts that WordNet files as a broader kind of a noun the articles lack', () => {
  it('links the noun to the articles (“panel”: committee)', async () => {
    const result = await service.ask('what does ryabkov expect the talks to do for the syrian constitutional panel');
    expect(result.status).toBe('answered');
    expect(result.answer).not.toContain('never use the word panel');
    expect(result.citations.map((citation) => citation.quote).join('\n')).toContain('Syrian constitutional committee');
  });

  it('not for a word of a compound read word by word (“the white house press secretary”: house)', async () => {
    const result = await service.ask('how did the white house press secretary describe the talks in sochi');
    expect(result.status).toBe('declined');
  });
});

describe('a long name shortened to its head', () => {
  it('stands for the one such name whose other names the articles use (“the islamic republic”: Iran)', async () => {
    const result = await service.ask('what did washington pile on the islamic republic');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join('\n')).toContain('series of sanctions');
  });

  it('is one of several names WordNet so shortens, which only the articles’ own names tell apart', () => {
    const names = installedWordNet().namesShortenedTo('islamic republic');
    expect(names).toContainEqual(['iran', 'persia']);
    expect(names.length).toBeGreaterThan(1);
  });
});
