import { readFile } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSpeakerDirectory, buildSpeakerDirectoryInSlices } from '../src/corpus/speakers/speaker-directory.js';
import { SliceClock } from '../src/snapshot/slice-clock.js';
import { loadSeedCorpus } from './helpers/seed-corpus.js';

/** Resolves inside an I/O callback, where the loop handles I/O and an immediate would run before any timer. */
function inIoCallback<T>(work: () => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    readFile(import.meta.filename, () => {
      work().then(resolve, reject);
    });
  });
}

describe('work on the thread that serves, cut into slices', () => {
  it('builds the speaker directory in slices, the same as in one go', async () => {
    const { speakers } = loadSeedCorpus();
    let pauses = 0;
    const sliced = await buildSpeakerDirectoryInSlices(speakers, async () => {
      pauses++;
    });
    expect(pauses).toBe(speakers.length * 2);
    expect(sliced).toEqual(buildSpeakerDirectory(speakers));
  });

  it('lets a timer that is due run before the next slice, even when the slice began in an I/O callback', async () => {
    const fired = await inIoCallback(async () => {
      let timer = false;
      setTimeout(() => {
        timer = true;
      }, 0);
      const due = performance.now() + 5;
      while (performance.now() < due);
      await new SliceClock().yieldNow();
      return timer;
    });
    expect(fired).toBe(true);
  });
});
