import { useState } from 'react';
import { useIntl } from 'react-intl';
import { defineMessages } from '../../../domain/phrase';
import type { SessionState } from '../../../domain/session/machine';
import { useSession } from '../../../state/session';
import { xrWords } from '../words';
import { Picker } from './Picker';
import { Note, PanelButton, Row, Title } from './parts';

const m = defineMessages({
  title: { id: 'xr.afterTitle', defaultMessage: 'After the session' },
  happened: {
    id: 'xr.afterHappened',
    defaultMessage: 'Did it happen: "{outcome}"?',
    description: '{outcome} is what the person feared would happen, in their own words',
  },
  yes: { id: 'xr.yes', defaultMessage: 'Yes' },
  yesChosen: { id: 'xr.yesChosen', defaultMessage: 'Yes (chosen)' },
  no: { id: 'xr.no', defaultMessage: 'No' },
  noChosen: { id: 'xr.noChosen', defaultMessage: 'No (chosen)' },
  likelihood: {
    id: 'xr.afterLikelihood',
    defaultMessage: 'How likely it feels now',
    description: 'How likely the feared outcome feels now, as a percentage',
  },
  learned: {
    id: 'xr.afterLearned',
    defaultMessage: 'What you learned can be added on the screen.',
    description: 'It is typed on the computer screen, not in the headset',
  },
  save: { id: 'xr.afterSave', defaultMessage: 'Save' },
});

/** The after-questions: distress now and, if a feared outcome was named, whether it happened. */
export function AfterPanel({ state }: { state: SessionState }) {
  const intl = useIntl();
  const record = useSession((s) => s.record);
  const [end, setEnd] = useState<number | null>(null);
  const [happened, setHappened] = useState<boolean | null>(null);
  const [likelihood, setLikelihood] = useState<number | null>(null);
  const feared = state.before.fearedOutcome !== undefined;
  return (
    <>
      <Title>{intl.formatMessage(m.title)}</Title>
      <Picker
        name="after-end"
        label={intl.formatMessage(xrWords.distressNow)}
        value={end}
        onChange={setEnd}
      />
      {feared && (
        <>
          <Note>
            {intl.formatMessage(m.happened, { outcome: state.before.fearedOutcome ?? '' })}
          </Note>
          <Row>
            <PanelButton
              name="happened-yes"
              label={intl.formatMessage(happened === true ? m.yesChosen : m.yes)}
              onClick={() => setHappened(true)}
            />
            <PanelButton
              name="happened-no"
              label={intl.formatMessage(happened === false ? m.noChosen : m.no)}
              onClick={() => setHappened(false)}
            />
          </Row>
          <Picker
            name="after-likelihood"
            label={intl.formatMessage(m.likelihood)}
            value={likelihood}
            onChange={setLikelihood}
            words={false}
          />
        </>
      )}
      <Note>{intl.formatMessage(m.learned)}</Note>
      <PanelButton
        name="after-save"
        label={intl.formatMessage(m.save)}
        kind="primary"
        disabled={end === null}
        onClick={() => {
          if (end === null) return;
          record({
            type: 'end',
            after: {
              sudsEnd: end,
              ...(happened !== null ? { outcomeHappened: happened } : {}),
              ...(likelihood !== null ? { likelihoodNow: likelihood } : {}),
            },
          });
        }}
      />
    </>
  );
}
