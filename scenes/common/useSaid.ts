import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { useMemo } from 'react';
import { createIntl, type IntlShape, useIntl } from 'react-intl';

/** A scene's lines in every language, as `virtual:foothold-said/<scene>` gives them. */
export type SaidLines = Readonly<Record<string, Record<string, MessageFormatElement[]>>>;

/**
 * The page's formatter with the scene's own lines added in the page's language (English where a
 * language lacks one). The lines come with the scene's chunk, so the home page never loads them.
 */
export function useSaid(said: SaidLines): IntlShape {
  const intl = useIntl();
  return useMemo(
    () =>
      createIntl({
        locale: intl.locale,
        defaultLocale: 'en',
        // The page's catalogues are compiled trees too (the build's), never source strings.
        messages: {
          ...(intl.messages as Record<string, MessageFormatElement[]>),
          ...said.en,
          ...said[intl.locale],
        },
        onError: intl.onError,
      }),
    [intl, said],
  );
}
