import { buildIwer } from '../tools/iwer.mjs';
import { HARNESS_DIR } from './paths';

export default async function globalSetup() {
  await buildIwer(HARNESS_DIR);
}
