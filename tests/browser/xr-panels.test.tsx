// The headset panels as drawn: the main action stands out on the dark panel, the others are
// quieter, the picker's reading is one phrase, and a panel speaks the page's language with every
// letter drawn from the font.
import { Canvas } from '@react-three/fiber';
import { Container, Text } from '@react-three/uikit';
import type { IntlShape } from 'react-intl';
import {
  type BufferAttribute,
  Color,
  type Material,
  type Object3D,
  type Scene,
  type Texture,
  type WebGLRenderer,
} from 'three';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apply, type SessionState } from '../../src/domain/session/machine';
import { color, panel, panelButton } from '../../src/views/tokens';
import { Picker } from '../../src/views/xr/panels/Picker';
import { StopPanel } from '../../src/views/xr/panels/StopPanel';
import { english, languageOf, render } from './intl';

const FONT = { inter: { medium: new URL('/fonts/inter-medium.json', location.href).href } };
const T0 = Date.UTC(2026, 1, 3, 18);

/** A session just stopped early: the stop panel's moment. */
function stopped(): SessionState {
  const started = apply(null, {
    type: 'started',
    at: T0,
    sceneId: 'heights',
    level: 1,
    params: {},
    seed: 1,
    before: { sudsNow: 20, sudsExpected: 60 },
    promptMinutes: 2,
  });
  return apply(started, { type: 'stop', at: T0 + 60_000, early: true, via: 'escape-key' });
}

interface Drawn {
  properties: { value: Record<string, unknown> };
}

interface Drawing {
  scene: Scene;
  gl: WebGLRenderer;
}

/** A panel drawn in a Canvas inside the page's language (English unless one is given). */
async function drawPanel(children: React.ReactNode, intl: IntlShape = english): Promise<Drawing> {
  let drawing: Drawing | undefined;
  await render(
    <div style={{ width: 800, height: 600 }}>
      <Canvas flat dpr={1} onCreated={(state) => (drawing = { scene: state.scene, gl: state.gl })}>
        <Container
          pixelSize={panel.pixelSize}
          fontFamilies={FONT}
          fontFamily="inter"
          width={panel.width}
          flexDirection="column"
          gap={panel.gap}
          padding={panel.padding}
          backgroundColor={color.bg}
        >
          {children}
        </Container>
      </Canvas>
    </div>,
    { intl },
  );
  await expect.poll(() => drawing !== undefined).toBe(true);
  if (!drawing) throw new Error('no scene');
  return drawing;
}

/**
 * uikit's glyph mesh: one instance per glyph, each with the rectangle of the font's texture it is
 * drawn from (x, bottom, width, -height, in texture coordinates), flagged when drawn as a solid box.
 */
type GlyphMesh = Object3D & {
  isInstancedMesh?: boolean;
  count: number;
  instanceUV: BufferAttribute;
  instanceRenderSolid: BufferAttribute;
  material: Material;
};

function glyphMeshes(scene: Scene): GlyphMesh[] {
  const found: GlyphMesh[] = [];
  scene.traverse((o) => {
    const mesh = o as Object3D & Partial<GlyphMesh>;
    if (mesh.isInstancedMesh && mesh.instanceRenderSolid) found.push(mesh as GlyphMesh);
  });
  return found;
}

const hex = (value: unknown) => `#${new Color(value as string).getHexString()}`;

function find(scene: Scene, name: string): Drawn {
  const object = scene.getObjectByName(name) as (Object3D & Partial<Drawn>) | undefined;
  if (!object?.properties) throw new Error(`no panel element ${name}`);
  return object as Object3D & Drawn;
}

/** Every text drawn in the scene, as the panels' Text elements hold it. */
function texts(scene: Scene): string[] {
  const found: string[] = [];
  scene.traverse((o) => {
    const text = (o as Object3D & Partial<Drawn>).properties?.value.text;
    if (typeof text === 'string') found.push(text);
  });
  return found;
}

