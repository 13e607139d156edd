import type { Span } from './corpus-types.js';

/** A word glued to the capital that opens the next ("DurbinGun", "KellyMORE"): scraped link text run together. */
const GLUED_WORD = /(?<=[\s(])(\p{Lu}[\p{Ll}'\u2019-]+)(?=\p{Lu})/gu;
/** How far back, in characters, the short form of a name may stand before its formal form ends. */
const MAX_FORMAL_NAME = 60;
/** The word that closes a widget, glued or not ("KellyMORE (R-La.)"). */
const WIDGET_END = /MORE(?!\p{L})/u;

/**
 * Inline related-links widgets that scraped pages keep after a politician's name: "Senate Democratic Whip Dick Durbin
 * Richard (Dick) Joseph DurbinGun control group rolls out … MORE (D-Ill.)". The formal name repeats the surname just
 * written, glued to the first headline, and "MORE" closes the widget within the paragraph. Its words are no part of
 * the sentence around it: its names would run on from the real one and its headlines give pronouns false antecedents.
 */
export function findLinkWidgets(text: string): Span[] {
  const widgets: Span[] = [];
  for (const glued of text.matchAll(GLUED_WORD)) {
    const surname = glued[1] as string;
    const formalEnd = glued.index + surname.length;
    const window = text.slice(Math.max(0, glued.index - MAX_FORMAL_NAME), glued.index);
    const shortForm = window.lastIndexOf(` ${surname} `);
    if (shortForm < 0 || window.slice(shortForm).includes('\n')) continue;
    const paragraphEnd = text.indexOf('\n', formalEnd);
    const rest = text.slice(formalEnd, paragraphEnd < 0 ? text.length : paragraphEnd);
    const closing = WIDGET_END.exec(rest);
    if (!closing) continue;
    const start = glued.index - window.length + shortForm + surname.length + 1;
    if ((widgets.at(-1)?.end ?? -1) >= start) continue;
    widgets.push({ start, end: formalEnd + closing.index + closing[0].length });
  }
  return widgets;
}
