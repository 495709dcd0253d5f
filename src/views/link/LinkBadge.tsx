// On the person's screen during a session: whether the companion is with them. Small, in a corner;
// a lost link is said, and changes nothing else.
import { useIntl } from 'react-intl';
import { defineMessages } from '../../domain/phrase';
import { useLink } from '../../state/link';
import { linkUp } from './linkWords';

const m = defineMessages({
  linked: { id: 'linkBadge.linked', defaultMessage: 'Companion linked' },
  lost: {
    id: 'linkBadge.lost',
    defaultMessage:
      'Companion link lost: your session goes on, and the link comes back when it can',
  },
});

export function LinkBadge() {
  const intl = useIntl();
  const paired = useLink((s) => s.status?.role === 'person' && s.status.phase.kind === 'paired');
  const up = useLink((s) => linkUp(s.status));
  if (!paired) return null;
  return (
    <p role="status" className={up ? 'link-badge' : 'link-badge lost'}>
      {intl.formatMessage(up ? m.linked : m.lost)}
    </p>
  );
}
