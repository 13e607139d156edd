import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { SourceText } from './build-corpus.js';
import { documentProblem } from './validate-document-bytes.js';

const MANIFEST_FILE = 'manifest.json';

const manifestSchema = z.record(
  z.string(),
  z
    .object({
      title: z.string().min(1).optional(),
      outlet: z.string().min(1).optional(),
      date: z.iso.date().optional(),
    })
    .strict(),
);

export interface RefusedFile {
  readonly file: string;
  readonly reason: string;
}

export interface CorpusFiles {
  readonly sources: SourceText[];
  readonly refused: RefusedFile[];
}

export class CorpusLoadError extends Error {
  override readonly name = 'CorpusLoadError';
}

/**
 * Reads every .txt/.md document of a directory, in name order, with the optional manifest's metadata.
 * Bad files are refused with a reason and the rest still load.
 * @throws CorpusLoadError when the directory or the manifest cannot be read.
 */
export async function readCorpusDir(directory: string, maxBytes: number): Promise<CorpusFiles> {
  let names: string[];
  try {
    names = (await readdir(directory, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
  } catch (error) {
    throw new CorpusLoadError(`Cannot read the corpus directory ${directory}: ${(error as Error).message}`, { cause: error });
  }
  const manifest = names.includes(MANIFEST_FILE) ? await readManifest(path.join(directory, MANIFEST_FILE)) : {};
  const sources: SourceText[] = [];
  const refused: RefusedFile[] = [];
  for (const name of names) {
    if (name === MANIFEST_FILE || name.startsWith('.')) continue;
    const bytes = await readFile(path.join(directory, name));
    const problem = documentProblem(name, bytes, maxBytes);
    if (problem) {
      refused.push({ file: name, reason: problem });
      continue;
    }
    const metadata = manifest[name];
    sources.push({ id: name, text: new TextDecoder('utf-8').decode(bytes), ...(metadata ? { metadata } : {}) });
  }
  return { sources, refused };
}

async function readManifest(file: string): Promise<z.infer<typeof manifestSchema>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new CorpusLoadError(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new CorpusLoadError(`${file} is invalid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  return parsed.data;
}
