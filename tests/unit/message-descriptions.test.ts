import { describe, expect, it } from 'vitest';
import { withoutMessageDescriptions } from '../../src/views/i18n/descriptions';

describe('the build’s messages without their translators’ descriptions and English', () => {
  it('drops each message’s description and English and keeps its id and every other property', () => {
    const code = `const m = defineMessages({
  description: { id: 'scene.x.description', defaultMessage: 'A scene', description: 'Its line' },
  title: {
    id: 'scene.x.title',
    description: "What it's called",
    defaultMessage: 'X',
  },
});
export const scene = { description: m.description, title: m.title };`;
    const out = withoutMessageDescriptions(code, 'scenes/x/index.ts')?.code ?? '';
    expect(out).not.toContain('Its line');
    expect(out).not.toContain("What it's called");
    // A message named `description`, and a scene's own description, are not a message's.
    expect(out).not.toContain('A scene');
    expect(out).toContain("description: { id: 'scene.x.description'");
    expect(out).toContain('description: m.description');
    const run = new Function('defineMessages', `${out.replace('export ', '')}; return scene;`);
    expect(run((d: unknown) => d)).toEqual({
      description: { id: 'scene.x.description' },
      title: { id: 'scene.x.title' },
    });
  });

  it('leaves a module with no messages as it is', () => {
    expect(withoutMessageDescriptions('const a = { description: 1 };', 'a.ts')).toBeNull();
    expect(
      withoutMessageDescriptions("const a = defineMessages({ b: { id: 'b' } });", 'a.ts'),
    ).toBeNull();
  });
});
