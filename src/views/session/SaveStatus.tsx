import { useIntl } from 'react-intl';
import { defineMessages, type Phrase, say } from '../../domain/phrase';
import { useSession } from '../../state/session';

const m = defineMessages({
  notSaved: {
    id: 'session.notSaved',
    defaultMessage:
      '<strong>Not saved yet.</strong> {error} {pending, plural, one {# entry is} other {# entries are}} kept in this tab and will be saved as soon as storage works again. Keep this tab open.',
    description:
      'Saving to the device failed; {error} says why. Entries are ratings and other steps of the session, kept in memory',
  },
  retry: { id: 'session.retrySaving', defaultMessage: 'Try saving again' },
});

/** Says plainly when ratings are not yet on disk, and that they are kept until they are. */
export function SaveStatus() {
  const save = useSession((s) => s.save);
  const retry = useSession((s) => s.retrySaving);
  const intl = useIntl();
  return (
    <>
      {save.notice && (
        <p role="status" className="save-notice">
          {say(intl, save.notice)}
        </p>
      )}
      {save.error && <SaveError pending={save.pending} error={save.error} retry={retry} />}
    </>
  );
}

function SaveError({
  pending,
  error,
  retry,
}: {
  pending: number;
  error: Phrase;
  retry: () => void;
}) {
  const intl = useIntl();
  return (
    <div role="alert" className="save-error">
      <p>
        {intl.formatMessage(m.notSaved, {
          strong: (words) => <strong>{words}</strong>,
          error: say(intl, error),
          pending,
        })}
      </p>
      <button type="button" onClick={retry}>
        {intl.formatMessage(m.retry)}
      </button>
    </div>
  );
}
