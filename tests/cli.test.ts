import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { askResultSchema } from '../src/answer/ask-result.js';
import { loadSeedCorpus } from './helpers/seed-corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = loadSeedCorpus();

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a user would (`npm run cli -- ...` runs the same file through tsx). */
function cli(args: string[], stdin = '', env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CORPUS_DIR: 'seeds', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

function expectGrounded(result: { citations: { source: string; start: number; end: number; quote: string }[] }): void {
  for (const citation of result.citations) {
    expect(
      corpus.documents.find((document) => document.id === citation.source)?.text.slice(citation.start, citation.end),
    ).toBe(citation.quote);
  }
}

describe('the CLI, end to end', () => {
  it('answers a question with cited verbatim quotes', async () => {
    const run = await cli(['ask', 'What did Lavrov say about New START?']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Sergey Lavrov said: \u201CWe talked about the prospects of the Strategic Arms Reduction Treaty \[New START\]/,
    );
    expect(run.stdout).toMatch(
      /\[1\] Sergey Lavrov, quoted in UrduPoint News \/ Sputnik, 2019-05-15: 003_35b4c60fcfc4f624\.txt \(characters \d+-\d+\)/,
    );
    expect(run.stderr).toBe('');
  });

  it("prints the README's first example word for word (the README is what a user reads first)", async () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const command = /npm ci && npm run cli -- ask "([^"]+)"/.exec(readme)?.[1];
    const example = /The answer looks like this:\n\n```\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(command).toBeDefined();
    expect(example).toBeDefined();
    const run = await cli(['ask', command ?? '']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(example);
  });

  it('prints exactly one JSON object with --json', async () => {
    const run = await cli(['ask', '--json', 'Will the arms control talks continue?']);
    expect(run.code).toBe(0);
    const result = askResultSchema.parse(JSON.parse(run.stdout));
    expect(result).toMatchObject({ status: 'answered', engine: 'offline', corpusVersion: corpus.version });
    expectGrounded(result);
  });

  it('answers a JSON Lines batch in order, with an error line for each bad line', async () => {
    const input = [
      JSON.stringify({ question: 'When does New START expire?' }),
      'not json',
      JSON.stringify({ question: '' }),
      JSON.stringify({ nope: 1 }),
      JSON.stringify({ question: 'What is the capital of Australia?' }),
    ].join('\n');
    const run = await cli(['ask', '--batch'], `${input}\n`);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ status: 'answered' });
    expect(lines[1]?.error).toMatch(/^not JSON/);
    expect(lines[2]).toEqual({ error: 'The question is empty.' });
    expect(lines[3]?.error).toMatch(/^invalid request: question/);
    expect(lines[4]).toMatchObject({ status: 'declined' });
  });

  it.each([
    [['ask', '--json', ''], 'The question is empty.'],
    [['ask', '--json', 'x'.repeat(2001)], 'The question is longer than 2000 characters.'],
    [['ask', '--json', 'What\u0001 now'], 'The question contains control characters.'],
  ])('exits 2 with only {"error"} on stdout for bad input %#', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({ error: message });
  });

  it('exits 2 with a message on stderr for bad input without --json', async () => {
    const run = await cli(['ask', '   ']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('verbatim: The question is empty.\n');
  });

  it('says which corpus directory it cannot read, and how to set it', async () => {
    const run = await cli(['ask', '--json', 'When does New START expire?'], '', { CORPUS_DIR: 'no-such-directory' });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      error: expect.stringMatching(
        /^Cannot read the corpus directory no-such-directory: .*Set CORPUS_DIR to a directory of \.txt or \.md articles/,
      ),
    });
  });

  it('lists files it could not load, with the reason', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'verbatim-cli-'));
    cpSync(path.join(ROOT, 'seeds', '000_850cf3de63addd31.txt'), path.join(directory, '000_850cf3de63addd31.txt'));
    writeFileSync(path.join(directory, 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const run = await cli(['sources'], '', { CORPUS_DIR: directory });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('000_850cf3de63addd31.txt\n  title:   US Secretary of State Pompeo to meet');
    expect(run.stdout).toContain('Not loaded:\n  broken.txt: the file is binary (it contains NUL bytes)');
  });

  it('lists sources and quotations by speaker', async () => {
    const sources = JSON.parse((await cli(['sources', '--json'])).stdout) as {
      sources: { source: string; outlet: string; quotations: number }[];
    };
    expect(sources.sources.map((source) => [source.source, source.outlet, source.quotations])).toEqual([
      ['000_850cf3de63addd31.txt', 'RT', 11],
      ['003_35b4c60fcfc4f624.txt', 'UrduPoint News / Sputnik', 18],
    ]);
    const quotes = JSON.parse((await cli(['quotes', '--speaker', 'the Secretary of State', '--json'])).stdout) as {
      quotes: { speaker: string }[];
    };
    expect(quotes.quotes).toHaveLength(11);
    expect(new Set(quotes.quotes.map((quote) => quote.speaker))).toEqual(new Set(['Mike Pompeo']));
    const unknown = await cli(['quotes', '--speaker', 'Angela Merkel']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/No speaker called Angela Merkel in the corpus\. Speakers quoted: .*Mike Pompeo/);
  });

  it("says misattributed for Putin's words given to Pompeo, names Putin and shows the passage", async () => {
    const run = await cli(['verify', '--speaker', 'Pompeo', 'We should give Mueller credit']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^MISATTRIBUTED: /);
    expect(run.stdout).toContain('Vladimir Putin');
    expect(run.stdout).toContain('\u201CWe should give [Mueller] credit\u201D');
    const json = JSON.parse(
      (await cli(['verify', '--json', '--speaker', 'Pompeo', 'We should give Mueller credit'])).stdout,
    ) as {
      verdict: string;
      speaker: string;
      match: { source: string; start: number; end: number; text: string };
    };
    expect(json).toMatchObject({ verdict: 'misattributed', speaker: 'Vladimir Putin', claimedSpeaker: 'Mike Pompeo' });
    expectGrounded({ citations: [{ ...json.match, quote: json.match.text }] });
  });

  it('checks a batch of quotes in order and refuses claims too short to check', async () => {
    const input = [
      JSON.stringify({ quote: 'we will keep talking', speaker: 'Pompeo' }),
      JSON.stringify({ quote: 'the' }),
      JSON.stringify({ quote: 'Despite our agreements, we will keep talking' }),
    ].join('\n');
    const run = await cli(['verify', '--batch'], input);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.verdict ?? 'error')).toEqual(['verified', 'error', 'altered']);
    expect(lines[1]?.error).toMatch(/too short to check/);
    const refused = await cli(['verify', '--json', 'the']);
    expect(refused.code).toBe(2);
    expect(Object.keys(JSON.parse(refused.stdout) as object)).toEqual(['error']);
  });

  it('runs the chat like a DM conversation', async () => {
    const run = await cli(['chat'], 'When does New START expire?\n/quit\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('expires in February 2021');
  });
});
