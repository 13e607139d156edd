import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import type { CorpusDocument } from '../src/corpus/corpus-types.js';
import { buildAnalysedSnapshot } from '../src/snapshot/corpus-snapshot.js';
import { restoreSnapshot } from '../src/snapshot/restore-segments.js';
import { SliceClock } from '../src/snapshot/slice-clock.js';
import { digestSources } from '../src/snapshot/snapshot-key.js';
import { storedAnalyses } from '../src/snapshot/stored-analyses.js';
import { snapshotSegments } from '../src/snapshot/write-segments.js';
import { segmentsOf } from './helpers/stored-segments.js';

const ARTICLE = {
  id: 'pompeo-sochi.txt',
  text:
    'Pompeo to visit Sochi\n\n' +
    'US Secretary of State Mike Pompeo will travel to Russia next week, the State Department said on Friday.\n\n' +
    'On Tuesday the Secretary of State will meet Foreign Minister Sergey Lavrov in Sochi. He will also see ' +
    'President Vladimir Putin, the department said.\n\n' +
    '"The secretary wants a frank talk," a spokesman said.\n',
};

/** Whom the document's mentions read at the first place `phrase` stands after `after`, or undefined. */
function personAt(document: CorpusDocument | undefined, phrase: string, after = ''): string | undefined {
  const text = document?.text ?? '';
  const start = text.indexOf(phrase, text.indexOf(after));
  return document?.personMentions.find((mention) => mention.start === start)?.person;
}

describe('the people a document mentions, resolved when it is analysed', () => {
  const [document] = buildCorpus([ARTICLE]).documents;

  it('reads a role the document gives one person, and a pronoun, as that person', () => {
    expect(personAt(document, 'the Secretary of State will meet')).toBe('Mike Pompeo');
    expect(personAt(document, 'Foreign Minister Sergey Lavrov')).toBe('Sergey Lavrov');
    expect(personAt(document, 'He will also see')).toBe('Mike Pompeo');
  });

  it('leaves out words inside quotation marks', () => {
    expect(personAt(document, 'The secretary wants')).toBeUndefined();
  });

  it('come back with the document from a stored snapshot, and with its analysis for the next build to reuse', async () => {
    const analysed = buildAnalysedSnapshot([ARTICLE]);
    const segments = snapshotSegments(analysed).map((segment) => serialize(segment));
    const clock = SliceClock.unsliced();
    const restored = await restoreSnapshot(segmentsOf(segments), await digestSources([ARTICLE], clock), clock);
    const [restoredDocument] = restored.corpus.documents;
    expect(restoredDocument?.personMentions).toEqual(document?.personMentions);
    expect(personAt(restoredDocument, 'the Secretary of State will meet')).toBe('Mike Pompeo');
    const [reused] = (await storedAnalyses(segmentsOf(segments), clock)).analyses.values();
    expect(personAt(reused?.document, 'He will also see')).toBe('Mike Pompeo');
  });
});
