import { useXR } from '@react-three/xr';
import { createContext, lazy, Suspense, useContext } from 'react';
import type { XrPanelsProps } from './panels/XrPanels';

/** What the headset panels need from the session page: the scene, the level, and how to start. */
export const XrSessionContext = createContext<XrPanelsProps | null>(null);

// The panels, their layout engine and font load only on entering VR.
const XrPanels = lazy(() => import('./panels/XrPanels'));

/** The in-headset panels, while a headset session runs on a session page. */
export function XrSessionUi() {
  const inHeadset = useXR((s) => s.session !== undefined);
  const props = useContext(XrSessionContext);
  if (!inHeadset || !props) return null;
  return (
    <Suspense fallback={null}>
      <XrPanels {...props} />
    </Suspense>
  );
}
