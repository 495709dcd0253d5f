import { useXRSessionModeSupported } from '@react-three/xr';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { defineMessages } from '../../domain/phrase';
import { useXrSession, xrStore } from './store';
import { xrWords } from './words';

const m = defineMessages({
  enterVr: { id: 'xr.enterVr', defaultMessage: 'Enter VR' },
  didNotStart: {
    id: 'xr.didNotStart',
    defaultMessage: 'The headset did not start: {problem}',
    description: "{problem} is the browser's own reason, often in English",
  },
});

/** Shown only where an immersive VR session can really start. */
export function EnterVrButton() {
  const intl = useIntl();
  const supported = useXRSessionModeSupported('immersive-vr');
  const session = useXrSession();
  // The browser's reason, kept as it came: the sentence around it is said in the page's language.
  const [problem, setProblem] = useState<string | null>(null);
  if (!supported) return null;
  if (session) {
    return (
      <button type="button" className="button" onClick={() => void session.end()}>
        {intl.formatMessage(xrWords.exitVr)}
      </button>
    );
  }
  return (
    <>
      <button
        type="button"
        className="button primary"
        onClick={() => {
          setProblem(null);
          xrStore.enterVR().catch((error: unknown) => {
            setProblem(error instanceof Error ? error.message : String(error));
          });
        }}
      >
        {intl.formatMessage(m.enterVr)}
      </button>
      {problem !== null && (
        <p role="alert" className="error">
          {intl.formatMessage(m.didNotStart, { problem })}
        </p>
      )}
    </>
  );
}
