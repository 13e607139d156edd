import nock from 'nock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  blockNetwork,
  CHAT_PATH,
  JSON_HEADERS,
  modelReply,
  OPENAI_ORIGIN,
  recordRequests,
  type ChatRequestBody,
} from './fixtures/openai/replay.js';
import { loadSeedCorpus } from './fixtures/openai/seed-corpus.js';
import { createTestLlmAnswerer } from './fixtures/openai/test-llm-answerer.js';

const { request } = loadSeedCorpus();
const SOCHI = '003_35b4c60fcfc4f624.txt';
const RT = '000_850cf3de63addd31.txt';

/** A model that takes one passage for the words of the party asked about: each quote is real corpus text. */
function replyCiting(passageId: string, quote: string, claim: string) {
  const sent: ChatRequestBody[] = [];
  const answer = { unanswerable: false, claims: [{ text: claim, quotes: [{ passageId, quote, speaker: null }] }] };
  const scope = recordRequests(nock(OPENAI_ORIGIN), sent)
    .post(CHAT_PATH)
    .times(2)
    .reply(200, modelReply(answer), JSON_HEADERS);
  return { scope, sent };
}

beforeEach(() => {
  blockNetwork();
});

afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe("the LLM engine and someone's words the articles do not give, as the offline engine", () => {
  it('declines what someone never quoted said, without asking the model', async () => {
    const { sent } = replyCiting(
      `${SOCHI}:39`,
      'urges Moscow to reach out to newly-elected President Volodymyr Zelenskiy',
      'Zelenskiy told Pompeo that Moscow should reach out to him.',
    );
    const { answerer } = createTestLlmAnswerer();

    const result = await answerer.answer(request('what did zelenskiy say to pompeo'));

    expect(result).toMatchObject({ status: 'declined', citations: [], reason: 'not_supported' });
    expect(result.answer.startsWith('Volodymyr Zelenskiy is not quoted in the articles.')).toBe(true);
    expect(sent).toHaveLength(0);
  });

  it('declines what a party known by no speaker’s name said, when the model cites no sentence of it doing anything', async () => {
    replyCiting(
      `${RT}:2`,
      'meet with the US business leaders and exchange program alumni to hear their thoughts',
      'The business leaders shared their thoughts on US-Russian relations.',
    );
    const { answerer } = createTestLlmAnswerer();

    const result = await answerer.answer(request('what did the business leaders tell pompeo in moscow'));

    expect(result).toMatchObject({ status: 'declined', citations: [], reason: 'not_supported' });
    expect(result.answer).toMatch(/^The articles do not give the words of business leaders on this\./);
    expect(result.answer).not.toContain('shared their thoughts');
  });

  it("does not show a model answer that cites others' words for the party's, and answers from the party's own", async () => {
    const { sent } = replyCiting(
      `${SOCHI}:36`,
      'Pompeo told Lavrov the United States does not "fundamentally" seek war with Iran',
      'Iran said the United States does not seek war.',
    );
    const { answerer } = createTestLlmAnswerer();

    const result = await answerer.answer(request('what did iran say it would do with its uranium'));

    expect(sent).toHaveLength(1);
    expect(result.status).toBe('answered');
    expect(result.engine).toBe('offline');
    const quotes = result.citations.map((citation) => citation.quote).join('\n');
    expect(quotes).toContain('Tehran announced that it would enrich uranium');
    expect(quotes).not.toContain('seek war');
    expect(result.answer).not.toContain('Iran said the United States does not seek war.');
  });

  it("keeps a model answer that cites a sentence with the party as a clause's subject", async () => {
    const { sent } = replyCiting(
      `${SOCHI}:35`,
      'Tehran announced that it would enrich uranium at higher levels',
      'Iran announced it would enrich uranium at higher levels.',
    );
    const { answerer } = createTestLlmAnswerer();

    const result = await answerer.answer(request('what did iran say it would do with its uranium'));

    expect(sent).toHaveLength(1);
    expect(result).toMatchObject({ status: 'answered', engine: 'llm:gpt-4.1-mini' });
    expect(result.answer).toContain('Iran announced it would enrich uranium at higher levels.');
  });
});
