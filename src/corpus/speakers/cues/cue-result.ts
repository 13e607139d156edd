/** What a cue says about its subject: a speaker, an explicit "nobody we can name", or nothing at all. */
export type CueResult = { readonly found: false } | { readonly found: true; readonly speaker: string | null };

/** The text gives no cue here; the next kind of cue is tried. */
export const NO_CUE: CueResult = { found: false };
/** A cue that credits no one we can name ("the taxi driver said"): the quotation is not the previous speaker's. */
export const abstain: CueResult = { found: true, speaker: null };
/** The speaker a cue names; null when it names nobody or there is no cue. */
export const speakerFound = (cue: CueResult): string | null => (cue.found ? cue.speaker : null);
