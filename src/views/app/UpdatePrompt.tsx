// Offers a new version of the app once it has been downloaded, never during a session.
import { mayOfferUpdate } from '../../domain/update';
import { useUpdate } from '../../state/update';

export function UpdatePrompt() {
  const ready = useUpdate((s) => s.ready && !s.dismissed);
  const phase = useUpdate((s) => s.sessionPhase);
  const apply = useUpdate((s) => s.apply);
  const dismiss = useUpdate((s) => s.dismiss);
  if (!mayOfferUpdate(ready, phase === null ? null : { phase })) return null;
  return (
    <section className="notice update-prompt" aria-label="Update">
      <p>A new version of Foothold is ready. Reload to update.</p>
      <div className="row">
        <button type="button" className="primary" onClick={apply}>
          Reload to update
        </button>
        <button type="button" onClick={dismiss}>
          Not now
        </button>
      </div>
    </section>
  );
}
