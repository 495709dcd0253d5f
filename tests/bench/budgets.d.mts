export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  budget: number | null;
  /** The figure must stay strictly under its budget. */
  below: boolean;
  /** The budget is a floor: the figure must reach it. */
  atLeast: boolean;
  pass: boolean | null;
}
export declare function judge(
  name: string,
  value: number,
  unit: string,
  budget: number | null,
  options?: { below?: boolean; atLeast?: boolean },
): BenchRow;
export declare function formatTable(rows: BenchRow[]): string;
export declare function maxOverLevels(figures: { level: number; value: number }[]): {
  level: number;
  value: number;
};
export interface LevelFigures {
  level: number;
  desktop: { calls: number; triangles: number };
  xr: { calls: number; triangles: number };
}
export declare function levelsTable(levels: LevelFigures[]): string;
export declare function describeMachine(machine: {
  cpu: string;
  cores: number;
  memoryBytes: number;
  browser: string;
}): string;
export declare const MARKERS: { start: string; end: string };
export declare const GPU_MARKERS: { start: string; end: string };
export declare function replaceSection(
  doc: string,
  body: string,
  markers?: { start: string; end: string },
): string;
export declare const QUEST_FRAME_MS: number;
export declare function isHardwareRenderer(renderer: string | null | undefined): boolean;
export declare function frameStats(times: number[]): { median: number; p95: number };
export interface LevelFrameTimes {
  level: number;
  desktop: { median: number; p95: number };
  xr: { median: number; p95: number };
}
export declare function frameTimesTable(levels: LevelFrameTimes[]): string;
export declare function mostInWindow(times: number[], windowMs: number): number;
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
export declare function sceneShare(view: {
  width: number;
  height: number;
  scene: Box;
  cover: Box[];
}): number;
