import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { workerCommand } from '../src/snapshot/build-off-thread.js';

/** Blocks the worker's main thread for good before its own code runs, as the spare workers left behind were. */
const BLOCK_MAIN_THREAD = `data:text/javascript,${encodeURIComponent('Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);')}`;

/** A parent that reads a worker's command on stdin, starts it as `buildSnapshotOffThread` does and prints its pid. */
const PARENT = `
const { fork } = require('node:child_process');
let text = '';
process.stdin.on('data', (data) => { text += data; });
process.stdin.on('end', () => {
  const { execPath, entry, execArgv, env } = JSON.parse(text);
  const worker = fork(entry, [], {
    execPath, execArgv, env: { ...process.env, ...env }, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  console.log(worker.pid);
  setInterval(() => {}, 1000);
});
`;

/** Whether `pid` runs (a process killed but not yet reaped by its new parent is a zombie, and does not). */
function running(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}

const started: number[] = [];
let parent: ChildProcess | null = null;

afterEach(() => {
  parent?.kill('SIGKILL');
  parent = null;
  // Only the worker this test started, should the guard have failed.
  for (const pid of started.splice(0)) if (running(pid)) process.kill(pid, 'SIGKILL');
});

/** Starts a parent that starts a worker as `workerCommand` says, with `change` applied, and returns the worker's pid. */
async function startedWorker(
  change: (command: ReturnType<typeof workerCommand>) => Record<string, unknown>,
): Promise<{ child: ChildProcess; workerPid: number }> {
  const child = spawn(process.execPath, ['-e', PARENT], { stdio: ['pipe', 'pipe', 'inherit'] });
  parent = child;
  child.stdin?.end(JSON.stringify(change(workerCommand(child.pid ?? 0))));
  const workerPid = await new Promise<number>((resolve, reject) => {
    child.stdout?.once('data', (data: Buffer) => resolve(Number(String(data).trim())));
    child.once('exit', (code) => reject(new Error(`the parent exited with ${code}`)));
  });
  started.push(workerPid);
  return { child, workerPid };
}

/** Ends the parent as a test runner ends its workers, and whether the worker is gone within five seconds. */
async function goneAfterParent(child: ChildProcess, workerPid: number): Promise<boolean> {
  // Its modules loading, as when a test file ends while a spare worker starts.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(running(workerPid)).toBe(true);
  child.kill('SIGTERM');
  const deadline = Date.now() + 5000;
  while (running(workerPid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return !running(workerPid);
}

describe.skipIf(process.platform !== 'linux')('a reload worker whose parent is gone', () => {
  it('exits even when its main thread is blocked before its own code runs', async () => {
    const { child, workerPid } = await startedWorker((command) => ({
      ...command,
      execArgv: [...command.execArgv, '--import', BLOCK_MAIN_THREAD],
    }));
    expect(await goneAfterParent(child, workerPid)).toBe(true);
  });

  it.skipIf(workerCommand(0).execPath === process.execPath)(
    'exits even when it blocks before its parent guard starts, through the parent death signal of the kernel',
    async () => {
      // NODE_OPTIONS are read before the command line's options: the block comes before the guard is loaded.
      const { child, workerPid } = await startedWorker((command) => ({
        ...command,
        env: { NODE_OPTIONS: `--import ${BLOCK_MAIN_THREAD}` },
      }));
      expect(await goneAfterParent(child, workerPid)).toBe(true);
    },
  );
});
