// The Content-Security-Policy and the other security headers of the built app, from one place:
// vite.config.ts writes the policy into the built index.html as a meta tag and sends it, with the
// other headers, from `npm run preview`; docs/HOSTING.md shows the same for a static host.

/** Each directive with its sources. Why each source is needed is in docs/HOSTING.md. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  // The in-headset panels' layout engine (yoga) is WebAssembly compiled from an inlined module.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  // The icons and the panels' font atlas; scene textures are drawn on canvases.
  'img-src': ["'self'"],
  // The panels' font, controller profiles and models come from the app's own folder. blob: is
  // how three's glTF loader reads a model's embedded textures; data: is how yoga first tries to
  // read its inlined WebAssembly. Neither leaves the device.
  'connect-src': ["'self'", 'data:', 'blob:'],
  // The service worker, and the log writer's Web Worker, started from a blob: URL so that it
  // inherits this policy where the host sends no headers (src/data/logWriter.ts).
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  // The person's own videos, played from the device through object URLs; nothing else plays media.
  'media-src': ['blob:'],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'object-src': ["'none'"],
};

/** Directives a browser ignores in a meta tag; they are sent only as a header. */
export const HEADER_ONLY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ["'none'"],
};

function serialise(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The policy as the built index.html carries it. */
export const CSP_META = serialise(CSP_DIRECTIVES);

/** The policy as a server sends it: the meta tag's, and what only a header can say. */
export const CSP_HEADER = serialise({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES });

/** Every header a host should send with the app, the policy included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // The headset session and the audience scene's optional microphone level; nothing else.
  'Permissions-Policy':
    'xr-spatial-tracking=(self), microphone=(self), camera=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
