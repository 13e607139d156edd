const APOSTROPHES = /['\u2018\u2019`\u2032]/g;
const ABBREVIATION = /^(?:\p{L}\.)+\p{L}$/u;

/**
 * The one form in which search, quote matching and answering compare a word: lower-cased, apostrophes folded to "'",
 * abbreviation dots dropped ("U.S." and "US" are one word) and accents stripped ("Guaidó" and "Guaido" are one word).
 */
export function foldWord(word: string): string {
  let norm = word.toLowerCase();
  if (/['\u2018\u2019`\u2032]/.test(norm)) norm = norm.replace(APOSTROPHES, "'");
  if (ABBREVIATION.test(norm)) norm = norm.replace(/\./g, '');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range test names NUL as its lower bound
  if (/[^\x00-\x7F]/.test(norm)) norm = norm.normalize('NFD').replace(/\p{M}/gu, '');
  return norm;
}
