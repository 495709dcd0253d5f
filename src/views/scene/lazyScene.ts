import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { SceneDefinition, SceneProps } from '../../../scenes/types';

const cache = new Map<string, LazyExoticComponent<ComponentType<SceneProps>>>();

/** One lazy component per scene, so revisiting a scene does not reload or remount its chunk. */
export function lazyScene(scene: SceneDefinition): LazyExoticComponent<ComponentType<SceneProps>> {
  let component = cache.get(scene.id);
  if (!component) {
    component = lazy(scene.load);
    cache.set(scene.id, component);
  }
  return component;
}
