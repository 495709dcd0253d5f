import { version } from '../../package.json';

/** Written into every export, so a file says which Foothold made it. */
export const APP_VERSION: string = version;
