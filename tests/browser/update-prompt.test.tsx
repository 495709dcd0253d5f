import { afterEach, describe, expect, it, vi } from 'vitest';
import { type RegisterSW, useUpdate } from '../../src/state/update';
import { UpdatePrompt } from '../../src/views/app/UpdatePrompt';
import { render } from './intl';

const initial = useUpdate.getState();
afterEach(() => useUpdate.setState(initial, true));

/** The service worker's registration, played by the test: a new version starts waiting. */
function newVersionWaits() {
  const update = vi.fn(async () => {});
  const registerSW: RegisterSW = ({ onNeedRefresh }) => {
    queueMicrotask(() => onNeedRefresh?.());
    return update;
  };
  useUpdate.getState().register(registerSW);
  return update;
}

const message = 'A new version of Foothold is ready. Reload to update.';

describe('the update prompt', () => {
  it('says nothing while no new version waits', async () => {
    const screen = await render(<UpdatePrompt />);
    await expect.element(screen.getByText(message)).not.toBeInTheDocument();
  });

  it('offers a waiting version, and takes it up when the person chooses to reload', async () => {
    const update = newVersionWaits();
    const screen = await render(<UpdatePrompt />);
    await expect.element(screen.getByText(message)).toBeVisible();
    await screen.getByRole('button', { name: 'Reload to update' }).click();
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('is never shown while a session runs, and comes back once it has ended', async () => {
    const update = newVersionWaits();
    useUpdate.getState().setSessionPhase('running');
    const screen = await render(<UpdatePrompt />);
    await expect.poll(() => useUpdate.getState().ready).toBe(true);
    for (const phase of ['running', 'paused', 'after'] as const) {
      useUpdate.getState().setSessionPhase(phase);
      await expect.element(screen.getByText(message)).not.toBeInTheDocument();
    }
    useUpdate.getState().setSessionPhase('ended');
    await expect.element(screen.getByText(message)).toBeVisible();
    useUpdate.getState().setSessionPhase(null);
    await expect.element(screen.getByRole('button', { name: 'Reload to update' })).toBeVisible();
    expect(update).not.toHaveBeenCalled();
  });

  it('can be put aside for this visit', async () => {
    newVersionWaits();
    const screen = await render(<UpdatePrompt />);
    await screen.getByRole('button', { name: 'Not now' }).click();
    await expect.element(screen.getByText(message)).not.toBeInTheDocument();
  });
});
