/**
 * Other tabs or windows with the same module open, over a BroadcastChannel. Two tabs on one module each hold
 * their own copy of the learner's data; the one that saved last is the newer. A tab hears when another saves
 * and from then on is "behind": it writes nothing more, so it can never put an older state over a newer one.
 */

export type TabStatus = 'alone' | 'another-open' | 'behind';

type Message = { kind: 'hello' | 'here' | 'saved' | 'bye'; from: string };

/** The part of BroadcastChannel used here; tests and browsers without it pass their own or none. */
export interface MessageChannelLike {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

const isMessage = (data: unknown): data is Message =>
  typeof data === 'object' &&
  data !== null &&
  ['hello', 'here', 'saved', 'bye'].includes((data as Message).kind) &&
  typeof (data as Message).from === 'string';

export class TabPresence {
  private readonly id = Math.random().toString(36).slice(2);
  private readonly others = new Set<string>();
  private behind = false;
  private readonly listeners = new Set<(status: TabStatus) => void>();

  /** `channel` is undefined where BroadcastChannel is missing: the tab then always counts as alone. */
  constructor(private readonly channel: MessageChannelLike | undefined) {
    if (!channel) return;
    channel.onmessage = (event) => this.receive(event.data);
    this.post('hello');
  }

  static forModule(key: string): TabPresence {
    const make = globalThis.BroadcastChannel;
    let channel: MessageChannelLike | undefined;
    try {
      channel = make ? (new make(`imh-scorm:tabs:${key}`) as unknown as MessageChannelLike) : undefined;
    } catch {
      channel = undefined; // an opaque origin (sandboxed frame) may refuse a channel
    }
    return new TabPresence(channel);
  }

  get status(): TabStatus {
    if (this.behind) return 'behind';
    return this.others.size > 0 ? 'another-open' : 'alone';
  }

  onChange(listener: (status: TabStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** This tab's save reached the LMS: any other tab is now behind it. */
  announceSaved(): void {
    this.post('saved');
  }

  close(): void {
    this.post('bye');
    this.channel?.close();
  }

  private receive(data: unknown): void {
    if (!isMessage(data) || data.from === this.id) return;
    const before = this.status;
    if (data.kind === 'bye') this.others.delete(data.from);
    else this.others.add(data.from);
    if (data.kind === 'hello') this.post('here');
    if (data.kind === 'saved') this.behind = true;
    if (this.status !== before) for (const listener of this.listeners) listener(this.status);
  }

  private post(kind: Message['kind']): void {
    try {
      this.channel?.postMessage({ kind, from: this.id } satisfies Message);
    } catch {
      // A closed channel: nobody is listening any more.
    }
  }
}
