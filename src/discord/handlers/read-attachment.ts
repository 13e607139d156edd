import { documentNameProblem, MAX_DOCUMENT_NAME_LENGTH } from '../../corpus/validate-document-bytes.js';
import { UserFacingError } from '../policy/index.js';

export interface AttachmentLike {
  readonly name: string;
  readonly size: number;
  readonly url: string;
}

/**
 * Checks an uploaded file name: a plain .txt/.md name with no directory parts.
 * @throws UserFacingError saying what is wrong.
 */
export function checkFileName(name: string): string {
  const problem = documentNameProblem(name);
  if (problem === 'path') {
    throw new UserFacingError('That file name contains a path. Upload a plain file name such as `pompeo-sochi.txt`.');
  }
  if (problem === 'extension') throw new UserFacingError('Only .txt and .md files can be added to the corpus.');
  if (problem === 'characters') {
    throw new UserFacingError(
      `Use a file name of letters, digits, dots, dashes and underscores (at most ${MAX_DOCUMENT_NAME_LENGTH} characters), such as \`pompeo-sochi.txt\`.`,
    );
  }
  return name;
}

/**
 * Decodes bytes as UTF-8 text, refusing binary data.
 * @throws UserFacingError when the bytes are not UTF-8 text.
 */
export function checkUtf8Text(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserFacingError('That file is not UTF-8 text. Save it as UTF-8 plain text and try again.');
  }
  // NUL and other C0 controls (except tab, newline, carriage return, form feed) mean binary data.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  if (/[\u0000-\u0008\v\u000E-\u001F]/.test(text)) throw new UserFacingError('That file looks binary, not text.');
  if (text.trim().length === 0) throw new UserFacingError('That file is empty.');
  return text;
}

function tooLarge(maxBytes: number): UserFacingError {
  return new UserFacingError(`That file is larger than ${Math.floor(maxBytes / 1000)} kB, the limit for one document.`);
}

/**
 * Downloads an attachment with the size limit enforced twice: from Discord's stated size, and
 * while streaming (the stated size is not trusted), then checks it is UTF-8 text.
 * @throws UserFacingError for a refusal the user can fix.
 */
export async function readTextAttachment(
  attachment: AttachmentLike,
  maxBytes: number,
  fetchImpl: typeof fetch = fetch,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const fileName = checkFileName(attachment.name);
  if (attachment.size > maxBytes) throw tooLarge(maxBytes);
  const response = await fetchImpl(attachment.url, { signal: AbortSignal.timeout(15_000) });
  if (!response.ok || !response.body)
    throw new Error(`Attachment download failed: HTTP ${response.status} for ${attachment.url}`);
  const chunks: Uint8Array[] = [];
  let received = 0;
  for await (const chunk of response.body) {
    received += chunk.byteLength;
    if (received > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  checkUtf8Text(bytes);
  return { fileName, bytes };
}
