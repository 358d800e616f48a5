/** Save-state listeners, shared by the adapters. */
import type { SaveState } from './lms-adapter.ts';

export class SaveStateEvents {
  private readonly listeners = new Set<(state: SaveState) => void>();

  subscribe(listener: (state: SaveState) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  emit(state: SaveState): void {
    // A failing listener (the notice UI) must not stop saving or the other listeners; its error surfaces later.
    for (const listener of [...this.listeners]) {
      try {
        listener(state);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
