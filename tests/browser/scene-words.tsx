// The words a scene paints into its textures (signs, cards), caught as they are drawn, and a way to
// switch the page's language under a running scene, as the settings page does.
import { Canvas } from '@react-three/fiber';
import type { ComponentType } from 'react';
import { createIntl, type IntlShape, RawIntlProvider } from 'react-intl';
import { vi } from 'vitest';
import type { MeasureSink, ParamValues, SceneProps } from '../../scenes/types';
import { english, render } from './intl';

const noMeasures: MeasureSink = { report: () => {} };

export interface Drawn {
  text: string;
  font: string;
}

/** Every text drawn on a 2D canvas from now on, with the font it was drawn in. */
export function watchCanvasText(): Drawn[] {
  const drawn: Drawn[] = [];
  const original = CanvasRenderingContext2D.prototype.fillText;
  vi.spyOn(CanvasRenderingContext2D.prototype, 'fillText').mockImplementation(function (
    this: CanvasRenderingContext2D,
    text: string,
    x: number,
    y: number,
    maxWidth?: number,
  ) {
    drawn.push({ text, font: this.font });
    if (maxWidth === undefined) original.call(this, text, x, y);
    else original.call(this, text, x, y, maxWidth);
  });
  return drawn;
}

/**
 * A formatter for a language with only the messages given: enough to see a scene's words follow
 * the page's language, whatever the catalogues hold.
 */
export function languageWith(locale: string, messages: Record<string, string>): IntlShape {
  return createIntl({ locale, defaultLocale: 'en', messages, onError: () => {} });
}

/** Renders a scene in English; the function returned switches the page to another language. */
export async function renderSceneInLanguage<P extends ParamValues>(
  Component: ComponentType<SceneProps<P>>,
  params: P,
): Promise<(intl: IntlShape) => Promise<void>> {
  const ui = (intl: IntlShape) => (
    <RawIntlProvider value={intl}>
      <div style={{ width: 640, height: 360 }}>
        <Canvas flat dpr={1} camera={{ fov: 70, near: 0.05, far: 3000, position: [0, 1.6, 0] }}>
          <Component params={params} seed={1} measures={noMeasures} audio={null} />
        </Canvas>
      </div>
    </RawIntlProvider>
  );
  const screen = await render(ui(english));
  return async (intl) => {
    await screen.rerender(ui(intl));
  };
}
