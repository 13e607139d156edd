import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const depcruise = path.join(repo, 'node_modules', '.bin', 'depcruise');
const config = path.join(repo, '.dependency-cruiser.cjs');

/** Runs the project's layer check on a small tree; resolves with its exit code and output. */
async function cruise(root: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(depcruise, ['--config', config, 'src'], { cwd: root });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, output: failed.stdout };
  }
}

async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  await copyFile(path.join(repo, 'tsconfig.json'), path.join(root, 'tsconfig.json'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
}

describe('the layer check (npm run lint)', () => {
  let downward: string;
  let upward: string;

  beforeAll(async () => {
    downward = await mkdtemp(path.join(tmpdir(), 'verbatim-layers-'));
    upward = await mkdtemp(path.join(tmpdir(), 'verbatim-layers-'));
    await writeTree(downward, {
      'src/corpus/document.ts': 'export const title = "Sochi";\n',
      'src/app/wire.ts': 'import { title } from "../corpus/document.js";\nexport const wired = title;\n',
    });
    await writeTree(upward, {
      'src/app/wire.ts': 'export const wired = "app";\n',
      'src/corpus/document.ts': 'import { wired } from "../app/wire.js";\nexport const title = wired;\n',
    });
  });

  afterAll(async () => {
    await rm(downward, { recursive: true, force: true });
    await rm(upward, { recursive: true, force: true });
  });

  it('accepts a higher layer importing a lower one', async () => {
    const { code, output } = await cruise(downward);
    expect(output).toContain('no dependency violations found');
    expect(code).toBe(0);
  });

  it('fails when a lower layer imports a higher one', async () => {
    const { code, output } = await cruise(upward);
    expect(output).toContain('no-upward-from-corpus');
    expect(output).toContain('src/corpus/document.ts → src/app/wire.ts');
    expect(code).not.toBe(0);
  });
});
