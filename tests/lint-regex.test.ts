import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const eslint = path.join(repo, 'node_modules', '.bin', 'eslint');

/** Runs the project's regex lint on a small tree; resolves with its exit code and output. */
async function lintRegexes(root: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(eslint, ['--max-warnings', '0', 'src'], { cwd: root });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, output: failed.stdout };
  }
}

/** A tree with the project's eslint.config.js and its packages, and one source file. */
async function treeWith(source: string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'verbatim-regex-lint-'));
  await copyFile(path.join(repo, 'eslint.config.js'), path.join(root, 'eslint.config.js'));
  await writeFile(path.join(root, 'package.json'), '{ "type": "module" }\n');
  await symlink(path.join(repo, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  await mkdir(path.join(root, 'src', 'text'), { recursive: true });
  await writeFile(path.join(root, 'src', 'text', 'marks.ts'), source);
  return root;
}

describe('the regex lint (npm run lint)', () => {
  let clean: string;
  let duplicated: string;

  beforeAll(async () => {
    clean = await treeWith("export const quoted = (text: string): boolean => /['a]/.test(text);\n");
    duplicated = await treeWith("export const quoted = (text: string): boolean => /[''a]/.test(text);\n");
  });

  afterAll(async () => {
    await rm(clean, { recursive: true, force: true });
    await rm(duplicated, { recursive: true, force: true });
  });

  it('accepts a character class without duplicates', async () => {
    const { code, output } = await lintRegexes(clean);
    expect(output).toBe('');
    expect(code).toBe(0);
  });

  it('fails on a character class that lists the same mark twice', async () => {
    const { code, output } = await lintRegexes(duplicated);
    expect(output).toContain('src/text/marks.ts');
    expect(output).toContain('regexp/no-dupe-characters-character-class');
    expect(code).not.toBe(0);
  });
});
