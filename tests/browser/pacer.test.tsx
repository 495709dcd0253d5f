import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { PRESETS, pacerPhase, ringScale } from '../../src/domain/pacer/patterns';
import { scheduleTone, toneSegments } from '../../src/domain/pacer/tone';
import { PacerDisplay } from '../../src/views/pacer/PacerDisplay';
import { render } from './intl';

/** A clock the test sets; the pacer reads it every frame. */
let clock = 0;
const now = () => clock;
const SINCE = 50_000;

const nextFrames = () =>
  new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));

/** How big the ring is drawn, against the dashed circle of a full breath. */
function drawnScale(ring: Element, guide: Element): number {
  return ring.getBoundingClientRect().width / guide.getBoundingClientRect().width;
}

afterEach(() => commands.emulateReducedMotion(false));

describe('the desktop pacer', () => {
  it('draws the ring at the size of the breath at each instant of the clock', async () => {
    await commands.emulateReducedMotion(false);
    clock = SINCE + 1000; // a quarter into the in-breath
    const screen = await render(
      <PacerDisplay pattern={PRESETS.resonance} since={SINCE} now={now} />,
    );
    const ring = screen.getByTestId('pacer-ring').element();
    const guide = ring.previousElementSibling;
    if (!guide) throw new Error('no guide circle');
    await nextFrames();
    const early = drawnScale(ring, guide);
    expect(early).toBeCloseTo(ringScale(pacerPhase(1000, PRESETS.resonance).fill), 2);
    await expect.element(screen.getByTestId('pacer-word')).toHaveTextContent('In');
    await expect.element(screen.getByTestId('pacer-left')).toHaveTextContent('3');

    clock = SINCE + 4000 + 1500; // a quarter into the out-breath: nearly full
    await nextFrames();
    const later = drawnScale(ring, guide);
    expect(later).toBeCloseTo(ringScale(pacerPhase(5500, PRESETS.resonance).fill), 2);
    expect(later).toBeGreaterThan(early + 0.3);
    await expect.element(screen.getByTestId('pacer-word')).toHaveTextContent('Out');
    await expect.element(screen.getByTestId('pacer-left')).toHaveTextContent('5');
    await expect.element(screen.getByText('Resonance, 6 a minute')).toBeVisible();
  });

  it('fills a bar instead of scaling the ring when the person asks for less motion', async () => {
    await commands.emulateReducedMotion(true);
    clock = SINCE + 2000; // half way through the in-breath of box breathing
    const screen = await render(<PacerDisplay pattern={PRESETS.box} since={SINCE} now={now} />);
    expect(screen.container.querySelector('[data-testid="pacer-ring"]')).toBeNull();
    const bar = screen.getByTestId('pacer-bar').element();
    const fill = bar.firstElementChild;
    if (!fill) throw new Error('no fill');
    await nextFrames();
    const share = () => fill.getBoundingClientRect().width / bar.getBoundingClientRect().width;
    expect(share()).toBeCloseTo(0.5, 2);
    clock = SINCE + 6000; // holding after the in-breath: full
    await nextFrames();
    expect(share()).toBeCloseTo(1, 2);
    await expect.element(screen.getByTestId('pacer-word')).toHaveTextContent('Hold');

    // The setting can change while the pacer shows; the ring comes back.
    await commands.emulateReducedMotion(false);
    await expect.element(screen.getByTestId('pacer-ring')).toBeInTheDocument();
  });
});

describe('the pacer tone', () => {
  /** Loudness and pitch (zero crossings a second) of a stretch of rendered sound. */
  function listen(samples: Float32Array, rate: number, from: number, to: number) {
    const a = Math.floor(from * rate);
    const b = Math.floor(to * rate);
    let energy = 0;
    let crossings = 0;
    for (let i = a; i < b; i++) {
      const s = samples[i] ?? 0;
      energy += s * s;
      if (i > a && (samples[i - 1] ?? 0) < 0 !== s < 0) crossings++;
    }
    return { rms: Math.sqrt(energy / (b - a)), hz: crossings / 2 / (to - from) };
  }

  it('rises and swells on the in-breath and falls away on the out-breath', async () => {
    const rate = 22_050;
    const context = new OfflineAudioContext(1, rate * 10, rate);
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    gain.gain.value = 0;
    oscillator.connect(gain).connect(context.destination);
    oscillator.start();
    scheduleTone(
      { frequency: oscillator.frequency, gain: gain.gain },
      toneSegments(PRESETS.resonance, 0, 10_000),
      (ms) => ms / 1000,
    );
    const samples = (await context.startRendering()).getChannelData(0);
    const inStart = listen(samples, rate, 0.5, 1);
    const inEnd = listen(samples, rate, 3.4, 3.9);
    const outMiddle = listen(samples, rate, 6.5, 7.5);
    const outEnd = listen(samples, rate, 9.8, 10);
    expect(inEnd.rms).toBeGreaterThan(inStart.rms * 3);
    expect(inEnd.hz).toBeGreaterThan(inStart.hz + 50);
    expect(outMiddle.hz).toBeLessThan(inEnd.hz - 30);
    expect(outEnd.rms).toBeLessThan(inEnd.rms / 10);
  });
});
