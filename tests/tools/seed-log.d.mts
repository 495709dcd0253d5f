export interface SeedLog {
  format: string;
  formatVersion: number;
  appVersion: string;
  exportedAt: string;
  sessions: { id: string; sceneId: string; startedAt: number; status: string; events: object[] }[];
}
export function seedLog(options?: {
  sessions?: number;
  ratingsPerSession?: number;
  start?: number;
}): SeedLog;
