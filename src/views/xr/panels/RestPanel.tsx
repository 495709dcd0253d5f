import { REST_OFFER } from '../../../domain/session/controls';
import { Note, PanelButton, Row } from './parts';

/** The offer of a rest in the calm place, after half an hour of exposure. */
export function RestPanel({ take, dismiss }: { take: () => void; dismiss: () => void }) {
  return (
    <>
      <Note>{REST_OFFER}</Note>
      <Row>
        <PanelButton name="rest" label="Rest" onClick={take} />
        <PanelButton name="rest-later" label="Not now" onClick={dismiss} />
      </Row>
    </>
  );
}
