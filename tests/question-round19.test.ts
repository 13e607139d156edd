import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import type { CorpusDocument } from '../src/corpus/corpus-types.js';
import { createTestService } from './helpers/seed-service.js';
import { loadSeedCorpus, RT } from './helpers/seed-corpus.js';

let service: VerbatimService;
let rt: CorpusDocument;

beforeAll(async () => {
  service = await createTestService();
  const found = loadSeedCorpus().documents.find((document) => document.id === RT);
  if (!found) throw new Error(`no seed ${RT}`);
  rt = found;
});

/** Whom the document's entity resolution reads at the first place `phrase` stands after `after`. */
function personAt(document: CorpusDocument, phrase: string, after = ''): string | undefined {
  const start = document.text.indexOf(phrase, document.text.indexOf(after));
  return document.personMentions.find((mention) => mention.start === start)?.person;
}

describe('a person the sentence refers to by a role or a pronoun', () => {
  it('is whom the document’s own entity resolution makes of it', () => {
    expect(personAt(rt, 'the Secretary of State will visit')).toBe('Mike Pompeo');
    expect(personAt(rt, 'The Russian minister')).toBe('Sergey Lavrov');
    expect(personAt(rt, 'he will discuss', 'The State Department also said')).toBe('Mike Pompeo');
  });

  it('counts as named there: the sentence giving the role answers a question naming them', async () => {
    const result = await service.ask('which day was pompeo due to arrive in moscow');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join('\n')).toContain(
      'On May 13, the Secretary of State will visit',
    );
  });

  it('counts as named there when a pronoun stands for them', async () => {
    const result = await service.ask(
      'according to the state dept what was pompeo going to raise with the russian leaders',
    );
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join('\n')).toContain('full range of bilateral');
  });
});

describe('a sentence that reports the asked event', () => {
  it('counts the verb in full where the question’s doer does it in the articles’ other words', async () => {
    const result = await service.ask('what did guaido ask the us for');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join('\n')).toContain(
      'Juan Guaido formally requested military assistance',
    );
  });

  it('reads a verb the articles never use as its broader act when the doer does it there', async () => {
    const result = await service.ask('in which nordic country did pompeo and lavrov cross paths earlier that week');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join('\n')).toContain('Pompeo met Lavrov in Finland');
  });
});
