import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The source folders whose code decides what a snapshot holds: analysis, lexicon, search, quote index, text handling. */
const ANALYSIS_FOLDERS = ['corpus', 'lexicon', 'search', 'quotes', 'text', 'snapshot'];
/** Bumped by hand when the snapshot's layout changes without a change in those folders. */
const SNAPSHOT_FORMAT = 5;

async function codeFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(?:ts|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

let cached: Promise<string> | null = null;

/**
 * A hash of the analysis code itself (every source file of those folders, whether run as TypeScript or compiled),
 * the snapshot format and the Node major version: any change to how a corpus is analysed invalidates old snapshots
 * without anyone having to remember to bump a number.
 */
export function analysisVersion(): Promise<string> {
  cached ??= (async () => {
    const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
    const hash = createHash('sha256').update(
      `format ${SNAPSHOT_FORMAT}; node ${process.versions.node.split('.')[0]}\n`,
    );
    for (const folder of ANALYSIS_FOLDERS) {
      for (const file of await codeFiles(path.join(root, folder))) {
        hash
          .update(`${path.relative(root, file)}\n`)
          .update(await readFile(file))
          .update('\n');
      }
    }
    return hash.digest('hex').slice(0, 16);
  })();
  return cached;
}
