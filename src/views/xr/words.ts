// Words said both on the page and in the headset's panels, and how the panels say what the
// domain gives them.
import type { IntlShape } from 'react-intl';
import { defineMessages, isPhrase, type Phrase, say, type Text } from '../../domain/phrase';

export const xrWords = defineMessages({
  exitVr: { id: 'xr.exitVr', defaultMessage: 'Exit VR' },
  distressNow: {
    id: 'xr.distressNow',
    defaultMessage: 'Distress now',
    description: 'The label of a 0-100 rating of how distressed the person is at this moment',
  },
});

/** A catalogue message, a phrase, or a person's own words, in the page's language. */
export function sayWords(intl: IntlShape, words: Text | Phrase | string): string {
  if (typeof words === 'string' || isPhrase(words)) return say(intl, words);
  return intl.formatMessage(words);
}
