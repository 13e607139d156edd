import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import type { SearchAlias } from '../src/search/derive-search-aliases.js';
import { namesNobodyHere, personTermsFor, sharedNameTerms, titleByInitials } from '../src/search/person-names.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

const quotes = (citations: readonly { quote: string }[]) => citations.map((citation) => citation.quote);

describe('a forename two people share names neither of them', () => {
  const lavrov = ['sergei', 'lavrov'];
  const ryabkov = ['sergei', 'ryabkov'];
  const aliases: SearchAlias[] = [
    { phrase: lavrov, expansion: lavrov },
    { phrase: ['foreign', 'minist'], expansion: lavrov },
    { phrase: ryabkov, expansion: ryabkov },
    { phrase: ['russian', 'deputi', 'foreign', 'minist'], expansion: ryabkov },
  ];
  const shared = sharedNameTerms(aliases);

  it('finds the shared forename and only it', () => {
    expect([...shared]).toEqual(['sergei']);
  });

  it('reads a name written in full as that person alone', () => {
    expect(personTermsFor('ryabkov', aliases, ['sergei', 'ryabkov'], shared)).toEqual(['ryabkov']);
    expect(namesNobodyHere('sergei', aliases, new Set(['sergei', 'ryabkov']), shared)).toBe(true);
    expect(namesNobodyHere('sergei', aliases, new Set(['sergei']), shared)).toBe(false);
  });

  it('reads a word qualifying a role written beside it as whom the role names', () => {
    expect(personTermsFor('russian', aliases, ['russian', 'foreign', 'minist'], shared)).toEqual(['lavrov']);
  });

  it("cites only Ryabkov's sentence when asked who Sergei Ryabkov is", async () => {
    const result = await service.ask('who is sergei ryabkov');
    expect(result.status).toBe('answered');
    expect(result.citations.length).toBeGreaterThan(0);
    for (const quote of quotes(result.citations)) expect(quote).toContain('Ryabkov');
  });

  it('still finds Lavrov from his role, qualified by a nationality the articles never give him', async () => {
    const result = await service.ask('What did the Russian foreign minister say about strategic stability?');
    expect(result.status).toBe('answered');
    expect(result.citations[0]?.speaker).toBe('Sergey Lavrov');
    expect(result.citations[0]?.quote).toContain('strategic stability');
  });
});

describe('a question about one person and nothing else is answered by how the articles introduce them', () => {
  it("leads with Pompeo's title when asked for his job", async () => {
    const result = await service.ask("what's pompeo's job");
    expect(result.status).toBe('answered');
    expect(result.answer.startsWith('US Secretary of State [1].')).toBe(true);
    expect(result.citations[0]?.quote).toContain('US Secretary of State Mike Pompeo');
  });

  it('leads with the title when given the name, and with the name when given the title', async () => {
    const byName = await service.ask('Who is Sergei Ryabkov?');
    expect(byName.answer.startsWith('Russian Deputy Foreign Minister [1].')).toBe(true);
    const byTitle = await service.ask('who is the russian deputy foreign minister');
    expect(byTitle.answer.startsWith('Sergey Ryabkov [1].')).toBe(true);
  });

  it('leaves a question about what a person did to the usual answer', async () => {
    const result = await service.ask('who is Pompeo meeting in Sochi?');
    expect(result.answer).not.toMatch(/^US Secretary of State/);
  });
});

describe('a date comes only from a sentence holding every name the question gives', () => {
  it("declines when Guaido declared himself president rather than date Tehran's announcement", async () => {
    const result = await service.ask('when did guaido declare himself president');
    expect(result).toMatchObject({ status: 'declined', citations: [] });
    expect(result.answer).toMatch(/^The articles do not give a date for/);
  });

  it('still dates the failed coup attempt', async () => {
    const result = await service.ask('when was the failed coup attempt in venezuela');
    expect(result.status).toBe('answered');
    expect(result.answer).toContain('April 30');
  });
});

describe('an idiom framing the question', () => {
  it("answers what's the deal with Venezuela with what the articles report on Venezuela", async () => {
    const result = await service.ask("what's the deal with venezuela");
    expect(result.status).toBe('answered');
    for (const quote of quotes(result.citations)) expect(quote).toMatch(/Venezuela/);
  });

  it('keeps the noun when it is no idiom\'s frame ("deadline for")', async () => {
    const result = await service.ask("what's the deadline for new start");
    expect(result.status).toBe('answered');
    expect(quotes(result.citations).join(' ')).toContain('February 2021');
  });
});

describe('a letter standing for a word in text-speak', () => {
  it('reads "r" as no topic: how many articles r there', async () => {
    const result = await service.ask('how many articles r there');
    expect(result.status).toBe('answered');
    expect(result.answer.startsWith('2 articles')).toBe(true);
  });

  it('reads "n" as no topic: what did trump n putin discuss', async () => {
    const result = await service.ask('what did trump n putin discuss');
    expect(result.status).toBe('answered');
    expect(result.answer).not.toMatch(/never (?:mention|use the word) n\b/);
  });
});

describe('the bare verb after do-support is the last verb-like word of the subject run', () => {
  it('reads "lapse" as the verb of "when does new start lapse", not "start" of the treaty\'s name', async () => {
    const result = await service.ask('when does new start lapse?');
    expect(result.status).toBe('answered');
    expect(result.answer.startsWith('February 2021 [1].')).toBe(true);
  });
});

describe('a title abbreviated by its initials', () => {
  it('reads FM as the foreign minister, Lavrov', async () => {
    const result = await service.ask("who's russia's FM?");
    expect(result.status).toBe('answered');
    expect(result.citations[0]?.quote).toContain('Foreign Minister Sergey Lavrov');
  });

  it('reads initials as nobody when titles of several people share them', () => {
    const aliases: SearchAlias[] = [
      { phrase: ['foreign', 'minist'], expansion: ['sergei', 'lavrov'] },
      { phrase: ['financ', 'minist'], expansion: ['anton', 'siluanov'] },
    ];
    expect(titleByInitials('FM', () => aliases)).toBeNull();
    expect(titleByInitials('FM', () => aliases.slice(0, 1))).toEqual(aliases[0]);
  });
});
