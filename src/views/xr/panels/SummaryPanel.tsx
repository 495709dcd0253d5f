import { useIntl } from 'react-intl';
import { defineMessages } from '../../../domain/phrase';
import type { SessionState } from '../../../domain/session/machine';
import { summarize } from '../../../domain/session/summary';
import { xrStore } from '../store';
import { xrWords } from '../words';
import { Note, PanelButton, Title } from './parts';

const m = defineMessages({
  title: { id: 'xr.savedTitle', defaultMessage: 'Session saved' },
  noRatings: {
    id: 'xr.savedNoRatings',
    defaultMessage: 'No ratings were given during the session.',
  },
  peakAndEnd: {
    id: 'xr.savedPeakAndEnd',
    defaultMessage: 'Peak distress {peak, number}, at the end {end}.',
    description: '{end} is the distress rating given at the end, or "-" when none was',
  },
});

/** The saved session in a line, and the way out of the headset. */
export function SummaryPanel({ state }: { state: SessionState }) {
  const intl = useIntl();
  const summary = summarize(state, Date.now());
  const end = state.after?.sudsEnd;
  return (
    <>
      <Title>{intl.formatMessage(m.title)}</Title>
      <Note>
        {state.ratings.length === 0
          ? intl.formatMessage(m.noRatings)
          : intl.formatMessage(m.peakAndEnd, {
              peak: summary.peak,
              end: end === undefined ? '-' : intl.formatNumber(end),
            })}
      </Note>
      <PanelButton
        name="exit-vr"
        label={intl.formatMessage(xrWords.exitVr)}
        kind="primary"
        onClick={() => void xrStore.getState().session?.end()}
      />
    </>
  );
}
