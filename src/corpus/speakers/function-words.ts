import { getGender } from 'gender-detection-from-name';
import { loadTagger } from './tag-words.js';

const known = new Map<string, boolean>();

/**
 * "If Labour is judged", "While Mr Blair": a sentence's capitalised first word that wink-nlp's English model lists
 * as a stop word (a conjunction, determiner, adverb or pronoun) opens no name, unless it is also a forename ("Will").
 */
export function isFunctionWord(word: string): boolean {
  let answer = known.get(word);
  if (answer === undefined) {
    const wink = loadTagger();
    const flags = wink.readDoc(word).tokens().out(wink.its.stopWordFlag) as boolean[];
    const gender = getGender(word, 'en');
    answer = flags.length === 1 && flags[0] === true && gender !== 'male' && gender !== 'female';
    known.set(word, answer);
  }
  return answer;
}
