import type { ButtonHTMLAttributes } from 'react';
import { FRAMED_NOTICE_ID, framed } from './framing';

/**
 * A button whose action deletes or overwrites what is stored (delete, import). Framed by another
 * site it is disabled and does nothing, pointing to the shell's notice for why: a page laid over
 * it cannot have it clicked. The one place every such control goes through.
 */
export function DestructiveButton({
  onClick,
  disabled,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="button"
      {...rest}
      disabled={framed || disabled}
      aria-describedby={framed ? FRAMED_NOTICE_ID : rest['aria-describedby']}
      onClick={framed ? undefined : onClick}
    />
  );
}

/** For an action not started from a button (a chosen file): refused, framed by another site. */
export function unlessFramed<A extends unknown[]>(action: (...args: A) => void) {
  return (...args: A) => {
    if (!framed) action(...args);
  };
}
