import { describe, expect, it } from 'vitest';
import {
  CANDIDATE_FEATURES,
  candidateFeatures,
  rankSpeakers,
  type CandidateDescription,
  type SpeakerRankerModel,
} from '../src/corpus/speakers/rank-speakers.js';
import { SPEAKER_RANKER } from '../src/corpus/speakers/speaker-ranker-data.js';

const plain: CandidateDescription = {
  rulePath: null,
  registry: false,
  paragraphsBack: 0,
  form: 'full',
  sameSentence: true,
  after: false,
  wordsBetween: 3,
  nextToReportingVerb: false,
  oblique: false,
  firstInSentence: true,
  verbJustBefore: false,
  rivals: 2,
  spokePrevious: false,
  speakerMentions: 2,
  quotationWords: 8,
  fullSentence: true,
  opensParagraph: false,
  scareQuoteShare: 0,
};

/** A model that scores only the rules' trailing cue (+2) and a reporting verb next to the mention (+1). */
const model: SpeakerRankerModel = {
  features: CANDIDATE_FEATURES,
  weights: CANDIDATE_FEATURES.map((name) =>
    name === 'rule:trailing' ? 2 : name === 'next to reporting verb' ? 1 : name === 'bias' ? -0.5 : 0,
  ),
  keepAbove: 0.5,
  addAbove: 0.6,
};

describe('the speaker ranker', () => {
  it('is the committed model for the features the code computes', () => {
    expect(SPEAKER_RANKER.features).toEqual(CANDIDATE_FEATURES);
    expect(SPEAKER_RANKER.weights).toHaveLength(CANDIDATE_FEATURES.length);
    expect(candidateFeatures(plain)).toHaveLength(CANDIDATE_FEATURES.length);
  });

  it("keeps the rules' candidate unless the model doubts it, whatever a rival scores", () => {
    const ruled = { speaker: 'Hughes', description: { ...plain, rulePath: 'trailing' as const } };
    const rival = { speaker: 'Cox', description: { ...plain, nextToReportingVerb: true } };
    expect(rankSpeakers(model, [rival, ruled])).toBe('Hughes');
    const doubted = { speaker: 'Hughes', description: { ...plain, rulePath: 'continuation' as const } };
    expect(rankSpeakers(model, [rival, doubted])).toBeNull();
  });

  it('takes another candidate only where the rules name nobody, and only when it is probable enough', () => {
    const rival = { speaker: 'Cox', description: { ...plain, nextToReportingVerb: true } };
    expect(rankSpeakers(model, [rival])).toBe('Cox');
    expect(rankSpeakers(model, [{ speaker: 'Cox', description: plain }])).toBeNull();
  });

  it('with the committed weights, keeps a named cue subject and drops a sub-headline carried over to a body', () => {
    const said = { ...plain, rulePath: 'trailing' as const, after: true, nextToReportingVerb: true, wordsBetween: 0 };
    expect(rankSpeakers(SPEAKER_RANKER, [{ speaker: 'Joe Ratcliff', description: said }])).toBe('Joe Ratcliff');
    const pronoun = { ...plain, rulePath: 'leading' as const, form: 'pronoun' as const, nextToReportingVerb: true };
    expect(rankSpeakers(SPEAKER_RANKER, [{ speaker: 'Joe Ratcliff', description: pronoun }])).toBe('Joe Ratcliff');
    // "The report called … “…”." then, as the next paragraph, the sub-headline “Must solve problem”.
    const subHeadline = {
      ...plain,
      registry: true,
      paragraphsBack: 1,
      form: 'body' as const,
      sameSentence: false,
      firstInSentence: true,
      wordsBetween: 18,
      quotationWords: 3,
      opensParagraph: true,
      scareQuoteShare: 0.3,
      rivals: 1,
      spokePrevious: true,
    };
    expect(rankSpeakers(SPEAKER_RANKER, [{ speaker: 'the report', description: subHeadline }])).toBeNull();
  });
});
