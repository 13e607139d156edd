/** A phase of a corpus reload, reported as it starts, so a moderator waiting on a long reload sees where it stands. */
export type ReloadProgress =
  | { readonly phase: 'files_read'; readonly documents: number }
  | { readonly phase: 'analysed'; readonly documents: number }
  | { readonly phase: 'indexed' }
  | { readonly phase: 'snapshot_written'; readonly bytes: number }
  | { readonly phase: 'restoring' }
  /** Only the documents added, changed or removed are worked on: the rest of the corpus is kept as it is served. */
  | { readonly phase: 'applying'; readonly documents: number };

export type ReportProgress = (progress: ReloadProgress) => void;
