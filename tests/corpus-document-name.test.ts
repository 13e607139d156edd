import { describe, expect, it } from 'vitest';
import { documentNameProblem, MAX_DOCUMENT_NAME_LENGTH } from '../src/corpus/validate-document-bytes.js';
import { checkFileName } from '../src/discord/handlers/read-attachment.js';

const longest = `${'a'.repeat(MAX_DOCUMENT_NAME_LENGTH - 4)}.txt`;
const tooLong = `a${longest}`;

describe('one document-name rule for the store and the Discord upload', () => {
  it.each([
    ['sochi-2019_05.md', null],
    [longest, null],
    [tooLong, 'characters'],
    ['../outside.txt', 'path'],
    ['a\\b.txt', 'path'],
    ['x.exe', 'extension'],
    ['spaced name.txt', 'characters'],
  ])('%s: %s', (name, problem) => {
    expect(documentNameProblem(name)).toBe(problem);
    if (problem === null) expect(checkFileName(name)).toBe(name);
    else expect(() => checkFileName(name)).toThrow();
  });
});
