import { describe, expect, it } from 'vitest';
import { brownParagraphs, detokeniseTaggedLine, loadBrownArticles } from '../bench/brown-corpus.js';

describe('Brown corpus detokeniser', () => {
  it('strips tags and attaches punctuation and double quotes to the words', () => {
    const line =
      "The/at Fulton/np-tl County/nn-tl Grand/jj-tl Jury/nn-tl said/vbd Friday/nr an/at investigation/nn of/in Atlanta's/np$ recent/jj primary/nn election/nn produced/vbd ``/`` no/at evidence/nn ''/'' that/cs any/dti irregularities/nns took/vbd place/nn ./.";
    expect(detokeniseTaggedLine(line)).toBe(
      "The Fulton County Grand Jury said Friday an investigation of Atlanta's recent primary election produced “no evidence” that any irregularities took place.",
    );
  });

  it('opens and closes quotes around commas, and joins clitics, brackets, single quotes and dashes', () => {
    expect(
      detokeniseTaggedLine(
        "``/`` Only/rb a/at handful/nn ''/'' ,/, the/at jury/nn said/vbd ,/, ``/`` considering/in the/at interest/nn ''/'' ./.",
      ),
    ).toBe('“Only a handful”, the jury said, “considering the interest”.');
    expect(
      detokeniseTaggedLine(
        "He/pps did/dod n't/* say/vb :/: '/' It/pps 's/bez a/at tough/jj one/cd '/' (/( he/pps said/vbd )/) --/-- Ivan/np Allen/np Jr./np ./.",
      ),
    ).toBe("He didn't say: ‘It's a tough one’ (he said) — Ivan Allen Jr.");
  });

  it('keeps paragraph breaks and gives headlines a paragraph of their own', () => {
    const raw = [
      '',
      '',
      '\tThe/at jury/nn said/vbd so/rb ./.',
      '',
      '',
      'Merger/nn-hl proposed/vbn-hl ',
      'However/wrb ,/, it/pps agreed/vbd ./.',
      'It/pps left/vbd ./.',
      '',
    ].join('\n');
    expect(brownParagraphs(raw)).toEqual(['The jury said so.', 'Merger proposed', 'However, it agreed. It left.']);
  });
});

describe('Brown corpus articles', () => {
  it('loads every Brown file as a titled article, about a million words in all', async () => {
    const articles = await loadBrownArticles();
    const wordsIn = (text: string): number => text.split(/\s+/).filter((piece) => /\w/.test(piece)).length;
    const words = articles.reduce((sum, article) => sum + wordsIn(article.text), 0);
    expect(articles.length).toBeGreaterThan(400);
    expect(words).toBeGreaterThan(900_000);
    expect(
      articles[0]?.text.startsWith('Brown corpus ca01 (press: reportage)\n\nThe Fulton County Grand Jury said Friday'),
    ).toBe(true);
  });
});
