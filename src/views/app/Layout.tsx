import type { ReactNode } from 'react';
import { Link, useRoute } from 'wouter';
import { paths } from '../routes';
import { FRAMED_NOTICE_ID, framed } from '../widgets/framing';
import { UpdatePrompt } from './UpdatePrompt';

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
  return (
    <div className="layout">
      <header className="top">
        {menu ? (
          <Link href={paths.home} className="brand">
            Foothold
          </Link>
        ) : (
          <span className="brand">Foothold</span>
        )}
        {menu && (
          <nav aria-label="Main">
            <NavLink to={paths.home}>Practice</NavLink>
            <NavLink to={paths.ladder}>Ladder</NavLink>
            <NavLink to={paths.review}>Review</NavLink>
            <NavLink to={paths.settings}>Settings</NavLink>
          </nav>
        )}
      </header>
      {framed && (
        <p id={FRAMED_NOTICE_ID} role="alert" className="notice">
          Foothold is shown here inside another site's page, so deleting and importing are turned
          off: that page could make you press them without knowing.{' '}
          <a href={window.location.href} target="_blank" rel="noopener noreferrer">
            Open Foothold at its own address
          </a>{' '}
          to use them.
        </p>
      )}
      <UpdatePrompt />
      <main>{children}</main>
      <footer className="bottom">
        <p>Everything you do here stays on this device. Nothing is sent anywhere.</p>
      </footer>
    </div>
  );
}
