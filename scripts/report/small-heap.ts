/**
 * The report holds a few hundred bytes per learner and streams everything else, but V8's default heap growth lets
 * a large export's garbage double the process's peak memory before a full collection. The report is a batch job
 * on a trainer's machine, where memory matters more than the last percent of speed: ask V8 to keep the heap small.
 * Called by the command line and the benchmark's measured process before any export is read.
 */
import v8 from 'node:v8';

export function preferSmallHeap(): void {
  v8.setFlagsFromString('--optimize-for-size');
}
