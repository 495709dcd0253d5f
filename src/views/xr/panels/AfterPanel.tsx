import { useState } from 'react';
import type { SessionState } from '../../../domain/session/machine';
import { useSession } from '../../../state/session';
import { Picker } from './Picker';
import { Note, PanelButton, Row, Title } from './parts';

/** The after-questions: distress now and, if a feared outcome was named, whether it happened. */
export function AfterPanel({ state }: { state: SessionState }) {
  const record = useSession((s) => s.record);
  const [end, setEnd] = useState<number | null>(null);
  const [happened, setHappened] = useState<boolean | null>(null);
  const [likelihood, setLikelihood] = useState<number | null>(null);
  const feared = state.before.fearedOutcome !== undefined;
  return (
    <>
      <Title>After the session</Title>
      <Picker name="after-end" label="Distress now" value={end} onChange={setEnd} />
      {feared && (
        <>
          <Note>{`Did it happen: "${state.before.fearedOutcome ?? ''}"?`}</Note>
          <Row>
            <PanelButton
              name="happened-yes"
              label={happened === true ? 'Yes (chosen)' : 'Yes'}
              onClick={() => setHappened(true)}
            />
            <PanelButton
              name="happened-no"
              label={happened === false ? 'No (chosen)' : 'No'}
              onClick={() => setHappened(false)}
            />
          </Row>
          <Picker
            name="after-likelihood"
            label="How likely it feels now"
            value={likelihood}
            onChange={setLikelihood}
            words={false}
          />
        </>
      )}
      <Note>What you learned can be added on the screen.</Note>
      <PanelButton
        name="after-save"
        label="Save"
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
