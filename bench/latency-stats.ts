/** Timing and memory helpers for benchmarks, and a plain-text table to print their results. */
import { performance } from 'node:perf_hooks';

export interface LatencyStats {
  readonly runs: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  readonly minMs: number;
  readonly maxMs: number;
}

export interface TimingOptions {
  /** Timed calls; each gets its index, so a benchmark can rotate through its queries. */
  readonly runs: number;
  /** Untimed calls first, so the JIT and caches settle before measuring. */
  readonly warmup?: number;
}

/** The nearest-rank percentile (0 < p ≤ 100) of samples sorted ascending. */
function percentile(sortedSamples: readonly number[], p: number): number {
  if (sortedSamples.length === 0) throw new Error(`percentile(${p}) of no samples`);
  const rank = Math.ceil((p / 100) * sortedSamples.length);
  return sortedSamples[Math.min(sortedSamples.length, Math.max(1, rank)) - 1] as number;
}

/** p50, p99, mean, min and max of durations in milliseconds. */
export function summariseLatencies(samplesMs: readonly number[]): LatencyStats {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const total = sorted.reduce((sum, sample) => sum + sample, 0);
  return {
    runs: sorted.length,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    meanMs: total / sorted.length,
    minMs: sorted[0] as number,
    maxMs: sorted[sorted.length - 1] as number,
  };
}

function checkRuns(options: TimingOptions): void {
  if (!Number.isInteger(options.runs) || options.runs < 1) {
    throw new Error(`Timing needs runs ≥ 1 (an integer), got ${options.runs}`);
  }
}

/** Times a synchronous function `runs` times, one sample per call. */
export function timeSync(fn: (run: number) => unknown, options: TimingOptions): LatencyStats {
  checkRuns(options);
  for (let run = 0; run < (options.warmup ?? 0); run += 1) fn(run);
  const samples: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    const start = performance.now();
    fn(run);
    samples.push(performance.now() - start);
  }
  return summariseLatencies(samples);
}

/** Times an async function `runs` times, one call at a time, each sample covering the awaited promise. */
export async function timeAsync(fn: (run: number) => Promise<unknown>, options: TimingOptions): Promise<LatencyStats> {
  checkRuns(options);
  for (let run = 0; run < (options.warmup ?? 0); run += 1) await fn(run);
  const samples: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    const start = performance.now();
    await fn(run);
    samples.push(performance.now() - start);
  }
  return summariseLatencies(samples);
}

/**
 * Like `timeAsync`, but each sample is the process's CPU time (user and system, all threads) during the call,
 * which other jobs on a shared machine disturb far less than wall time.
 */
export async function timeAsyncCpu(
  fn: (run: number) => Promise<unknown>,
  options: TimingOptions,
): Promise<LatencyStats> {
  checkRuns(options);
  for (let run = 0; run < (options.warmup ?? 0); run += 1) await fn(run);
  const samples: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    const start = process.cpuUsage();
    await fn(run);
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return summariseLatencies(samples);
}

/** Resident set size of this process, in MB (2^20 bytes). */
export function rssMb(): number {
  return process.memoryUsage.rss() / 2 ** 20;
}

export type TableCell = string | number;

function formatCell(cell: TableCell): string {
  if (typeof cell === 'string') return cell;
  if (Number.isInteger(cell)) return String(cell);
  const magnitude = Math.abs(cell);
  return cell.toFixed(magnitude >= 100 ? 0 : magnitude >= 1 ? 2 : 3);
}

/** Rows as an aligned plain-text table: a header line, a rule, then one line per row; numbers right-aligned. */
function formatTable(headers: readonly string[], rows: readonly (readonly TableCell[])[]): string {
  const texts = rows.map((row) => headers.map((_, column) => formatCell(row[column] ?? '')));
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...texts.map((row) => (row[column] as string).length)),
  );
  const numeric = headers.map((_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'number'));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => {
        const width = widths[column] as number;
        return numeric[column] ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...texts.map(line)].join('\n');
}

/** A latency table row: label, runs, p50, p99 and mean in ms. */
export function latencyRow(label: string, stats: LatencyStats): TableCell[] {
  return [label, stats.runs, stats.p50Ms, stats.p99Ms, stats.meanMs];
}

export const latencyHeaders = ['case', 'runs', 'p50 ms', 'p99 ms', 'mean ms'] as const;

/** Prints a table to `write` (stdout by default), followed by a newline. */
export function printTable(
  headers: readonly string[],
  rows: readonly (readonly TableCell[])[],
  write: (text: string) => void = (text) => process.stdout.write(text),
): void {
  write(`${formatTable(headers, rows)}\n`);
}

/** Runs one step and prints its wall time and this process's CPU time, which other work on a shared machine disturbs less. */
export async function timedStep<T>(label: string, run: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = await run();
  const cpu = process.cpuUsage(cpuBefore);
  const wallMs = (performance.now() - started).toFixed(0).padStart(7);
  const cpuMs = ((cpu.user + cpu.system) / 1000).toFixed(0).padStart(7);
  console.log(`${label.padEnd(34)} ${wallMs} ms wall ${cpuMs} ms CPU`);
  return result;
}
