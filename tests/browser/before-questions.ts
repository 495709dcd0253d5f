// The two distress questions every session asks before it starts, answered as a person would.
import type { RenderResult } from 'vitest-browser-react';

export async function answerDistress(screen: RenderResult, now = '20', expected = '50') {
  await screen
    .getByRole('spinbutton', { name: 'How distressed are you right now? (number)' })
    .fill(now);
  await screen
    .getByRole('spinbutton', {
      name: 'How distressed do you expect to be at the worst moment? (number)',
    })
    .fill(expected);
}
