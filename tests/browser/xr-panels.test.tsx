// The headset panels as drawn: the main action stands out on the dark panel, the others are
// quieter, and the picker's reading is one phrase.
import { Canvas } from '@react-three/fiber';
import { Container, Text } from '@react-three/uikit';
import { type BufferAttribute, Color, type Object3D, type Scene } from 'three';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { apply, type SessionState } from '../../src/domain/session/machine';
import { color, panel, panelButton } from '../../src/views/tokens';
import { Picker } from '../../src/views/xr/panels/Picker';
import { StopPanel } from '../../src/views/xr/panels/StopPanel';

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

async function drawPanel(children: React.ReactNode): Promise<Scene> {
  let scene: Scene | undefined;
  await render(
    <div style={{ width: 800, height: 600 }}>
      <Canvas flat dpr={1} onCreated={(state) => (scene = state.scene)}>
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
  );
  await expect.poll(() => scene !== undefined).toBe(true);
  if (!scene) throw new Error('no scene');
  return scene;
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
    const scene = await drawPanel(<StopPanel state={stopped()} />);
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
    const scene = await drawPanel(
      <>
        <Picker name="rating" label="Distress now" value={55} onChange={() => {}} />
        <Picker name="likely" label="How likely" value={40} onChange={() => {}} words={false} />
      </>,
    );
    await expect.poll(() => texts(scene)).toContain('Distress now: 55 (moderate)');
    expect(texts(scene)).toContain('How likely: 40 %');
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
      const scene = await drawPanel(<Text fontSize={18}>{words}</Text>);
      // uikit's glyph mesh: one instance per glyph, each flagged when drawn as a solid box.
      type GlyphMesh = {
        isInstancedMesh?: boolean;
        count: number;
        instanceRenderSolid: BufferAttribute;
      };
      const meshes = () => {
        const found: GlyphMesh[] = [];
        scene.traverse((o) => {
          const mesh = o as Object3D & Partial<GlyphMesh>;
          if (mesh.isInstancedMesh && mesh.instanceRenderSolid) found.push(mesh as GlyphMesh);
        });
        return found;
      };
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
