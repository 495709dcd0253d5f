// Runs before the app: asks the session view to expose its renderer and frame counts.
window.__footholdProbe = { frames: 0, xrFrames: 0 };
