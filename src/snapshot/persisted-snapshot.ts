/*
 * The stored form of a snapshot, both ways: written as small segments of plain data (`write-segments.ts`, shapes in
 * `segment-shapes.ts`), restored in slices (`restore-segments.ts`), and read for the analyses a build can reuse
 * (`stored-analyses.ts`).
 */
export { restoreSnapshot } from './restore-segments.js';
export { storedAnalyses } from './stored-analyses.js';
export { snapshotSegments } from './write-segments.js';
