/** What initialise() tells the player: from what the LMS holds, or from what this browser kept. */
import type { LmsSnapshot } from './cmi-codec.ts';
import type { LaunchData } from './lms-adapter.ts';
import type { ProgressRecord } from './progress-record.ts';
import type { PlaceRecord } from './saved-place.ts';

/** `carried` is unsaved progress from an earlier launch on this device, newer than the LMS's copy. */
export function launchFromLms(
  snapshot: LmsSnapshot,
  carried: ProgressRecord | undefined,
  completed: boolean,
): LaunchData {
  // Some LMSs send an empty entry on a resumed attempt: stored suspend data means there is something to resume.
  const resuming = snapshot.entry === 'resume' || snapshot.suspendData !== '';
  const location = carried?.location ?? (resuming ? snapshot.location : '');
  const suspendData = carried?.suspendData ?? (resuming ? snapshot.suspendData : '');
  const entry = snapshot.entry === 'ab-initio' || snapshot.entry === 'resume' ? snapshot.entry : '';
  return {
    entry: location !== '' || suspendData !== '' ? 'resume' : entry,
    location,
    suspendData,
    learnerName: snapshot.learnerName,
    credit: snapshot.credit,
    mode: snapshot.mode,
    completed,
  };
}

/**
 * Without an LMS session: resume whatever this browser holds (progress not yet saved, over the place last saved
 * to the LMS from this device), otherwise start afresh.
 */
export function launchFromLocal(progress: ProgressRecord, place?: PlaceRecord): LaunchData {
  const location = progress.location ?? place?.location ?? '';
  const suspendData = progress.suspendData ?? place?.suspendData ?? '';
  return {
    entry: location !== '' || suspendData !== '' ? 'resume' : 'ab-initio',
    location,
    suspendData,
    learnerName: '',
    credit: true,
    mode: 'normal',
    completed: (progress.status ?? place?.status)?.completed ?? false,
  };
}
