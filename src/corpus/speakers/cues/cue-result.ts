/** What a cue says about its subject: a speaker, an explicit "nobody we can name", or nothing at all. */
export type CueResult = { readonly found: false } | { readonly found: true; readonly speaker: string | null };

export const NO_CUE: CueResult = { found: false };
export const abstain: CueResult = { found: true, speaker: null };
