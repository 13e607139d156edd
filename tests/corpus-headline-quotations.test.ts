import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { findHeadlineQuotations } from '../src/corpus/find-headline-quotations.js';

function quotedIn(headline: string): string[] {
  const text = `${headline}\n\nThe body of the article.`;
  return findHeadlineQuotations(text, [{ start: 0, end: headline.length, index: 0, kind: 'headline' }]).map((span) =>
    text.slice(span.start, span.end),
  );
}

function quotations(text: string): [string, string | null][] {
  const corpus = buildCorpus([{ id: 'article.txt', text }]);
  return (corpus.documents[0]?.quotations ?? []).map((quotation) => [quotation.text, quotation.speaker]);
}

describe('quotations in a headline', () => {
  it('finds words a headline sets in single or double marks, straight or curly', () => {
    expect(quotedIn("Renault boss hails 'great year'")).toEqual(['great year']);
    expect(quotedIn('Abbas ‘will not tolerate’ attacks')).toEqual(['will not tolerate']);
    expect(quotedIn('Minister calls plan "a disaster" and "a farce"')).toEqual(['a disaster', 'a farce']);
  });

  it('keeps apostrophes inside the quoted words and takes no apostrophe for a quotation mark', () => {
    expect(quotedIn("Blair 'won't divert Africa aid'")).toEqual(["won't divert Africa aid"]);
    expect(quotedIn("Workers' rights at the heart of Blair's plan")).toEqual([]);
  });

  it('credits the headline words to whoever the body quotes saying them, and no one else', () => {
    expect(
      quotations(
        'Renault boss hails \'great year\'\n\nRenault sold more cars. "It was a great year for us," said chief executive Louis Schweitzer.',
      ),
    ).toEqual([
      ['It was a great year for us', 'Louis Schweitzer'],
      ['great year', 'Louis Schweitzer'],
    ]);
    expect(
      quotations('Labour plan \'hides Blair\'\n\nThe Tories attacked the plan. "It is a poor plan," said Liam Fox.'),
    ).toEqual([
      ['It is a poor plan', 'Liam Fox'],
      ['hides Blair', null],
    ]);
    expect(
      quotations('Censors ban \'war\' game\n\nThe ban was confirmed. "It is harmful software," said Ann Hale.'),
    ).toEqual([
      ['It is harmful software', 'Ann Hale'],
      ['war', null],
    ]);
  });
});
