import { lstat, readFile } from 'node:fs/promises';
import { z } from 'zod';

const manifestEntrySchema = z
  .object({
    title: z.string().min(1).optional(),
    outlet: z.string().min(1).optional(),
    date: z.iso.date().optional(),
  })
  .strict();

type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export type Manifest = Readonly<Record<string, ManifestEntry>>;

export interface ManifestRead {
  readonly manifest: Manifest;
  /** What was wrong, one line per problem; the documents still load, without the metadata concerned. */
  readonly problems: string[];
}

/** Reads `manifest.json`; a bad manifest, or a bad entry in it, costs only that metadata, never the corpus. */
export async function readManifest(file: string, maxBytes: number): Promise<ManifestRead> {
  let raw: unknown;
  try {
    const stats = await lstat(file);
    if (!stats.isFile())
      return { manifest: {}, problems: ['it is not a regular file; documents load without its metadata'] };
    if (stats.size > maxBytes)
      return {
        manifest: {},
        problems: [`it is ${stats.size} bytes; the limit is ${maxBytes}; documents load without its metadata`],
      };
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return {
      manifest: {},
      problems: [`it is not readable JSON (${(error as Error).message}); documents load without its metadata`],
    };
  }
  const shape = z.record(z.string(), z.unknown()).safeParse(raw);
  if (!shape.success)
    return { manifest: {}, problems: ['it must be an object of file names; documents load without its metadata'] };
  const manifest: Record<string, ManifestEntry> = {};
  const problems: string[] = [];
  for (const [name, value] of Object.entries(shape.data)) {
    const entry = manifestEntrySchema.safeParse(value);
    if (entry.success) manifest[name] = entry.data;
    else
      problems.push(
        `the entry for ${name} is invalid (${entry.error.issues.map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`).join('; ')}); ${name} loads without it`,
      );
  }
  return { manifest, problems };
}
