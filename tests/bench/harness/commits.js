// Runs before the app, after the probe: counts React commits for the bench. React's <Profiler>
// reports nothing in a production build, but React calls the DevTools hook on every commit in
// every build, for both renderers (the page's and the 3D view's). A person's browser has neither.
(() => {
  const probe = window.__footholdProbe;
  if (!probe || window.__REACT_DEVTOOLS_GLOBAL_HOOK__) return;
  probe.commits = 0;
  /** When each commit happened (performance.now()), for the most in any window. */
  probe.commitTimes = [];
  let renderers = 0;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject(internals) {
      renderers += 1;
      this.renderers.set(renderers, internals);
      return renderers;
    },
    onCommitFiberRoot() {
      probe.commits += 1;
      probe.commitTimes.push(performance.now());
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onScheduleFiberRoot() {},
    setStrictMode() {},
    checkDCE() {},
  };
})();
