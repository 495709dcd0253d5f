import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Phase } from '../../src/domain/session/machine';
import { mayOfferUpdate } from '../../src/domain/update';
import { createUpdateStore, type RegisterSW } from '../../src/state/update';
import { CSP_HEADER, CSP_META, SECURITY_HEADERS } from '../../src/views/app/csp';

/** A policy string as directive → sources, failing on a directive given twice. */
function parse(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(directives.has(name), `${name} given twice`).toBe(false);
    directives.set(name, sources);
  }
  return directives;
}

describe('the Content-Security-Policy', () => {
  const meta = parse(CSP_META);
  const header = parse(CSP_HEADER);

  it('allows nothing by default and scripts only from the app itself, with WebAssembly', () => {
    expect(meta.get('default-src')).toEqual(["'none'"]);
    expect(meta.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(meta.get('object-src')).toEqual(["'none'"]);
    expect(meta.get('base-uri')).toEqual(["'none'"]);
  });

  it('never allows eval, inline scripts or inline styles', () => {
    for (const policy of [CSP_META, CSP_HEADER]) {
      expect(policy).not.toContain("'unsafe-eval'");
      expect(policy).not.toContain("'unsafe-inline'");
      expect(policy).not.toContain("'unsafe-hashes'");
      expect(policy).not.toContain("'strict-dynamic'");
      expect(policy).not.toMatch(/'nonce-|'sha(256|384|512)-/);
    }
    expect(meta.get('style-src')).toEqual(["'self'"]);
  });

  it('lets the log worker, the service worker and the manifest load from the app only', () => {
    // blob: is the log worker's one-line start, which inherits this policy (src/data/logWriter.ts).
    expect(meta.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(meta.get('manifest-src')).toEqual(["'self'"]);
    expect(meta.get('img-src')).toEqual(["'self'"]);
  });

  it('names no other origin, scheme wildcard or host anywhere', () => {
    const local = new Set(["'self'", "'none'", "'wasm-unsafe-eval'", 'data:', 'blob:']);
    for (const [name, sources] of header)
      for (const source of sources) expect(local.has(source), `${name} ${source}`).toBe(true);
    // Fetching data: and blob: URLs reads memory on the device; only connect-src needs them.
    for (const [name, sources] of meta)
      if (name !== 'connect-src') expect(sources, name).not.toContain('data:');
    expect(meta.get('connect-src')).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('sends frame-ancestors in the header only, as a meta tag cannot carry it', () => {
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CSP_HEADER.startsWith(CSP_META)).toBe(true);
  });

  it('comes with the other security headers', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CSP_HEADER);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
    expect(SECURITY_HEADERS['Cross-Origin-Opener-Policy']).toBe('same-origin');
    const permissions = SECURITY_HEADERS['Permissions-Policy']?.split(/,\s*/) ?? [];
    expect(permissions).toContain('xr-spatial-tracking=(self)');
    expect(permissions).toContain('microphone=(self)');
    expect(permissions).toContain('camera=()');
  });
});

describe('docs/HOSTING.md', () => {
  const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'HOSTING.md'), 'utf8');

  it('gives a host exactly the headers the preview sends', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(doc, name).toContain(`\n${name}: ${value}\n`);
      expect(doc, `nginx ${name}`).toContain(`add_header ${name} "${value}" always;`);
      expect(doc, `_headers ${name}`).toContain(`\n  ${name}: ${value}\n`);
    }
  });
});

describe('when an update may be offered', () => {
  it('only when one is ready and no session runs', () => {
    const cases: [boolean, Phase | null, boolean][] = [
      [true, null, true],
      [true, 'ended', true],
      [true, 'running', false],
      [true, 'paused', false],
      // Stopped, with the after-questions still to answer: the session is not over.
      [true, 'after', false],
      [false, null, false],
      [false, 'ended', false],
    ];
    for (const [ready, phase, offered] of cases)
      expect(mayOfferUpdate(ready, phase === null ? null : { phase }), `${ready} ${phase}`).toBe(
        offered,
      );
  });
});

/** A stand-in for `virtual:pwa-register` and the page's service worker, played by the test. */
function fakeWorker() {
  const update = vi.fn(async () => {});
  let hooks: Parameters<RegisterSW>[0] = {};
  const controllerListeners: (() => void)[] = [];
  const registerSW: RegisterSW = (options) => {
    hooks = options;
    return update;
  };
  return {
    registerSW,
    update,
    whenNewController: (listener: () => void) => controllerListeners.push(listener),
    waiting: () => hooks.onNeedRefresh?.(),
    /** The new worker takes over: the page hears of it, and (if it had a worker) the module too. */
    tookOver: (pageHadWorker = true) => {
      for (const listener of controllerListeners.splice(0)) listener();
      if (pageHadWorker) hooks.onNeedReload?.();
    },
  };
}

function setUp() {
  const reload = vi.fn();
  const worker = fakeWorker();
  const store = createUpdateStore(reload, worker.whenNewController);
  store.getState().register(worker.registerSW);
  return { reload, worker, store };
}

describe('the update store', () => {
  it('offers a waiting version, and reloads once only after the person chose it', () => {
    const { reload, worker, store } = setUp();
    expect(store.getState().ready).toBe(false);
    worker.waiting();
    expect(store.getState().ready).toBe(true);

    store.getState().apply();
    expect(worker.update).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
    worker.tookOver();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads the page of a first visit too, which the register module does not tell', () => {
    const { reload, worker, store } = setUp();
    worker.waiting();
    store.getState().apply();
    worker.tookOver(false);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('never takes up the new version while a session runs', () => {
    const { reload, worker, store } = setUp();
    worker.waiting();
    for (const phase of ['running', 'paused', 'after'] as const) {
      store.getState().setSessionPhase(phase);
      store.getState().apply();
    }
    expect(worker.update).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();

    store.getState().setSessionPhase('ended');
    store.getState().apply();
    expect(worker.update).toHaveBeenCalledTimes(1);
  });

  it('does not reload a tab when another tab took the update up; it offers a reload instead', () => {
    const { reload, worker, store } = setUp();
    worker.waiting();
    store.getState().setSessionPhase('running');
    worker.tookOver();
    expect(reload).not.toHaveBeenCalled();
    expect(store.getState().ready).toBe(true);

    // Once the session is over, the reload is all that is left to do.
    store.getState().setSessionPhase(null);
    store.getState().apply();
    expect(worker.update).not.toHaveBeenCalled();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('keeps an offer put aside until the next version arrives', () => {
    const { worker, store } = setUp();
    worker.waiting();
    store.getState().dismiss();
    expect(store.getState().dismissed).toBe(true);
    worker.waiting();
    expect(store.getState().dismissed).toBe(false);
  });
});
