import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseUserText } from '../src/app/question-input.js';
import { createOfflineAnswerer } from '../src/answer/offline-answerer.js';
import { parseConfig } from '../src/config/config.js';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { renderAnswer } from '../src/discord/rendering/render-answer.js';
import { buildSearchIndex } from '../src/search/search-index.js';
import { loadSeedCorpus } from './helpers/seed-corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function cli(args: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CORPUS_DIR: 'seeds' },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
    child.stdin.end();
  });
}

describe('smaller reliability fixes', () => {
  it('a stray number after the question mark does not turn a good question into a decline', async () => {
    const corpus = loadSeedCorpus();
    const search = buildSearchIndex(corpus);
    const answerer = createOfflineAnswerer();
    const ask = (question: string) => {
      const text = parseUserText(question);
      return answerer.answer({ question: text, corpus, retrieval: search.search(text) });
    };
    const clean = await ask('Who did Pompeo meet in Sochi?');
    expect(clean.status).toBe('answered');
    expect(await ask('Who did Pompeo meet in Sochi? 0')).toEqual(clean);
    expect(parseUserText('What happened in 2019?')).toBe('What happened in 2019?');
  });

  it('with --json, an unknown option still gives {"error"} on stdout', async () => {
    const run = await cli(['ask', '--json', '--bogus', 'Who did Pompeo meet in Sochi?']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({ error: "unknown option '--bogus'" });
  });

  it('a document without a headline is shown by its file name, never as an empty title', () => {
    const text =
      'Lavrov said on Tuesday that the talks in Sochi with his American counterpart were useful and frank.\n\n"We will certainly meet again very soon," Lavrov told reporters after the meeting in Sochi.\n';
    const [document] = buildCorpus([{ id: 'no-headline.txt', text }]).documents;
    expect(document?.title).toBe('no-headline.txt');
    const quotation = document?.quotations[0];
    if (!document || !quotation) throw new Error('no quotation');
    const rendered = renderAnswer({
      status: 'answered',
      answer: `Sergey Lavrov said: \u201C${quotation.text}\u201D [1]`,
      citations: [
        {
          n: 1,
          source: document.id,
          title: document.title,
          outlet: 'unknown outlet',
          date: 'undated',
          speaker: 'Sergey Lavrov',
          quote: quotation.text,
          start: quotation.start,
          end: quotation.end,
        },
      ],
      engine: 'offline',
      corpusVersion: 'test',
    });
    const shown = JSON.stringify(rendered);
    expect(shown).not.toContain('— **');
    expect(shown).toContain('no-headline.txt');
  });

  it('a base URL with credentials is a configuration error naming the variable, without echoing the secret', () => {
    expect(() => parseConfig({ OPENAI_BASE_URL: 'http://user:s3cret@llm.internal:11434/v1' })).toThrow(
      'Invalid configuration. Set OPENAI_BASE_URL: must not contain credentials (user:password@); put the key in OPENAI_API_KEY',
    );
    expect(() => parseConfig({ OPENAI_BASE_URL: 'ftp://llm.internal/v1' })).toThrow(
      /OPENAI_BASE_URL: must be an http:\/\/ or https:\/\/ URL/,
    );
    expect(parseConfig({ OPENAI_BASE_URL: 'http://llm.internal:11434/v1' }).OPENAI_BASE_URL).toBe(
      'http://llm.internal:11434/v1',
    );
  });
});
