import { useIntl } from 'react-intl';
import { defineMessages } from '../../../domain/phrase';
import { REST_OFFER } from '../../../domain/session/controls';
import { sayWords } from '../words';
import { Note, PanelButton, Row } from './parts';

const m = defineMessages({
  rest: {
    id: 'xr.rest',
    defaultMessage: 'Rest',
    description: 'Takes a rest in the calm place; the clock stops',
  },
  notNow: {
    id: 'xr.notNow',
    defaultMessage: 'Not now',
    description: 'Declines the offer of a rest',
  },
});

/** The offer of a rest in the calm place, after half an hour of exposure. */
export function RestPanel({ take, dismiss }: { take: () => void; dismiss: () => void }) {
  const intl = useIntl();
  return (
    <>
      <Note>{sayWords(intl, REST_OFFER)}</Note>
      <Row>
        <PanelButton name="rest" label={intl.formatMessage(m.rest)} onClick={take} />
        <PanelButton name="rest-later" label={intl.formatMessage(m.notNow)} onClick={dismiss} />
      </Row>
    </>
  );
}
