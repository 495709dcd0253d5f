// The softening: the picture shrunk by averaging into a small copy, then blurred each way by a
// small Gaussian there. The view samples the copy once a pixel, so a softened 360° video costs a
// headset no more to draw than a sharp one; remaking the copy costs little (see blurPlan).
import {
  BufferGeometry,
  ClampToEdgeWrapping,
  Float32BufferAttribute,
  HalfFloatType,
  LinearFilter,
  Mesh,
  OrthographicCamera,
  RepeatWrapping,
  Scene,
  ShaderMaterial,
  type Texture,
  UnsignedByteType,
  Vector2,
  type WebGLRenderer,
  WebGLRenderTarget,
} from 'three';
import type { BlurPlan } from './layout';

const vertex = /* glsl */ `
varying vec2 vUv;
void main() {
  vUv = uv;
  gl_Position = vec4(position.xy, 0.0, 1.0);
}`;

// Up to 8 × 8 bilinear taps, each averaging four texels: together the source texels under one
// texel of the copy. A photo's mipmaps take over where even 64 taps leave gaps.
const shrinkFragment = /* glsl */ `
uniform sampler2D source;
uniform vec2 spacing;
uniform int tapsX;
uniform int tapsY;
uniform float lod;
varying vec2 vUv;
void main() {
  vec2 start = vUv - spacing * (vec2(float(tapsX), float(tapsY)) - 1.0) * 0.5;
  vec3 sum = vec3(0.0);
  for (int j = 0; j < 8; j++) {
    if (j >= tapsY) break;
    for (int i = 0; i < 8; i++) {
      if (i >= tapsX) break;
      sum += textureLod(source, start + spacing * vec2(float(i), float(j)), lod).rgb;
    }
  }
  gl_FragColor = vec4(sum / float(tapsX * tapsY), 1.0);
}`;

const gaussFragment = /* glsl */ `
uniform sampler2D source;
uniform vec2 direction;
uniform float sigma;
varying vec2 vUv;
void main() {
  vec3 sum = texture2D(source, vUv).rgb;
  float total = 1.0;
  float spread = max(sigma, 0.01);
  for (int i = 1; i <= 4; i++) {
    float x = float(i);
    float w = exp(-x * x / (2.0 * spread * spread));
    sum += w * (texture2D(source, vUv + direction * x).rgb + texture2D(source, vUv - direction * x).rgb);
    total += 2.0 * w;
  }
  gl_FragColor = vec4(sum / total, 1.0);
}`;

/** One triangle over the whole target. */
function wholeTarget(): BufferGeometry {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute([-1, -1, 0, 3, -1, 0, -1, 3, 0], 3));
  geometry.setAttribute('uv', new Float32BufferAttribute([0, 0, 2, 0, 0, 2], 2));
  return geometry;
}

const pass = (fragmentShader: string, uniforms: Record<string, { value: unknown }>) =>
  new ShaderMaterial({
    vertexShader: vertex,
    fragmentShader,
    uniforms,
    depthTest: false,
    depthWrite: false,
  });

/**
 * Linear half floats where the GPU can draw into them: no banding in the dark of a dimmed
 * picture, no sRGB round trip. Bytes elsewhere, softened still.
 */
const target = (halfFloat: boolean) =>
  new WebGLRenderTarget(8, 8, {
    type: halfFloat ? HalfFloatType : UnsignedByteType,
    depthBuffer: false,
    magFilter: LinearFilter,
    minFilter: LinearFilter,
    generateMipmaps: false,
  });

export class PictureBlur {
  private readonly a: WebGLRenderTarget;
  private readonly b: WebGLRenderTarget;
  private readonly shrinking = {
    source: { value: null as Texture | null },
    spacing: { value: new Vector2() },
    tapsX: { value: 1 },
    tapsY: { value: 1 },
    lod: { value: 0 },
  };
  private readonly spreading = {
    source: { value: null as Texture | null },
    direction: { value: new Vector2() },
    sigma: { value: 1 },
  };
  private readonly shrink = pass(shrinkFragment, this.shrinking);
  private readonly gauss = pass(gaussFragment, this.spreading);
  private readonly mesh = new Mesh(wholeTarget(), this.shrink);
  private readonly scene = new Scene();
  private readonly camera = new OrthographicCamera();

  constructor(halfFloat: boolean) {
    this.a = target(halfFloat);
    this.b = target(halfFloat);
    this.mesh.frustumCulled = false;
    this.scene.add(this.mesh);
  }

  /** The softened copy: drawn into at every `soften`, read by the view. */
  get texture(): Texture {
    return this.a.texture;
  }

  /** Remakes the softened copy of `source` by `plan`; `around` wraps its seam. */
  soften(gl: WebGLRenderer, source: Texture, plan: BlurPlan, around: boolean): void {
    const { a, b, shrink, gauss } = this;
    if (a.width !== plan.width || a.height !== plan.height) {
      a.setSize(plan.width, plan.height);
      b.setSize(plan.width, plan.height);
    }
    const wrap = around ? RepeatWrapping : ClampToEdgeWrapping;
    a.texture.wrapS = wrap;
    b.texture.wrapS = wrap;
    const image = source.image as { width?: number; videoWidth?: number } | null;
    const sourceWidth = image?.videoWidth || image?.width || plan.width;
    // A tap's spacing in source texels, beyond a bilinear tap's two: the photo's mip to read.
    const spacing = sourceWidth / plan.width / plan.tapsX;
    const s = this.shrinking;
    s.source.value = source;
    s.spacing.value.set(1 / plan.width / plan.tapsX, 1 / plan.height / plan.tapsY);
    s.tapsX.value = plan.tapsX;
    s.tapsY.value = plan.tapsY;
    s.lod.value = Math.max(0, Math.log2(spacing / 2));

    const previous = gl.getRenderTarget();
    // In a headset the renderer would draw these passes once an eye; they are not views.
    const xr = gl.xr.enabled;
    gl.xr.enabled = false;
    this.draw(gl, shrink, a);
    const g = this.spreading;
    g.source.value = a.texture;
    g.direction.value.set(1 / plan.width, 0);
    g.sigma.value = plan.sigmaX;
    this.draw(gl, gauss, b);
    g.source.value = b.texture;
    g.direction.value.set(0, 1 / plan.height);
    g.sigma.value = plan.sigmaY;
    this.draw(gl, gauss, a);
    gl.xr.enabled = xr;
    gl.setRenderTarget(previous);
  }

  private draw(gl: WebGLRenderer, material: ShaderMaterial, into: WebGLRenderTarget) {
    this.mesh.material = material;
    gl.setRenderTarget(into);
    gl.render(this.scene, this.camera);
  }

  dispose(): void {
    this.a.dispose();
    this.b.dispose();
    this.shrink.dispose();
    this.gauss.dispose();
    this.mesh.geometry.dispose();
  }
}
