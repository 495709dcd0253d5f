import { useSession } from '../../state/session';

/** Says plainly when ratings are not yet on disk, and that they are kept until they are. */
export function SaveStatus() {
  const save = useSession((s) => s.save);
  const retry = useSession((s) => s.retrySaving);
  return (
    <>
      {save.notice && (
        <p role="status" className="save-notice">
          {save.notice}
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
  error: string;
  retry: () => void;
}) {
  return (
    <div role="alert" className="save-error">
      <p>
        <strong>Not saved yet.</strong> {error} {pending}{' '}
        {pending === 1 ? 'entry is' : 'entries are'} kept in this tab and will be saved as soon as
        storage works again. Keep this tab open.
      </p>
      <button type="button" onClick={retry}>
        Try saving again
      </button>
    </div>
  );
}