describe('the headset panels', () => {
  it("draw the stop panel's main action on the accent, above the quieter others", async () => {
    const { scene } = await drawPanel(<StopPanel state={stopped()} />);
    await expect
      .poll(() => hex(find(scene, 'end-session').properties.value.backgroundColor))
      .toBe(panelButton.primary.background);
    const main = find(scene, 'end-session').properties.value;
    const other = find(scene, 'continue').properties.value;
    expect(panelButton.primary.background).toBe(color.accent);
    expect(hex(main.color)).toBe(color.accentText);
    expect(hex(other.backgroundColor)).toBe(panelButton.secondary.background);
    expect(hex(other.backgroundColor)).not.toBe(hex(main.backgroundColor));
    // The main action is the brightest thing on the panel, not the darkest.
    const light = (c: unknown) => {
      const { r, g, b } = new Color(c as string);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    expect(light(main.backgroundColor)).toBeGreaterThan(light(other.backgroundColor));
    expect(light(main.backgroundColor)).toBeGreaterThan(light(color.bg));
  });

  it('read a rating as one phrase: "Distress now: 55 (moderate)"', async () => {
    const { scene } = await drawPanel(
      <>
        <Picker name="rating" label="Distress now" value={55} onChange={() => {}} />
        <Picker name="likely" label="How likely" value={40} onChange={() => {}} words={false} />
      </>,
    );
    await expect.poll(() => texts(scene)).toContain('Distress now: 55 (moderate)');
    expect(texts(scene)).toContain('How likely: 40 %');
  });

  it('speak German inside the Canvas, Ü and ß drawn from the font and inked in its texture', async () => {
    const de = await languageOf('de');
    const { scene, gl } = await drawPanel(<StopPanel state={stopped()} />, de);
    // The panel's words come through the page's language, which reaches into the Canvas.
    const note = de.formatMessage({ id: 'xr.stoppedNote' });
    await expect.poll(() => texts(scene)).toContain(note);
    expect(texts(scene)).toContain(de.formatMessage({ id: 'xr.stoppedTitle' }));
    expect(texts(scene)).not.toContain(english.formatMessage({ id: 'xr.stoppedNote' }));
    const words = texts(scene).join(' ');
    expect(words).toContain('Ü');
    expect(words).toContain('ß');

    // Each glyph laid out, named by the font's letter drawn from the same place in its texture.
    const font = (await (await fetch(FONT.inter.medium)).json()) as {
      common: { scaleW: number; scaleH: number };
      chars: { char: string; x: number; y: number; width: number; height: number }[];
    };
    const { scaleW, scaleH } = font.common;
    const letterAt = new Map(font.chars.map((c) => [`${c.x},${c.y}`, c]));
    type Laid = {
      letter: string;
      solid: boolean;
      mesh: GlyphMesh;
      x: number;
      y: number;
      w: number;
      h: number;
    };
    const laid = (): Laid[] =>
      glyphMeshes(scene).flatMap((mesh) =>
        Array.from({ length: mesh.count }, (_, i) => {
          const [u = 0, bottom = 0, du = 0, dv = 0] = Array.from(
            mesh.instanceUV.array.slice(i * 4, i * 4 + 4),
          );
          const x = Math.round(u * scaleW);
          const y = Math.round((bottom + dv) * scaleH);
          return {
            letter: letterAt.get(`${x},${y}`)?.char ?? '',
            solid: (mesh.instanceRenderSolid.array[i] ?? 0) > 0,
            mesh,
            x,
            y,
            w: Math.round(du * scaleW),
            h: Math.round(-dv * scaleH),
          };
        }),
      );
    // Every glyph is a letter of the panel's words, each drawn from its own place in the font.
    const sorted = (letters: string[]) => letters.sort().join('');
    await expect
      .poll(() => sorted(laid().map((g) => g.letter)))
      .toBe(sorted([...words.replace(/\s/g, '')]));
    const drawn = laid().filter((g) => g.letter === 'Ü' || g.letter === 'ß');
    expect(new Set(drawn.map((g) => g.letter))).toEqual(new Set(['Ü', 'ß']));
    expect(drawn.filter((g) => g.solid)).toEqual([]);
    expect(laid().filter((g) => g.solid)).toEqual([]);

    // The texture the panel's glyph material samples, once the renderer has compiled it.
    const pageOf = (mesh: GlyphMesh) =>
      (gl.properties.get(mesh.material) as { uniforms?: { fontPage?: { value: Texture } } })
        .uniforms?.fontPage?.value;
    await expect.poll(() => drawn.every((g) => pageOf(g.mesh)?.image)).toBe(true);
    for (const glyph of drawn) {
      const image = pageOf(glyph.mesh)?.image as HTMLImageElement;
      expect([image.naturalWidth, image.naturalHeight]).toEqual([scaleW, scaleH]);
      const canvas = document.createElement('canvas');
      canvas.width = scaleW;
      canvas.height = scaleH;
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!ctx) throw new Error('no 2D canvas');
      ctx.drawImage(image, 0, 0);
      const { data } = ctx.getImageData(glyph.x, glyph.y, glyph.w, glyph.h);
      // The atlas is a distance field with no alpha channel: the shader draws a texel opaque
      // where the median of its three channels is past half, so those texels are the ink.
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
        if (Math.max(Math.min(r, g), Math.min(Math.max(r, g), b)) > 127) ink += 1;
      }
      const area = glyph.w * glyph.h;
      expect(area, glyph.letter).toBeGreaterThan(0);
      // A letter's strokes: a good part of its cell, never all of it (that would be a box).
      expect(ink / area, glyph.letter).toBeGreaterThan(0.1);
      expect(ink / area, glyph.letter).toBeLessThan(0.9);
    }
  });

  describe("draw a person's own words in any European language", () => {
    afterEach(() => vi.restoreAllMocks());

    /** The glyphs laid out in the scene, once the font is in, and the letters it had none for. */
    async function laidOut(words: string) {
      const missing: string[] = [];
      vi.spyOn(console, 'warn').mockImplementation((message: unknown) => {
        const letter = /^Missing glyph info for character "(.+)"$/.exec(String(message))?.[1];
        if (letter) missing.push(letter);
      });
      const { scene } = await drawPanel(<Text fontSize={18}>{words}</Text>);
      const meshes = () => glyphMeshes(scene);
      const glyphs = () => meshes().reduce((sum, m) => sum + m.count, 0);
      await expect.poll(glyphs).toBeGreaterThan(0);
      const solid = meshes().reduce(
        (sum, m) =>
          sum + [...m.instanceRenderSolid.array].slice(0, m.count).filter((v) => v > 0).length,
        0,
      );
      return { glyphs: glyphs(), solid, missing };
    }

    it('with every letter in the font: German, Spanish, Polish, Czech, Romanian, Russian, Ukrainian', async () => {
      const words = 'Grüße ÄÖÜß ¿Qué tal? Ñandú Łódź żółć Příliš žluťoučký Știință Ёжик Ґанок їжа';
      const { glyphs, solid, missing } = await laidOut(words);
      expect(missing).toEqual([]);
      expect(solid).toBe(0);
      expect(glyphs).toBeGreaterThanOrEqual([...words.replaceAll(' ', '')].length);
    });

    it('and a letter the font lacks as a solid box in its place, not as nothing', async () => {
      const { solid, missing } = await laidOut('Ok 中');
      expect(missing).toContain('中');
      expect(solid).toBe(1);
    });
  });
});
