// The review's heading, and the page as it stands while its code and the log are read: the same
// heading in the same place, with boxes where the tools, a chart and the list will be, and room
// below for all of them, so the page grows into it instead of pushing anything down. Kept out of
// the review's lazy chunk so it is there from the first paint.
import { useIntl } from 'react-intl';
import { defineMessages } from '../../domain/phrase';

const m = defineMessages({
  title: { id: 'review.title', defaultMessage: 'Review' },
  lead: {
    id: 'review.lead',
    defaultMessage:
      'Every session is saved on this device only. Read how distress rose and fell within each session and across the weeks, and export the log to keep it or share it with a therapist.',
  },
  reading: { id: 'review.reading', defaultMessage: 'Reading your log…' },
});

export function ReviewHead() {
  const intl = useIntl();
  return (
    <>
      <h1>{intl.formatMessage(m.title)}</h1>
      <p className="lead">{intl.formatMessage(m.lead)}</p>
    </>
  );
}

export function ReviewSkeleton() {
  const intl = useIntl();
  return (
    <section className="review" data-ready="false" aria-busy="true">
      <ReviewHead />
      <p className="visually-hidden">{intl.formatMessage(m.reading)}</p>
      <div className="review-skeleton" aria-hidden="true">
        <div className="skeleton skeleton-tools" />
        <div className="skeleton skeleton-chart" />
        <div className="skeleton skeleton-list" />
      </div>
    </section>
  );
}
