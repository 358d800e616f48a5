/** What initialise() tells the player: from what the LMS holds, or from what this browser kept. */
import type { LmsSnapshot } from './cmi-codec.ts';
import type { LaunchData } from './lms-adapter.ts';
import type { ProgressRecord } from './progress-record.ts';
import { learnerKey } from './save-mirror.ts';

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
    learnerKey: snapshot.learnerId ? learnerKey(snapshot.learnerId) : undefined,
    credit: snapshot.credit,
    mode: snapshot.mode,
    completed,
  };
}

/** Without an LMS session: what this session holds so far (a fresh start, at launch). */
export function launchFromLocal(
  progress: ProgressRecord,
  learner: LaunchData['learnerKey'] = undefined,
): LaunchData {
  const location = progress.location ?? '';
  const suspendData = progress.suspendData ?? '';
  return {
    entry: location !== '' || suspendData !== '' ? 'resume' : 'ab-initio',
    location,
    suspendData,
    learnerName: '',
    learnerKey: learner,
    credit: true,
    mode: 'normal',
    completed: progress.status?.completed ?? false,
  };
}
