import { useState } from 'react';
import { useIntl } from 'react-intl';
import { levelOf } from '../../../../scenes/types';
import { defineMessages } from '../../../domain/phrase';
import { xrWords } from '../words';
import { anchorsLine, Picker } from './Picker';
import { Note, PanelButton, Title } from './parts';
import type { XrPanelsProps } from './XrPanels';

const m = defineMessages({
  title: { id: 'xr.beforeTitle', defaultMessage: '{scene}, level {level}: {name}' },
  expected: {
    id: 'xr.beforeExpected',
    defaultMessage: 'Expected at the worst moment',
    description: 'The distress the person expects at the worst moment of the session, 0-100',
  },
  fear: {
    id: 'xr.beforeFear',
    defaultMessage: 'What you fear, in your words, can be added on the screen.',
    description: 'The feared outcome is typed on the computer screen, not in the headset',
  },
  start: { id: 'xr.beforeStart', defaultMessage: 'Start the session' },
});

/** The before-questions, for a session begun in the headset. */
export function BeforePanel({ scene, startLevel, start }: XrPanelsProps) {
  const intl = useIntl();
  const [now, setNow] = useState<number | null>(null);
  const [expected, setExpected] = useState<number | null>(null);
  return (
    <>
      <Title>
        {intl.formatMessage(m.title, {
          scene: intl.formatMessage(scene.title),
          level: startLevel,
          name: intl.formatMessage(levelOf(scene, startLevel).name),
        })}
      </Title>
      <Picker
        name="before-now"
        label={intl.formatMessage(xrWords.distressNow)}
        value={now}
        onChange={setNow}
      />
      <Picker
        name="before-expected"
        label={intl.formatMessage(m.expected)}
        value={expected}
        onChange={setExpected}
      />
      <Note>{anchorsLine(intl)}</Note>
      <Note>{intl.formatMessage(m.fear)}</Note>
      <PanelButton
        name="before-start"
        label={intl.formatMessage(m.start)}
        kind="primary"
        disabled={now === null || expected === null}
        onClick={() => {
          if (now !== null && expected !== null) start({ sudsNow: now, sudsExpected: expected });
        }}
      />
    </>
  );
}
