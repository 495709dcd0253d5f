// Commands the browser tests run on the Playwright side, where the browser itself is controlled.
import type { BrowserCommand } from 'vitest/node';

/** Turns the system setting "reduce motion" on or off for the page under test. */
const emulateReducedMotion: BrowserCommand<[on: boolean]> = async (context, on) => {
  if (!('page' in context)) throw new Error('Needs the Playwright provider');
  await context.page.emulateMedia({ reducedMotion: on ? 'reduce' : 'no-preference' });
};

export const browserCommands = { emulateReducedMotion };

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateReducedMotion: (on: boolean) => Promise<void>;
  }
}
