// On a session's page: what the paired companion did during it, as the log says.
import { useIntl } from 'react-intl';
import { defineMessages } from '../../domain/phrase';
import { clock } from '../../domain/session/format';
import type { CompanionAct } from '../../domain/session/read';

const m = defineMessages({
  title: { id: 'companionActs.title', defaultMessage: 'What the companion did' },
  'asked-rating': { id: 'companionActs.askedRating', defaultMessage: 'asked for a rating' },
  level: { id: 'companionActs.level', defaultMessage: 'changed the level to {level}' },
  'pacer-shown': { id: 'companionActs.pacerShown', defaultMessage: 'showed the pacer' },
  'pacer-hidden': { id: 'companionActs.pacerHidden', defaultMessage: 'hid the pacer' },
  paused: { id: 'companionActs.paused', defaultMessage: 'paused' },
  resumed: { id: 'companionActs.resumed', defaultMessage: 'resumed' },
  stopped: { id: 'companionActs.stopped', defaultMessage: 'stopped the session' },
  at: {
    id: 'companionActs.at',
    defaultMessage: 'At {time}: {act}',
    description: '{time} is minutes:seconds since the start, e.g. "3:05"',
  },
});

export function CompanionActs({ acts }: { acts: readonly CompanionAct[] }) {
  const intl = useIntl();
  if (acts.length === 0) return null;
  return (
    <section aria-labelledby="companion-acts-title">
      <h2 id="companion-acts-title">{intl.formatMessage(m.title)}</h2>
      <ul>
        {acts.map((a, i) => (
          // Acts are a fixed list read from the log; their order is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
          <li key={i}>
            {intl.formatMessage(m.at, {
              time: clock(a.at),
              act: intl.formatMessage(m[a.act], a.act === 'level' ? { level: a.level } : {}),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
