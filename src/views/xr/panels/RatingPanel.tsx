import { useFrame } from '@react-three/fiber';
import { Container } from '@react-three/uikit';
import { useXRInputSourceState } from '@react-three/xr';
import { useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { defineMessages } from '../../../domain/phrase';
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
import { sayWords, xrWords } from '../words';
import { anchorsLine, clampSuds, Picker } from './Picker';
import { Note, PanelButton, Row } from './parts';

const m = defineMessages({
  rate: { id: 'xr.rate', defaultMessage: 'Rate', description: 'Gives the rating chosen' },
  rateValue: {
    id: 'xr.rateValue',
    defaultMessage: 'Rate {suds, number}',
    description: 'Gives the rating chosen, e.g. "Rate 55"',
  },
  skip: {
    id: 'xr.skip',
    defaultMessage: 'Skip this one',
    description: 'Skips the rating asked for',
  },
  close: { id: 'xr.close', defaultMessage: 'Close' },
});

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
  const intl = useIntl();
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
      {prompted && <Note>{sayWords(intl, PROMPT_QUESTION)}</Note>}
      <Picker
        name="rating"
        label={intl.formatMessage(xrWords.distressNow)}
        value={suds}
        onChange={setSuds}
      />
      <Note>{anchorsLine(intl)}</Note>
      <Row>
        <PanelButton
          name="rating-confirm"
          label={
            suds === null ? intl.formatMessage(m.rate) : intl.formatMessage(m.rateValue, { suds })
          }
          kind="primary"
          disabled={suds === null}
          onClick={confirm}
        />
        {prompted ? (
          <PanelButton
            name="rating-skip"
            label={intl.formatMessage(m.skip)}
            onClick={() => {
              skip();
              useXrUi.getState().openRating(false);
            }}
          />
        ) : (
          <PanelButton
            name="rating-close"
            label={intl.formatMessage(m.close)}
            onClick={() => useXrUi.getState().openRating(false)}
          />
        )}
      </Row>
    </Container>
  );
}
