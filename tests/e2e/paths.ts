import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const RESULTS_DIR = join(ROOT, 'tests', '.results');
export const HARNESS_DIR = join(RESULTS_DIR, 'harness');
export const IWER_SCRIPT = join(HARNESS_DIR, 'iwer.js');
export const PROBE_SCRIPT = join(import.meta.dirname, 'harness', 'probe.js');
// Another port when 4173 is taken by a second checkout's tests.
export const PREVIEW_PORT = Number(process.env.FOOTHOLD_E2E_PORT ?? 4173);
export const BASE_URL = `http://localhost:${PREVIEW_PORT}`;
