// Driving a session from scripts outside the test runner (the bench, the screenshots).

/** Answers the before-questions so the exposure, and its scene, begin. */
export async function startSession(page) {
  await page
    .getByRole('spinbutton', { name: 'How distressed are you right now? (number)' })
    .fill('20');
  await page
    .getByRole('spinbutton', {
      name: 'How distressed do you expect to be at the worst moment? (number)',
    })
    .fill('50');
  await page.getByRole('button', { name: 'Start the session' }).click();
}

/** Waits until the 3D view has drawn `count` more frames (it counts them only under the probe). */
export async function waitForFrames(page, count) {
  const start = await page.evaluate(() => window.__footholdProbe?.frames ?? 0);
  await page.waitForFunction(
    (target) => (window.__footholdProbe?.frames ?? 0) >= target,
    start + count,
    {
      timeout: 120_000,
    },
  );
}
