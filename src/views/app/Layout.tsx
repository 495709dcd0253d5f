import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link, useRoute } from 'wouter';
import { defineMessages } from '../../domain/phrase';
import { paths } from '../routes';
import { FRAMED_NOTICE_ID, framed } from '../widgets/framing';
import { UpdatePrompt } from './UpdatePrompt';

const m = defineMessages({
  brand: { id: 'layout.brand', defaultMessage: 'Foothold' },
  nav: {
    id: 'layout.nav',
    defaultMessage: 'Main',
    description: 'The main menu, for screen readers',
  },
  practice: { id: 'layout.practice', defaultMessage: 'Practice' },
  ladder: { id: 'layout.ladder', defaultMessage: 'Ladder' },
  review: { id: 'layout.review', defaultMessage: 'Review' },
  settings: { id: 'layout.settings', defaultMessage: 'Settings' },
  framed: {
    id: 'layout.framed',
    defaultMessage:
      "Foothold is shown here inside another site's page, so deleting and importing are turned off: that page could make you press them without knowing. <a>Open Foothold at its own address</a> to use them.",
  },
  private: {
    id: 'layout.private',
    defaultMessage: 'Everything you do here stays on this device. Nothing is sent anywhere.',
  },
});

function NavLink({ to, children }: { to: string; children: ReactNode }) {
  const [active] = useRoute(to);
  return (
    <Link href={to} aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/**
 * The page's frame. `menu={false}` is the first run's: the safety text is read before anything
 * else, so no link is offered that would only change the address and leave the person there.
 */
export function Layout({ children, menu = true }: { children: ReactNode; menu?: boolean }) {
  const intl = useIntl();
  const brand = intl.formatMessage(m.brand);
  return (
    <div className="layout">
      <header className="top">
        {menu ? (
          <Link href={paths.home} className="brand">
            {brand}
          </Link>
        ) : (
          <span className="brand">{brand}</span>
        )}
        {menu && (
          <nav aria-label={intl.formatMessage(m.nav)}>
            <NavLink to={paths.home}>{intl.formatMessage(m.practice)}</NavLink>
            <NavLink to={paths.ladder}>{intl.formatMessage(m.ladder)}</NavLink>
            <NavLink to={paths.review}>{intl.formatMessage(m.review)}</NavLink>
            <NavLink to={paths.settings}>{intl.formatMessage(m.settings)}</NavLink>
          </nav>
        )}
      </header>
      {framed && (
        <p id={FRAMED_NOTICE_ID} role="alert" className="notice">
          {intl.formatMessage(m.framed, {
            a: (words) => (
              <a href={window.location.href} target="_blank" rel="noopener noreferrer">
                {words}
              </a>
            ),
          })}
        </p>
      )}
      <UpdatePrompt />
      <main>{children}</main>
      <footer className="bottom">
        <p>{intl.formatMessage(m.private)}</p>
      </footer>
    </div>
  );
}
