import { transition, type AnyStateMachine, type EventFromLogic, type SnapshotFrom } from 'xstate';

/** Applies events one by one as pure transitions: the last snapshot and every action left to execute, in order. */
export function applyEvents<TMachine extends AnyStateMachine>(
  machine: TMachine,
  snapshot: SnapshotFrom<TMachine>,
  ...events: EventFromLogic<TMachine>[]
) {
  const actions: { type: string; params: unknown }[] = [];
  for (const event of events) {
    const [next, executed] = transition(machine, snapshot, event);
    snapshot = next;
    actions.push(...executed.map(({ type, params }) => ({ type, params })));
  }
  return { snapshot, actions };
}

/**
 * The machine as xstate/graph should walk it: each step a pure transition in a fresh actor system. The graph walk
 * shares one mock system across all its steps, so entering a state that invokes with a `systemId` a second time
 * throws "Actor with system ID … already exists" (statelyai/xstate#5575 fixed that for `transition` only).
 */
export function walkedPurely<TMachine extends AnyStateMachine>(machine: TMachine): TMachine {
  const walked = Object.create(machine) as TMachine;
  walked.transition = (snapshot, event) => transition(machine, snapshot as SnapshotFrom<TMachine>, event)[0];
  return walked;
}
