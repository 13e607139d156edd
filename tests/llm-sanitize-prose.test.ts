import { describe, expect, it } from 'vitest';
import { MAX_PROSE_CHARS, sanitizeProse } from '../src/llm/sanitize-prose.js';

describe('sanitizeProse', () => {
  it('removes double quotation marks of every script and reports what they enclosed', () => {
    const result = sanitizeProse(
      'Pompeo said "a" and \u201Cb\u201D and \u00ABc\u00BB and \u201Ed\u201C and \u300Ce\u300D and \uFF02f\uFF02.',
    );
    expect(result.text).toBe('Pompeo said a and b and c and d and e and f.');
    expect(result.quotedSegments).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(result.hadQuotationMarks).toBe(true);
  });

  it('removes single quotation marks but keeps apostrophes inside words', () => {
    const result = sanitizeProse(
      "Russia's minister called it \u2018a positive step\u2019 and 'historic'; it isn't over.",
    );
    expect(result.text).toBe("Russia's minister called it a positive step and historic; it isn't over.");
    expect(result.quotedSegments).toEqual(['a positive step', 'historic']);
  });

  it('strips citation markers, control characters, bidi overrides and line breaks', () => {
    const result = sanitizeProse('Lavrov spoke [1] of\u0007 stability\u202E evil\u200B\n[^2] next\u3010 3 \u3011 line');
    expect(result.text).toBe('Lavrov spoke of stability evil next line');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
    expect(result.text).not.toMatch(/[\u0000-\u001F\u202E\u200B]/);
  });

  it('leaves markdown and mentions to the front end', () => {
    expect(sanitizeProse('**Lavrov** told @everyone').text).toBe('**Lavrov** told @everyone');
  });

  it('bounds the length', () => {
    expect(sanitizeProse('word '.repeat(500)).text.length).toBeLessThanOrEqual(MAX_PROSE_CHARS + 1);
  });
});
