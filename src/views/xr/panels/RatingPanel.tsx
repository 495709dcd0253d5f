import { useFrame } from '@react-three/fiber';
import { Container } from '@react-three/uikit';
import { useXRInputSourceState } from '@react-three/xr';
import { useRef, useState } from 'react';
import { PROMPT_QUESTION } from '../../../domain/session/controls';
import { SUDS_STEP } from '../../../domain/session/suds';
import {
  type Handedness,
  type Stick,
  stickAtRest,
  stickStep,
  stickX,
} from '../../../domain/xr/buttons';
import { useXrUi } from '../../../state/xrUi';
import { color, panel } from '../../tokens';
import { ANCHORS, clampSuds, Picker } from './Picker';
import { Note, PanelButton, Row } from './parts';

/** The rating: the slider moves with the pointer, -5/+5, or either thumbstick. */
export function RatingPanel({
  prompted,
  rate,
  skip,
}: {
  prompted: boolean;
  /** Gives the rating; true when it was taken. */
  rate: (suds: number) => boolean;
  skip: () => void;
}) {
  const [suds, setSuds] = useState<number | null>(null);
  const value = useRef<number | null>(null);
  value.current = suds;
  const controllers = {
    left: useXRInputSourceState('controller', 'left'),
    right: useXRInputSourceState('controller', 'right'),
  };
  const sticks = useRef(new Map<Handedness, Stick>());
  useFrame(() => {
    const now = performance.now();
    for (const hand of ['left', 'right'] as const) {
      const controller = controllers[hand];
      if (!controller) continue;
      const { stick, step } = stickStep(
        sticks.current.get(hand) ?? stickAtRest,
        stickX(controller),
        now,
      );
      sticks.current.set(hand, stick);
      // A lean is the person acting: the picker shows the new value.
      if (step !== 0)
        setSuds(clampSuds((value.current ?? 50 - step * SUDS_STEP) + step * SUDS_STEP));
    }
  });
  const confirm = () => {
    if (suds === null) return;
    if (rate(suds)) {
      setSuds(null);
      useXrUi.getState().openRating(false);
    }
  };
  return (
    <Container
      flexDirection="column"
      gap={panel.inset.gap}
      padding={panel.inset.padding}
      borderRadius={panel.inset.radius}
      backgroundColor={color.panel}
    >
      {prompted && <Note>{PROMPT_QUESTION}</Note>}
      <Picker name="rating" label="Distress now" value={suds} onChange={setSuds} />
      <Note>{ANCHORS}</Note>
      <Row>
        <PanelButton
          name="rating-confirm"
          label={suds === null ? 'Rate' : `Rate ${suds}`}
          kind="primary"
          disabled={suds === null}
          onClick={confirm}
        />
        {prompted ? (
          <PanelButton
            name="rating-skip"
            label="Skip this one"
            onClick={() => {
              skip();
              useXrUi.getState().openRating(false);
            }}
          />
        ) : (
          <PanelButton
            name="rating-close"
            label="Close"
            onClick={() => useXrUi.getState().openRating(false)}
          />
        )}
      </Row>
    </Container>
  );
}
