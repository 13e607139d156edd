/** Why a file cannot be a corpus document, judged from its name and size alone, before reading it; null when it may be. */
export function metadataProblem(fileName: string, size: number, maxBytes: number): string | null {
  if (!/\.(?:txt|md)$/i.test(fileName)) return 'only .txt and .md files are documents';
  if (size === 0) return 'the file is empty';
  if (size > maxBytes) return `the file is ${size} bytes; the limit is ${maxBytes}`;
  return null;
}

/** Why a file cannot be a corpus document; null when it can. Pure, shared by the loader and uploads. */
export function documentProblem(fileName: string, bytes: Uint8Array, maxBytes: number): string | null {
  const problem = metadataProblem(fileName, bytes.byteLength, maxBytes);
  if (problem) return problem;
  if (bytes.includes(0)) return 'the file is binary (it contains NUL bytes)';
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.trim().length === 0) return 'the file holds only white space';
  } catch {
    return 'the file is not valid UTF-8 text';
  }
  return null;
}

export const MAX_DOCUMENT_NAME_LENGTH = 100;

/** Why a name cannot be a document's: it could leave the corpus directory, or is not a plain .txt/.md name. */
export type DocumentNameProblem = 'path' | 'extension' | 'characters';

/** What is wrong with a document's file name, or null for a plain .txt/.md name that stays in its directory. */
export function documentNameProblem(fileName: string): DocumentNameProblem | null {
  if (/[\\/\0]/.test(fileName) || fileName.includes('..')) return 'path';
  if (!/\.(?:txt|md)$/i.test(fileName)) return 'extension';
  if (fileName.length > MAX_DOCUMENT_NAME_LENGTH || !/^[A-Z0-9][\w.-]*$/i.test(fileName)) return 'characters';
  return null;
}
