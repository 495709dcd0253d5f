import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

type PageModule<P> = { default: ComponentType<P> };

export type LazyPage<P> = LazyExoticComponent<ComponentType<P>> & {
  /** Fetches the page's code; drawn after that, the page renders at once. */
  preload: () => Promise<unknown>;
};

/**
 * A page whose code loads when it is first drawn, or earlier when asked. A page drawn before its
 * code is in shows its Suspense fallback, and React then holds the page back for 300 ms after the
 * fallback appeared (so that content does not pop in piece by piece): opened directly, a page
 * whose code was fetched first is there that much sooner, with no fallback flashing by.
 */
export function lazyPage<P>(load: () => Promise<PageModule<P>>): LazyPage<P> {
  let loaded: PageModule<P> | null = null;
  let loading: Promise<PageModule<P>> | null = null;
  const preload = () => {
    loading ??= load().then(
      (module) => {
        loaded = module;
        return module;
      },
      (error: unknown) => {
        // A failed fetch (offline before the app was cached) may be tried again.
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const page = lazy(() => {
    const module = loaded;
    if (!module) return preload();
    // A thenable that answers at once: React takes the page without suspending. A real promise
    // would answer a microtask later, after React had already shown the fallback.
    const answered = {
      // biome-ignore lint/suspicious/noThenProperty: React's lazy takes a thenable, and this one must answer at once.
      then(resolve: (module: PageModule<P>) => void) {
        resolve(module);
      },
    };
    return answered as unknown as Promise<PageModule<P>>;
  });
  return Object.assign(page, { preload });
}
