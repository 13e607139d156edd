import { createRequire } from 'node:module';

let spellings: Readonly<Record<string, string>> | null = null;

/** The American spelling of a British one ("characterise" -> "characterize", "defences" -> "defenses"), else the word. */
export function americanSpelling(norm: string): string {
  if (!spellings) {
    // The spelling table of american-british-english-translator: read once, on first use.
    spellings = createRequire(import.meta.url)(
      'american-british-english-translator/data/british_spellings.json',
    ) as Record<string, string>;
  }
  const american = spellings[norm];
  return typeof american === 'string' ? american : norm;
}
