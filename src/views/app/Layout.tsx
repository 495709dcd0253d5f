import type { ReactNode } from 'react';
import { Link, useRoute } from 'wouter';
import { paths } from '../routes';
import { UpdatePrompt } from './UpdatePrompt';

function NavLink({ to, children }: { to: string; children: ReactNode }) {
  const [active] = useRoute(to);
  return (
    <Link href={to} aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <div className="layout">
      <header className="top">
        <Link href={paths.home} className="brand">
          Foothold
        </Link>
        <nav aria-label="Main">
          <NavLink to={paths.home}>Practice</NavLink>
          <NavLink to={paths.ladder}>Ladder</NavLink>
          <NavLink to={paths.review}>Review</NavLink>
          <NavLink to={paths.settings}>Settings</NavLink>
        </nav>
      </header>
      <UpdatePrompt />
      <main>{children}</main>
      <footer className="bottom">
        <p>Everything you do here stays on this device. Nothing is sent anywhere.</p>
      </footer>
    </div>
  );
}
