// Runs before the app: asks the session view to expose its renderer and frame counts.
window.__footholdProbe = { frames: 0, xrFrames: 0 };
// Tests of other features start past the first-run screen, as a returning person would. The
// first-run test itself marks its page with `__footholdFirstRunTest` before this runs.
try {
  if (!window.__footholdFirstRunTest && !localStorage.getItem('foothold-first-run')) {
    localStorage.setItem(
      'foothold-first-run',
      JSON.stringify({ state: { confirmed: 1 }, version: 0 }),
    );
  }
} catch {
  // about:blank and other opaque origins have no storage; nothing to skip there.
}
