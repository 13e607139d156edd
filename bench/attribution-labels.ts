/** The hand labels of `tests/fixtures/attribution/`, read and checked with zod. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

// dev2, heldout2 and dev4 were held-out splits in turn; once scored each became development data. heldout5 is the
// held-out split now. reserved holds press files the issue keeps for its author's independent check, labelled by
// mistake in earlier rounds: never used for development, its figures are not independent.
export const splitSchema = z.enum(['dev', 'dev2', 'heldout2', 'dev4', 'heldout5', 'reserved']);
export type Split = z.infer<typeof splitSchema>;

/** Every split a round may develop on, train the speaker ranker on, or cross-validate over. */
export const DEVELOPMENT_SPLITS: readonly Split[] = ['dev', 'dev2', 'heldout2', 'dev4'];

const labelFileSchema = z.object({
  article: z.string().regex(/^c[a-r]\d\d$/),
  split: splitSchema,
  quotations: z.array(
    z.object({
      start: z.number().int().nonnegative(),
      quote: z.string().min(1),
      speaker: z.string().min(1).nullable(),
    }),
  ),
});
export type LabelFile = z.infer<typeof labelFileSchema>;

const labelDir = path.join(import.meta.dirname, '..', 'tests', 'fixtures', 'attribution');

/** The label files of `splits`, by file name. */
export async function loadLabels(splits: ReadonlySet<Split>): Promise<LabelFile[]> {
  const names = (await readdir(labelDir)).filter((name) => name.endsWith('.json')).sort();
  const files = await Promise.all(
    names.map(async (name) => labelFileSchema.parse(JSON.parse(await readFile(path.join(labelDir, name), 'utf8')))),
  );
  return files.filter((file) => splits.has(file.split));
}
