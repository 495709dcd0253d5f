import { useState } from 'react';
import { levelOf } from '../../../../scenes/types';
import { ANCHORS, Picker } from './Picker';
import { Note, PanelButton, Title } from './parts';
import type { XrPanelsProps } from './XrPanels';

/** The before-questions, for a session begun in the headset. */
export function BeforePanel({ scene, startLevel, start }: XrPanelsProps) {
  const [now, setNow] = useState<number | null>(null);
  const [expected, setExpected] = useState<number | null>(null);
  return (
    <>
      <Title>{`${scene.title}, level ${startLevel}: ${levelOf(scene, startLevel).name}`}</Title>
      <Picker name="before-now" label="Distress now" value={now} onChange={setNow} />
      <Picker
        name="before-expected"
        label="Expected at the worst moment"
        value={expected}
        onChange={setExpected}
      />
      <Note>{ANCHORS}</Note>
      <Note>What you fear, in your words, can be added on the screen.</Note>
      <PanelButton
        name="before-start"
        label="Start the session"
        kind="primary"
        disabled={now === null || expected === null}
        onClick={() => {
          if (now !== null && expected !== null) start({ sudsNow: now, sudsExpected: expected });
        }}
      />
    </>
  );
}
