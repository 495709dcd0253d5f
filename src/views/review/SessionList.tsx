// The review's list of sessions, one row each, however many: only the rows in view (and a few on
// either side) are in the page, in a box of bounded height. The table says how many rows it has
// and where each row is (aria-rowcount, aria-rowindex), the count is written above it, the arrow
// keys, Page Up/Down, Home and End move from row to row, and a printed report has every row.
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { type MessageDescriptor, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { defineMessages } from '../../domain/phrase';
import type { SessionDigest, Where } from '../../domain/review/digest';
import { clock, statusWords } from '../../domain/session/format';
import { sessionRecordPath } from '../routes';
import { sceneTitle } from '../widgets/sceneTitle';

const m = defineMessages({
  noMatch: { id: 'review.listNoMatch', defaultMessage: 'No sessions match these filters.' },
  count: {
    id: 'review.listCount',
    defaultMessage:
      '{count, plural, one {# session} other {# sessions}}, newest first. The arrow keys, Page Up and Down, Home and End move from one to another.',
  },
  caption: {
    id: 'review.listCaption',
    defaultMessage: '{count, plural, one {# session} other {# sessions}}, newest first',
  },
  date: { id: 'review.columnDate', defaultMessage: 'Date' },
  scene: { id: 'review.columnScene', defaultMessage: 'Scene' },
  level: { id: 'review.columnLevel', defaultMessage: 'Level' },
  duration: { id: 'review.columnDuration', defaultMessage: 'Duration' },
  where: {
    id: 'review.columnWhere',
    defaultMessage: 'Where',
    description: 'Column: whether the session was on a screen, in a headset or both',
  },
  before: {
    id: 'review.columnBefore',
    defaultMessage: 'Before',
    description: 'Column: the distress rating given before the session started',
  },
  peak: { id: 'review.columnPeak', defaultMessage: 'Peak' },
  end: { id: 'review.columnEnd', defaultMessage: 'End' },
  status: { id: 'review.columnStatus', defaultMessage: 'Status' },
  desktop: { id: 'review.whereDesktop', defaultMessage: 'screen' },
  headset: { id: 'review.whereHeadset', defaultMessage: 'headset' },
  both: { id: 'review.whereBoth', defaultMessage: 'screen and headset' },
  restSuggested: {
    id: 'review.restSuggested',
    defaultMessage: 'cybersickness +{rise, number}: rest suggested',
    description: 'The simulator sickness score rose by this much after the session',
  },
});

const whereWords: Record<Where, MessageDescriptor> = {
  desktop: m.desktop,
  headset: m.headset,
  both: m.both,
};

/** The columns in order: each heading, and the label a cell shows beside its value on a phone. */
const COLUMNS = [
  m.date,
  m.scene,
  m.level,
  m.duration,
  m.where,
  m.before,
  m.peak,
  m.end,
  m.status,
] as const;

/** A row's height on a wide screen before it is measured; a phone's taller rows are measured. */
const ROW_ESTIMATE = 41;

/** Every row while the page prints (from the Print button or the browser's own menu). */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // Synchronously: the browser lays the page out for print as soon as this handler returns.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

const MOVES: Record<string, (at: number, page: number, last: number) => number> = {
  ArrowDown: (at) => at + 1,
  ArrowUp: (at) => at - 1,
  PageDown: (at, page) => at + page,
  PageUp: (at, page) => at - page,
  Home: () => 0,
  End: (_at, _page, last) => last,
};

export function SessionList({ digests }: { digests: readonly SessionDigest[] }) {
  const intl = useIntl();
  const box = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLTableSectionElement>(null);
  const [headHeight, setHeadHeight] = useState(0);
  const [focusAt, setFocusAt] = useState<number | null>(null);
  const printing = usePrinting();
  const count = digests.length;

  useLayoutEffect(() => {
    setHeadHeight(head.current?.offsetHeight ?? 0);
  }, []);

  const rows = useVirtualizer({
    count,
    getScrollElement: () => box.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (i) => digests[i]?.id ?? i,
    overscan: 8,
    // The column headings sit above the rows, inside the box, and stay in view over them.
    paddingStart: headHeight,
    scrollPaddingStart: headHeight,
    initialRect: { width: 760, height: 600 },
  });

  // A row moved to by a key is focused once it is in the page.
  useEffect(() => {
    if (focusAt === null) return;
    const link = box.current?.querySelector<HTMLElement>(`tr[data-index="${focusAt}"] a`);
    if (!link) return;
    link.focus();
    setFocusAt(null);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const move = MOVES[event.key];
    const row = (event.target as HTMLElement).closest('tr[data-index]');
    if (!move || !row || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const page = Math.max(1, Math.floor((box.current?.clientHeight ?? 0) / ROW_ESTIMATE) - 2);
    const to = Math.min(
      count - 1,
      Math.max(0, move(Number(row.getAttribute('data-index')), page, count - 1)),
    );
    rows.scrollToIndex(to, { align: 'auto' });
    setFocusAt(to);
  };

  if (count === 0) return <p>{intl.formatMessage(m.noMatch)}</p>;

  const shown = printing
    ? digests.map((_d, index) => ({ index, start: 0, end: 0 }))
    : rows.getVirtualItems();
  const first = shown[0];
  const last = shown.at(-1);
  const before = !printing && first ? first.start - headHeight : 0;
  const after = !printing && last ? rows.getTotalSize() - last.end : 0;

  return (
    <>
      <p className="list-count hint" aria-live="polite">
        {intl.formatMessage(m.count, { count })}
      </p>
      <div className="table-scroll session-list" ref={box}>
        <table className="sessions" aria-rowcount={count + 1}>
          <caption className="visually-hidden">{intl.formatMessage(m.caption, { count })}</caption>
          <thead ref={head}>
            <tr aria-rowindex={1}>
              {COLUMNS.map((column) => (
                <th key={column.id} scope="col">
                  {intl.formatMessage(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody onKeyDown={onKeyDown}>
            {before > 0 && <Spacer height={before} />}
            {shown.map(({ index }) => {
              const d = digests[index];
              if (!d) return null;
              return (
                <tr
                  key={d.id}
                  data-index={index}
                  aria-rowindex={index + 2}
                  ref={printing ? undefined : rows.measureElement}
                >
                  <SessionCells d={d} />
                </tr>
              );
            })}
            {after > 0 && <Spacer height={after} />}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The room of the rows out of view, so the box scrolls as if they were there. */
function Spacer({ height }: { height: number }) {
  return (
    <tr className="spacer">
      <td
        className="spacer-cell"
        colSpan={COLUMNS.length}
        aria-hidden="true"
        style={{ height: `${height}px` }}
      />
    </tr>
  );
}

function SessionCells({ d }: { d: SessionDigest }) {
  const intl = useIntl();
  const label = (column: MessageDescriptor) => intl.formatMessage(column);
  return (
    <>
      <td data-label={label(m.date)}>
        <Link href={sessionRecordPath(d.id)}>
          {intl.formatDate(d.startedAt, { dateStyle: 'medium', timeStyle: 'short' })}
        </Link>
      </td>
      <td data-label={label(m.scene)}>{sceneTitle(intl, d.sceneId)}</td>
      <td data-label={label(m.level)}>
        {d.levels.min === d.levels.max ? d.levels.min : `${d.levels.min}–${d.levels.max}`}
      </td>
      <td data-label={label(m.duration)}>{clock(d.seconds)}</td>
      <td data-label={label(m.where)}>{intl.formatMessage(whereWords[d.where])}</td>
      <td data-label={label(m.before)}>{d.baseline}</td>
      <td data-label={label(m.peak)}>{d.peak}</td>
      <td data-label={label(m.end)}>{d.end}</td>
      <td data-label={label(m.status)}>
        {intl.formatMessage(statusWords[d.status])}
        {d.ssq?.restSuggested && (
          <span className="badge badge-warn">
            {intl.formatMessage(m.restSuggested, { rise: d.ssq.rise })}
          </span>
        )}
      </td>
    </>
  );
}
