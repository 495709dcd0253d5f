// A catalogue's messages parsed into ICU MessageFormat trees when the app is built, so the page
// never ships the parser (react-intl formats the trees; the parser is aliased away in the build).
// Used by the build (vite.config.ts) and the checks, never by the page itself.
import { type MessageFormatElement, parse } from '@formatjs/icu-messageformat-parser';

export type Catalogue = Readonly<Record<string, string>>;
export type CompiledCatalogue = Record<string, MessageFormatElement[]>;

/** Each message's tree; a message that is not valid ICU names its id. */
export function compileCatalogue(catalogue: Catalogue): CompiledCatalogue {
  const out: CompiledCatalogue = {};
  for (const [id, message] of Object.entries(catalogue)) {
    try {
      out[id] = parse(message);
    } catch (error) {
      throw new Error(`Message "${id}" is not valid ICU MessageFormat: ${String(error)}`);
    }
  }
  return out;
}
