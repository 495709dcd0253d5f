import { useXRSessionModeSupported } from '@react-three/xr';
import { useState } from 'react';
import { useXrSession, xrStore } from './store';

/** Shown only where an immersive VR session can really start. */
export function EnterVrButton() {
  const supported = useXRSessionModeSupported('immersive-vr');
  const session = useXrSession();
  const [problem, setProblem] = useState<string | null>(null);
  if (!supported) return null;
  if (session) {
    return (
      <button type="button" className="button" onClick={() => void session.end()}>
        Exit VR
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
            setProblem(
              `The headset did not start: ${error instanceof Error ? error.message : String(error)}`,
            );
          });
        }}
      >
        Enter VR
      </button>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </>
  );
}
