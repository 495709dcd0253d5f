export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
export interface Cover extends Box {
  /** The element that draws it: tag and classes. */
  what: string;
}
export interface ViewCover {
  width: number;
  height: number;
  /** The scene's canvas, as far as it is in the view. */
  scene: Box;
  cover: Cover[];
}
export declare function viewCover(): ViewCover;
export declare function canvasOnTop(
  points: [number, number][],
): { x: number; y: number; hit: string | null }[];
export declare function coverIn(
  cover: Cover[],
  region: Box,
): { what: string; width: number; height: number }[];
