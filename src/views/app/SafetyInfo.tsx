import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { defineMessages } from '../../domain/phrase';

// Each paragraph is one message, so a translation reads as a whole and keeps every number in it.
const m = defineMessages({
  whatTitle: { id: 'safety.whatTitle', defaultMessage: 'What this is' },
  what: {
    id: 'safety.what',
    defaultMessage:
      'Foothold is a place to <strong>practise</strong> facing a fear of heights or of speaking to people, one small step at a time, and to rate how distressed you feel as you go. It is practice, <strong>not treatment</strong>, and it does not replace a therapist. If you work with one, you can do this together and show them your log.',
  },
  crisisTitle: { id: 'safety.crisisTitle', defaultMessage: 'It is not for a crisis' },
  crisis: {
    id: 'safety.crisis',
    defaultMessage:
      'If you are in danger, thinking of harming yourself, or in a crisis, stop here and get help now: call your local emergency number (112 in Europe, 911 in North America, 999 in the UK, 000 in Australia) or go to the nearest emergency department. Your doctor or local health service can tell you about crisis lines where you live.',
    description:
      'The most important text of the app. Keep every emergency number exactly as written; add none.',
  },
  clinicianTitle: {
    id: 'safety.clinicianTitle',
    defaultMessage: 'Ask a clinician first if you have',
    description: 'Heading of a list of conditions that follows it',
  },
  epilepsy: { id: 'safety.epilepsy', defaultMessage: 'epilepsy or seizures, or have had one' },
  migraine: { id: 'safety.migraine', defaultMessage: 'migraine' },
  vestibular: {
    id: 'safety.vestibular',
    defaultMessage: 'vestibular or balance problems (dizziness, vertigo)',
  },
  psychosis: { id: 'safety.psychosis', defaultMessage: 'psychosis, now or in the past' },
  eyes: { id: 'safety.eyes', defaultMessage: 'a serious eye condition' },
  care: {
    id: 'safety.care',
    defaultMessage:
      'Also take care if you are pregnant, have a heart condition, or feel unwell in a headset. Practise seated if you might lose your balance.',
  },
  stopTitle: { id: 'safety.stopTitle', defaultMessage: 'You can stop at any moment' },
  stopScreen: {
    id: 'safety.stopScreen',
    defaultMessage: '<strong>On a screen:</strong> press <kbd>Esc</kbd>, or the Stop button.',
  },
  stopHeadset: {
    id: 'safety.stopHeadset',
    defaultMessage:
      '<strong>In a headset:</strong> hold <strong>B</strong> or <strong>Y</strong> on a controller for half a second, pinch with both hands at once, or point at Stop on the panel. You can also simply take the headset off: the session pauses.',
    description: 'B and Y are the names of buttons on the controller: keep them as they are',
  },
  stopped: {
    id: 'safety.stopped',
    defaultMessage:
      'Stopping takes you to a calm shore within a second. Stopping early is always fine.',
  },
  dataTitle: { id: 'safety.dataTitle', defaultMessage: 'Your data stays here' },
  data: {
    id: 'safety.data',
    defaultMessage:
      'Everything you enter stays on this device, in this browser. There is no account, and nothing is sent anywhere. You can export your log to keep a copy or share it yourself, and delete it at any time.',
  },
});

const strong = (words: ReactNode[]) => <strong>{words}</strong>;
const kbd = (words: ReactNode[]) => <kbd>{words}</kbd>;

/** What Foothold is and is not, when to ask a clinician first, and how to stop: the first-run text. */
export function SafetyInfo() {
  const intl = useIntl();
  return (
    <>
      <h2>{intl.formatMessage(m.whatTitle)}</h2>
      <p>{intl.formatMessage(m.what, { strong })}</p>
      <h2>{intl.formatMessage(m.crisisTitle)}</h2>
      <p>{intl.formatMessage(m.crisis)}</p>
      <h2>{intl.formatMessage(m.clinicianTitle)}</h2>
      <ul>
        <li>{intl.formatMessage(m.epilepsy)}</li>
        <li>{intl.formatMessage(m.migraine)}</li>
        <li>{intl.formatMessage(m.vestibular)}</li>
        <li>{intl.formatMessage(m.psychosis)}</li>
        <li>{intl.formatMessage(m.eyes)}</li>
      </ul>
      <p>{intl.formatMessage(m.care)}</p>
      <h2>{intl.formatMessage(m.stopTitle)}</h2>
      <ul>
        <li>{intl.formatMessage(m.stopScreen, { strong, kbd })}</li>
        <li>{intl.formatMessage(m.stopHeadset, { strong })}</li>
      </ul>
      <p>{intl.formatMessage(m.stopped)}</p>
      <h2>{intl.formatMessage(m.dataTitle)}</h2>
      <p>{intl.formatMessage(m.data)}</p>
    </>
  );
}
