export declare const CHROMIUM_ARGS: string[];
export declare const SYSTEM_CHROMIUM: string;
export declare function resolveChromium(options?: {
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
  playwrightPath?: () => string | undefined;
}): string;
export declare function playwrightChromiumPath(): string;
