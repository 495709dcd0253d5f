// Offers a new version of the app once it has been downloaded, never during a session.
import { useIntl } from 'react-intl';
import { defineMessages } from '../../domain/phrase';
import { mayOfferUpdate } from '../../domain/update';
import { useUpdate } from '../../state/update';

const m = defineMessages({
  label: {
    id: 'update.label',
    defaultMessage: 'Update',
    description: 'The name of the box offering a new version of the app, for screen readers',
  },
  ready: {
    id: 'update.ready',
    defaultMessage: 'A new version of Foothold is ready. Reload to update.',
  },
  reload: { id: 'update.reload', defaultMessage: 'Reload to update' },
  notNow: { id: 'update.notNow', defaultMessage: 'Not now' },
});

export function UpdatePrompt() {
  const intl = useIntl();
  const ready = useUpdate((s) => s.ready && !s.dismissed);
  const phase = useUpdate((s) => s.sessionPhase);
  const apply = useUpdate((s) => s.apply);
  const dismiss = useUpdate((s) => s.dismiss);
  if (!mayOfferUpdate(ready, phase === null ? null : { phase })) return null;
  return (
    <section className="notice update-prompt" aria-label={intl.formatMessage(m.label)}>
      <p>{intl.formatMessage(m.ready)}</p>
      <div className="row">
        <button type="button" className="primary" onClick={apply}>
          {intl.formatMessage(m.reload)}
        </button>
        <button type="button" onClick={dismiss}>
          {intl.formatMessage(m.notNow)}
        </button>
      </div>
    </section>
  );
}
