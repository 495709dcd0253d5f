// The catalogues, compiled at build time by the `foothold-catalogues` plugin (vite.config.ts).
declare module 'virtual:foothold-catalogue/*' {
  import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';

  const messages: Record<string, MessageFormatElement[]>;
  export default messages;
}

// A scene's people's lines in every language (`virtual:foothold-said/<scene>`), from the same plugin.
declare module 'virtual:foothold-said/*' {
  import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';

  const said: Record<string, Record<string, MessageFormatElement[]>>;
  export default said;
}
