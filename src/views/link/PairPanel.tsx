// On the person's device: pair a companion. The code (and its QR code, which opens the companion
// page with the code filled in) is shown until the companion has entered it.
import { useIntl } from 'react-intl';
import { formatCode } from '../../domain/link/code';
import { defineMessages } from '../../domain/phrase';
import { useLink } from '../../state/link';
import { statusWords } from './linkWords';
import { QrCode } from './QrCode';

const m = defineMessages({
  title: { id: 'pair.title', defaultMessage: 'A companion beside you' },
  lead: {
    id: 'pair.lead',
    defaultMessage:
      'A therapist or helper on a laptop or tablet on this network can follow your session live, ask for a rating, change the level, show the pacer, pause or stop. They receive your log. Everything goes between the two devices sealed with the code; the relay passes it on unread. Your own stop always works.',
  },
  pair: { id: 'pair.pair', defaultMessage: 'Pair a companion' },
  end: { id: 'pair.end', defaultMessage: 'End the pairing' },
  code: {
    id: 'pair.code',
    defaultMessage: 'On the other device, open {address} and enter this code:',
  },
  qr: {
    id: 'pair.qr',
    defaultMessage: 'QR code: opens the companion page with the code {code}',
  },
});

export function companionAddress(digits?: string): string {
  const base = `${window.location.origin}${window.location.pathname}#/companion`;
  return digits ? `${base}/${digits}` : base;
}

export function PairPanel() {
  const intl = useIntl();
  const status = useLink((s) => s.status);
  const pair = useLink((s) => s.pairAsPerson);
  const end = useLink((s) => s.end);
  const mine = status?.role === 'person' ? status : null;
  const active = mine && mine.phase.kind !== 'ended' && mine.phase.kind !== 'refused';
  const words = mine ? statusWords(mine) : null;
  const code = mine?.phase.kind === 'waiting' ? mine.phase.code : null;
  return (
    <section aria-labelledby="pair-title" className="pair-panel">
      <h2 id="pair-title">{intl.formatMessage(m.title)}</h2>
      <p>{intl.formatMessage(m.lead)}</p>
      {code ? (
        <div className="pair-code">
          <p>{intl.formatMessage(m.code, { address: companionAddress() })}</p>
          <p className="pair-digits" data-testid="pairing-code">
            {formatCode(code)}
          </p>
          <QrCode
            text={companionAddress(code.room + code.secret)}
            label={intl.formatMessage(m.qr, { code: formatCode(code) })}
          />
        </div>
      ) : null}
      {words ? (
        <p role="status" className="link-status">
          {intl.formatMessage(words.message, words.values)}
        </p>
      ) : null}
      {active ? (
        <button type="button" onClick={() => void end()}>
          {intl.formatMessage(m.end)}
        </button>
      ) : (
        <button type="button" className="primary" onClick={pair}>
          {intl.formatMessage(m.pair)}
        </button>
      )}
    </section>
  );
}
