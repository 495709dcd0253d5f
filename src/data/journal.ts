// The page's copy of one running session's log, so that nothing it logged is lost if its record
// is deleted under it (from another tab, or by a browser that cannot tell it is running): the
// write that finds the record gone writes the whole session again, then carries on.
import { defineMessages, type Phrase, phrase } from '../domain/phrase';
import type { SessionRecord, StoredEvent } from '../domain/session/events';
import { errorNames } from './errors';
import type { CommitWrite } from './logWriter';
import type { Write } from './writes';

const m = defineMessages({
  restored: {
    id: 'data.restored',
    defaultMessage:
      'This session was deleted from another tab or window while it ran. Foothold saved it again, with everything logged so far, so nothing is lost.',
  },
});

/** What the person is told once their session had to be written again. */
export const RESTORED_NOTICE: Phrase = phrase(m.restored);

export interface Committed {
  /** When the write was committed (epoch ms). */
  at: number;
  /** Whether it had to write the whole session again first. */
  restored: boolean;
}

export class SessionJournal {
  private record: SessionRecord | null = null;
  /** Every event committed so far, seq 0 on. */
  private readonly events: StoredEvent[] = [];

  constructor(private readonly commit: () => CommitWrite) {}

  async write(write: Write): Promise<Committed> {
    try {
      const at = await this.commit()(write);
      this.remember(write);
      return { at, restored: false };
    } catch (error) {
      if (!this.record || !errorNames(error).includes('SessionGoneError')) throw error;
      // The record as it was opened, and every event from seq 0 on with this one: a whole log.
      const events = write.kind === 'event' ? [...this.events, write.event] : [...this.events];
      let at = await this.commit()({ kind: 'restore', record: this.record, events });
      if (write.kind === 'event') this.remember(write);
      else at = await this.commit()(write);
      return { at, restored: true };
    }
  }

  private remember(write: Write) {
    if (write.kind !== 'event') return;
    if (write.record) this.record = write.record;
    this.events.push(write.event);
  }
}
