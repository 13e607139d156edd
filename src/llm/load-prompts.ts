import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PromptFileError } from './llm-errors.js';

/** The prompt templates, read once when the engine is built. */
export interface Prompts {
  readonly system: string;
  readonly user: string;
  readonly passage: string;
  readonly retry: string;
}

/** The placeholders each template must hold, so an edited prompt cannot silently drop the passages or the question. */
const REQUIRED_PLACEHOLDERS: Readonly<Record<keyof Prompts, readonly string[]>> = {
  system: [],
  user: ['boundary', 'passages', 'question'],
  passage: ['boundary', 'id', 'text'],
  retry: ['failures'],
};

/** `prompts/` at the repository root, found from this file rather than from the working directory. */
export const DEFAULT_PROMPTS_DIR = fileURLToPath(new URL('../../prompts/', import.meta.url));

/**
 * Reads system.md, user.md, passage.md and retry.md from `directory`.
 * @throws PromptFileError naming the file that is missing or the placeholder it lacks.
 */
export function loadPrompts(directory: string = DEFAULT_PROMPTS_DIR): Prompts {
  const read = (name: keyof Prompts): string => {
    const file = path.join(directory, `${name}.md`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new PromptFileError(`Cannot read the prompt file ${file}: ${(error as Error).message}`, { cause: error });
    }
    if (text.trim().length === 0) throw new PromptFileError(`The prompt file ${file} is empty`);
    const missing = REQUIRED_PLACEHOLDERS[name].filter((placeholder) => !text.includes(`{{${placeholder}}}`));
    if (missing.length > 0)
      throw new PromptFileError(`The prompt file ${file} lacks ${missing.map((p) => `{{${p}}}`).join(', ')}`);
    return text.trim();
  };
  return { system: read('system'), user: read('user'), passage: read('passage'), retry: read('retry') };
}

/**
 * Fills `{{name}}` placeholders in one pass, so text that is itself filled in (a question holding "{{passages}}")
 * is never expanded. Unknown placeholders are left as they are.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? (values[name] as string) : whole,
  );
}
