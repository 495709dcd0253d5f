import { describe, expect, it } from 'vitest';
import { type FramedWindow, framedByAnotherOrigin } from '../../src/views/widgets/framing';

const APP = 'https://foothold.example';

/** A window at `origin`; `readable: false` makes its location throw, as another origin's does. */
function frameOf(
  origin: string,
  parent?: FramedWindow,
  options: { ancestorOrigins?: string[]; readable?: boolean } = {},
): FramedWindow {
  const location = { origin, ancestorOrigins: options.ancestorOrigins };
  const win = {
    get location() {
      if (options.readable === false) throw new DOMException('Blocked a frame', 'SecurityError');
      return location;
    },
    parent: undefined as unknown as FramedWindow,
  };
  win.parent = parent ?? win;
  return win;
}

describe('framedByAnotherOrigin', () => {
  it('is false for the top window', () => {
    expect(framedByAnotherOrigin(frameOf(APP))).toBe(false);
    expect(framedByAnotherOrigin(frameOf(APP, undefined, { ancestorOrigins: [] }))).toBe(false);
  });

  it('is false framed by pages of its own origin', () => {
    const top = frameOf(APP);
    expect(framedByAnotherOrigin(frameOf(APP, frameOf(APP, top)))).toBe(false);
    expect(framedByAnotherOrigin(frameOf(APP, top, { ancestorOrigins: [APP] }))).toBe(false);
  });

  it('is true when the browser lists an ancestor of another origin, even behind its own', () => {
    const top = frameOf('https://evil.example', undefined, { readable: false });
    const own = frameOf(APP, top);
    expect(
      framedByAnotherOrigin(frameOf(APP, own, { ancestorOrigins: [APP, 'https://evil.example'] })),
    ).toBe(true);
  });

  it('is true, without ancestorOrigins, when a parent cannot be read or says another origin', () => {
    const unreadable = frameOf('https://evil.example', undefined, { readable: false });
    expect(framedByAnotherOrigin(frameOf(APP, unreadable))).toBe(true);
    // Another origin of the same site (another port) in the middle, the app's own on top.
    const middle = frameOf('https://foothold.example:8443', frameOf(APP));
    expect(framedByAnotherOrigin(frameOf(APP, middle))).toBe(true);
  });

  it('is true in a sandboxed frame, whose own origin is opaque', () => {
    const top = frameOf(APP);
    expect(framedByAnotherOrigin(frameOf('null', top, { ancestorOrigins: [APP] }))).toBe(true);
  });
});
