// The catalogues, compiled at build time by the `foothold-catalogues` plugin (vite.config.ts).
declare module 'virtual:foothold-catalogue/*' {
  import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';

  const messages: Record<string, MessageFormatElement[]>;
  export default messages;
}
