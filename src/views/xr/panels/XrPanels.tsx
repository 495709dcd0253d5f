// The session's controls inside the headset, as uikit panels: loaded only on entering VR, so a
// desktop session never downloads them. They act through the same session store as the page.
import { Container, Text } from '@react-three/uikit';
import { useRef } from 'react';
import { useIntl } from 'react-intl';
import type { Group } from 'three';
import type { SceneDefinition } from '../../../../scenes/types';
import { type Phrase, say } from '../../../domain/phrase';
import type { BeforeAnswers } from '../../../domain/session/events';
import type { Place } from '../../../domain/xr/follow';
import { useSession } from '../../../state/session';
import { color, panel } from '../../tokens';
import { useHeadFollow } from '../useHeadFollow';
import { BeforePanel } from './BeforePanel';
import { ExposurePanel } from './ExposurePanel';
import { StopPanel } from './StopPanel';
import { SummaryPanel } from './SummaryPanel';

/** The panels' one font, served from this origin (written by `npm run xr-font`). */
const FONT = { inter: { medium: new URL('fonts/inter-medium.json', document.baseURI).href } };

/** Below eye line and to the right: the pacer has the left, the scene keeps the centre. */
const PANEL_PLACE: Place = {
  distance: 0.8,
  below: (24 * Math.PI) / 180,
  left: (-16 * Math.PI) / 180,
};

export interface XrPanelsProps {
  scene: SceneDefinition;
  startLevel: number;
  /** Starts the session; why not, when it could not. */
  start(before: BeforeAnswers): Phrase | string | null;
}

/** One panel for each phase of the session, following the head. */
export default function XrPanels(props: XrPanelsProps) {
  const intl = useIntl();
  const group = useRef<Group>(null);
  useHeadFollow(group, PANEL_PLACE);
  const session = useSession((s) => s.session);
  const problem = useSession((s) => s.problem);
  return (
    <group ref={group} name="xr-panels">
      <Container
        pixelSize={panel.pixelSize}
        fontFamilies={FONT}
        fontFamily="inter"
        width={panel.width}
        flexDirection="column"
        gap={panel.gap}
        padding={panel.padding}
        backgroundColor={color.bg}
        borderRadius={panel.radius}
      >
        {!session ? (
          <BeforePanel {...props} />
        ) : session.phase === 'running' || session.phase === 'paused' ? (
          <ExposurePanel scene={props.scene} state={session} />
        ) : session.phase === 'after' ? (
          <StopPanel state={session} />
        ) : (
          <SummaryPanel state={session} />
        )}
        {problem && (
          <Text fontSize={panel.font.note} color={color.accent}>
            {say(intl, problem)}
          </Text>
        )}
      </Container>
    </group>
  );
}
