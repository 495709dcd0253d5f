// The person's own settings on the before-questions: words they write and choices they make
// (the café's lines, its microphone and on-device voice), passed on to the session's start.
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { conversationScene } from '../../scenes/conversation';
import { isOwnParam, type ParamValue } from '../../scenes/types';
import { BeforeForm } from '../../src/views/session/BeforeForm';
import { answerDistress } from './before-questions';
import { render } from './intl';

describe('the before-questions of a scene with settings of the person’s own', () => {
  it('asks for the lines and the two choices, off by default, and starts with what was set', async () => {
    const own = conversationScene.params.filter(isOwnParam);
    expect(own.map((p) => p.name)).toEqual(['lines', 'microphone', 'speech']);
    const started: Record<string, ParamValue>[] = [];
    const screen = await render(
      <Router hook={memoryLocation().hook}>
        <BeforeForm
          title="A conversation in a café, level 4"
          problem={null}
          own={own}
          onStart={(_before, words) => started.push(words)}
        />
      </Router>,
    );
    await answerDistress(screen);
    const microphone = screen.getByLabelText(
      'Listen to my voice level (microphone; nothing is recorded)',
    );
    const speech = screen.getByLabelText(
      'Speak the lines with a voice on this device (never sent anywhere)',
    );
    await expect.element(microphone).not.toBeChecked();
    await expect.element(speech).not.toBeChecked();
    await userEvent.click(microphone);
    await screen
      .getByLabelText('Your own lines for them to say, one a line (optional)')
      .fill('What brings you here?');
    await screen.getByRole('button', { name: 'Start the session' }).click();
    expect(started).toEqual([{ microphone: true, lines: 'What brings you here?' }]);
  });
});
