import { describe, expect, it } from 'vitest';
import { loadSeedCorpus, RT, SPUTNIK } from './helpers/seed-corpus.js';

const corpus = loadSeedCorpus();

/** Every quotation of both seed files, in order, with the speaker a careful reader gives it (first words only). */
const EXPECTED: Record<string, [string, string][]> = {
  [RT]: [
    ['the full range of bilateral and multilateral challenges', 'US State Department'],
    ['An issue high on the agenda for their discussions will be arms control', 'US State Department'],
    ['reflect modern reality', 'US State Department'],
    ['broader range of countries and account for a broader range of weapon systems', 'US State Department'],
    ['three-way deal', 'Donald Trump'],
    ['would very much like to be part of that deal.', 'Donald Trump'],
    ['the Secretary will have a very candid conversation', 'US State Department'],
    ['no administration has been tougher than the Trump administration', 'United States'],
    ['find ways to cooperate [with Moscow] in pursuit of shared interests.', 'United States'],
    ['a very significant and positive role', 'Sergey Lavrov'],
    ['unprecedented campaign to oust the legitimate government', 'Sergey Lavrov'],
  ],
  [SPUTNIK]: [
    ['Of course, we paid special attention to issues of strategic stability', 'Sergey Lavrov'],
    ['We considered the situation that is developing around the Intermediate-Range', 'Sergey Lavrov'],
    ['President [Trump] wants serious arms control', 'Mike Pompeo'],
    ['I raised our concerns about the escalation of the situation around Idlib', 'Mike Pompeo'],
    ["So there's the political process associated with UN Security Council Resolution 2254", 'Mike Pompeo'],
    ['I think we now have a common understanding', 'Mike Pompeo'],
    ['Despite our disagreements, we will keep talking', 'Mike Pompeo'],
    ['I hope we can find a way forward', 'Mike Pompeo'],
    ['fundamentally', 'Mike Pompeo'],
    ['Today we have thoroughly discussed the situation in our bilateral affairs', 'Sergey Lavrov'],
    ['prepared to support', 'Sergey Lavrov'],
    ['strong mechanism of peace and stability in Northeast Asia.', 'Sergey Lavrov'],
    ['We did have a productive set of conversations', 'Mike Pompeo'],
    ["There's places we disagree", 'Mike Pompeo'],
    ['We should give [Mueller] credit', 'Vladimir Putin'],
    ['In general, he conducted an objective probe', 'Vladimir Putin'],
    ["Today's meetings were a positive step forward", 'Mike Pompeo'],
    ['US and Russia have demonstrated in the past', 'Mike Pompeo'],
  ],
};

describe('quotations and their speakers', () => {
  for (const [source, expected] of Object.entries(EXPECTED)) {
    it(`finds every quotation in ${source}, each with its speaker`, () => {
      const document = corpus.documents.find((candidate) => candidate.id === source);
      expect(document).toBeDefined();
      const found = document?.quotations.map((quotation) => [quotation.text, quotation.speaker]) ?? [];
      expect(found).toHaveLength(expected.length);
      expected.forEach(([opening, speaker], index) => {
        expect(found[index]?.[0]).toMatch(new RegExp(`^${opening.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
        expect(found[index]?.[1], `speaker of “${opening}”`).toBe(speaker);
      });
    });
  }

  it('keeps every quotation at its own offsets, without the quotation marks', () => {
    for (const document of corpus.documents) {
      for (const quotation of document.quotations) {
        expect(document.text.slice(quotation.start, quotation.end)).toBe(quotation.text);
        expect(quotation.text).not.toMatch(/^["\u201C\u2018]|["\u201D]$/);
      }
    }
  });

  it('joins the quotation that runs over a paragraph break into one', () => {
    const spanning = corpus.documents
      .flatMap((document) => document.quotations)
      .filter((quotation) => quotation.spansParagraphs);
    expect(spanning).toHaveLength(1);
    expect(spanning[0]?.text).toMatch(/that is happening\.\n\nOn this we both agree\.$/);
    expect(spanning[0]?.speaker).toBe('Mike Pompeo');
  });

  it('tells partial quotations in narration from full ones', () => {
    const byText = new Map(
      corpus.documents.flatMap((document) => document.quotations).map((quotation) => [quotation.text, quotation.form]),
    );
    expect(byText.get('prepared to support')).toBe('partial');
    expect(byText.get('fundamentally')).toBe('partial');
    expect(byText.get('We should give [Mueller] credit')).toBe('full');
  });

  it('never takes a quotation from a related-article teaser, a headline or a share prompt', () => {
    const all = corpus.documents.flatMap((document) => document.quotations.map((quotation) => quotation.text));
    expect(all).not.toContain('Russian meddling');
    expect(all).not.toContain('swift and decisive');
    expect(all).not.toContain('feels same way');
    expect(all).not.toContain('proxies');
  });
});
