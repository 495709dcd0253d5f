// The cybersickness check on the before-questions: optional, but all or nothing.
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { BeforeAnswers } from '../../src/domain/session/events';
import { SSQ_ITEMS } from '../../src/domain/ssq';
import { BeforeForm } from '../../src/views/session/BeforeForm';
import { answerDistress } from './before-questions';
import { english, render } from './intl';

async function renderForm(offerVariation = false) {
  const started: [BeforeAnswers, boolean][] = [];
  const screen = await render(
    <Router hook={memoryLocation().hook}>
      <BeforeForm
        title="Heights, level 1"
        problem={null}
        offerVariation={offerVariation}
        onStart={(before, _words, vary) => started.push([before, vary])}
      />
    </Router>,
  );
  await answerDistress(screen);
  return { screen, started };
}

describe('the cybersickness check', () => {
  it('is optional: without it the answers carry no SSQ', async () => {
    const { screen, started } = await renderForm();
    await screen.getByRole('button', { name: 'Start the session' }).click();
    expect(started).toEqual([[{ sudsNow: 20, sudsExpected: 50 }, false]]);
  });

  it('holds the start while only some symptoms are rated, and logs all 16 once they are', async () => {
    const { screen, started } = await renderForm();
    await screen.getByText('Cybersickness check (optional, 16 symptoms)').click();
    await screen.getByRole('radio', { name: 'Headache: Moderate' }).click();
    const start = screen.getByRole('button', { name: 'Start the session' });
    await expect.element(start).toBeDisabled();
    await expect
      .element(
        screen.getByText('Rate all 16 symptoms of the cybersickness check, or clear it, to start.'),
      )
      .toBeVisible();
    const symptoms = SSQ_ITEMS.map((item) => english.formatMessage(item.label));
    for (const symptom of symptoms)
      if (symptom !== 'Headache')
        await screen.getByRole('radio', { name: `${symptom}: None` }).click();
    await expect.element(start).toBeEnabled();
    await start.click();
    const ssq = started[0]?.[0].ssq;
    expect(ssq).toHaveLength(16);
    expect(ssq?.[symptoms.indexOf('Headache')]).toBe(2);
    expect(ssq?.reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('clears a half-answered check, which lets the session start without it', async () => {
    const { screen, started } = await renderForm();
    await screen.getByText('Cybersickness check (optional, 16 symptoms)').click();
    await screen.getByRole('radio', { name: 'Vertigo: Slight' }).click();
    await screen.getByRole('button', { name: 'clear the check' }).click();
    await screen.getByRole('button', { name: 'Start the session' }).click();
    expect(started[0]?.[0].ssq).toBeUndefined();
  });

  it('offers to vary the details only for a ladder step, and passes the choice on', async () => {
    const plain = await renderForm(false);
    await expect
      .element(plain.screen.getByLabelText('Vary the details slightly'))
      .not.toBeInTheDocument();
    plain.screen.unmount();
    const { screen, started } = await renderForm(true);
    await userEvent.click(screen.getByLabelText('Vary the details slightly'));
    await screen.getByRole('button', { name: 'Start the session' }).click();
    expect(started[0]?.[1]).toBe(true);
  });
});
