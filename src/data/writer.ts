// Writes events one after another, in order, each in its own transaction. A failed write is kept
// in memory and tried again; nothing is dropped, and the status says what is not yet saved.
import { isPhrase, type Phrase } from '../domain/phrase';
import { describeStorageError } from './errors';

export interface WriteStatus {
  /** Events given but not yet committed. */
  pending: number;
  /** Why saving is failing, in words for the person; null while it works. */
  error: Phrase | null;
  /** Commits so far. */
  committed: number;
  /** Something the person must know about what was saved (it had to be saved again), or null. */
  notice: Phrase | null;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class EventWriter<T> {
  private readonly queue: { item: T; done: () => void }[] = [];
  private writing = false;
  private retryHandle: unknown = null;
  private status: WriteStatus = { pending: 0, error: null, committed: 0, notice: null };
  private last: Promise<void> = Promise.resolve();

  constructor(
    /** Commits an item; a phrase it resolves with becomes the status's notice. */
    private readonly write: (item: T) => Promise<unknown>,
    private readonly onStatus: (status: WriteStatus) => void,
    private readonly retryMs = 3000,
    private readonly timers: Timers = realTimers,
  ) {}

  /** Resolves once the item is committed, however many tries that takes. */
  enqueue(item: T): Promise<void> {
    this.last = new Promise((done) => {
      this.queue.push({ item, done });
      this.report({ pending: this.queue.length });
      void this.drain();
    });
    return this.last;
  }

  /** Resolves once everything enqueued so far is committed. */
  whenSaved(): Promise<void> {
    return this.last;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Items not yet committed, oldest first. */
  unsaved(): T[] {
    return this.queue.map((q) => q.item);
  }

  /** Try now instead of waiting for the next retry. */
  retryNow(): void {
    if (this.retryHandle !== null) this.timers.clearTimeout(this.retryHandle);
    this.retryHandle = null;
    void this.drain();
  }

  dispose(): void {
    if (this.retryHandle !== null) this.timers.clearTimeout(this.retryHandle);
    this.retryHandle = null;
  }

  private report(change: Partial<WriteStatus>) {
    this.status = { ...this.status, ...change };
    this.onStatus(this.status);
  }

  private async drain(): Promise<void> {
    if (this.writing || this.retryHandle !== null) return;
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        const next = this.queue[0];
        if (!next) break;
        let notice: unknown;
        try {
          notice = await this.write(next.item);
        } catch (error) {
          this.report({ error: describeStorageError(error), pending: this.queue.length });
          this.retryHandle = this.timers.setTimeout(() => {
            this.retryHandle = null;
            void this.drain();
          }, this.retryMs);
          return;
        }
        this.queue.shift();
        this.report({
          pending: this.queue.length,
          error: null,
          committed: this.status.committed + 1,
          ...(isPhrase(notice) ? { notice } : {}),
        });
        next.done();
      }
    } finally {
      this.writing = false;
    }
  }
}
