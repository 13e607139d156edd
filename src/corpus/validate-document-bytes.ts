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

/** A document name that cannot leave the corpus directory: letters, digits, dot, dash, underscore. */
export function safeDocumentName(fileName: string): string | null {
  if (fileName.includes('/') || fileName.includes('\\') || fileName.includes('\0')) return null;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.(?:txt|md)$/i.test(fileName) || fileName.includes('..')) return null;
  return fileName;
}
