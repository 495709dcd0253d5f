import { useId, useState, useSyncExternalStore } from 'react';
import { type IntlShape, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { storageReportAfterWrites } from '../../data/persistence';
import { isLocale, LOCALE_NAMES, LOCALES, matchLocale } from '../../domain/locale';
import { defineMessages, type Phrase, say } from '../../domain/phrase';
import { usePacerSettings } from '../../state/pacerSettings';
import { type Settings, settingLimits, useSettings } from '../../state/settings';
import { PairPanel } from '../link/PairPanel';
import { paths } from '../routes';
import { PatternPicker } from '../widgets/PatternPicker';
import { useStored } from '../widgets/useStored';

const m = defineMessages({
  title: { id: 'settings.title', defaultMessage: 'Settings' },
  lead: {
    id: 'settings.lead',
    defaultMessage: 'These stay in this browser and apply to every session.',
  },
  language: { id: 'settings.language', defaultMessage: 'Language' },
  languageAuto: {
    id: 'settings.languageAuto',
    defaultMessage: 'Automatic (follows your browser)',
  },
  languageAutoIs: {
    id: 'settings.languageAutoIs',
    defaultMessage: "Automatic currently chooses {language}, from your browser's settings.",
    description: '{language} is the name of a language in its own words, e.g. "Deutsch"',
  },
  percent: {
    id: 'settings.percent',
    defaultMessage: '{value, number} %',
    description: 'A volume, in percent of the loudest',
  },
  soundVolume: { id: 'settings.soundVolume', defaultMessage: 'Scene sound volume' },
  lookSpeed: {
    id: 'settings.lookSpeed',
    defaultMessage: 'Look-around speed when dragging (desktop)',
  },
  lookSpeedValue: {
    id: 'settings.lookSpeedValue',
    defaultMessage: '{speed}×',
    description: 'How many times the usual speed, e.g. "1.5×"',
  },
  prompt: {
    id: 'settings.prompt',
    defaultMessage: 'Ask for a distress rating every',
    description: 'Label of a choice that follows it: "1 minute", "2 minutes"…',
  },
  promptMinutes: {
    id: 'settings.promptMinutes',
    defaultMessage: '{count, plural, one {# minute} other {# minutes}}',
    description: 'A choice after "Ask for a distress rating every"',
  },
  pacerTitle: { id: 'settings.pacerTitle', defaultMessage: 'Breathing pacer' },
  pacerHint: {
    id: 'settings.pacerHint',
    defaultMessage:
      'Show it during a session with <kbd>B</kbd>, the Breathing pacer button, or the X button of the left controller in a headset. It starts with the pattern chosen here.',
    description: 'B is a key of the keyboard, X a button of the controller: keep them as they are',
  },
  tone: {
    id: 'settings.tone',
    defaultMessage: 'A soft tone that rises as you breathe in and falls as you breathe out',
  },
  toneVolume: { id: 'settings.toneVolume', defaultMessage: 'Tone volume' },
  haptics: {
    id: 'settings.haptics',
    defaultMessage: 'A gentle controller pulse at the start of each in-breath (headset)',
  },
  storageTitle: { id: 'settings.storageTitle', defaultMessage: 'Your data on this device' },
  checkingUsed: {
    id: 'settings.checkingUsed',
    defaultMessage: 'Checking how much space Foothold uses…',
  },
  checkingKept: {
    id: 'settings.checkingKept',
    defaultMessage: 'Checking whether the browser may clear it…',
  },
  usedUnknown: {
    id: 'settings.usedUnknown',
    defaultMessage: 'This browser does not say how much space Foothold uses.',
  },
  used: {
    id: 'settings.used',
    defaultMessage: "Foothold uses {size} KB of this browser's storage.",
    description: '{size} is a number of kilobytes',
  },
  kept: {
    id: 'settings.kept',
    defaultMessage: 'Kept until you delete it: the browser will not clear it to make room.',
  },
  notKept: {
    id: 'settings.notKept',
    defaultMessage:
      'Not yet protected: the browser may clear it when the device runs short of space.',
  },
  keptUnknown: {
    id: 'settings.keptUnknown',
    defaultMessage: 'This browser does not say whether it may clear it.',
  },
  askToKeep: { id: 'settings.askToKeep', defaultMessage: 'Ask the browser to keep it' },
  safari: {
    id: 'settings.safari',
    defaultMessage:
      "Safari deletes a site's data after 7 days without a visit, unless Foothold is added to the home screen.",
  },
  safetyTitle: { id: 'settings.safetyTitle', defaultMessage: 'Safety' },
  safety: {
    id: 'settings.safety',
    defaultMessage:
      '<a>About Foothold and your safety</a>: what it is and is not, when to ask a clinician first, where to find help, and how to stop.',
    description: 'The link leads to the safety text shown on the first visit',
  },
});

function subscribeToBrowserLanguages(onChange: () => void) {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
}

/** The language Automatic stands for now: the browser's, as far as Foothold speaks it. */
function useAutomaticLocale() {
  const key = useSyncExternalStore(subscribeToBrowserLanguages, () => navigator.languages.join());
  return matchLocale(key.split(','));
}

function LanguageSetting() {
  const intl = useIntl();
  const id = useId();
  const choice = useSettings((s) => s.language);
  const setLanguage = useSettings((s) => s.setLanguage);
  const automatic = useAutomaticLocale();
  return (
    <div className="setting">
      <label htmlFor={id}>{intl.formatMessage(m.language)}</label>
      <select
        id={id}
        value={choice}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const value = e.target.value;
          setLanguage(isLocale(value) ? value : 'auto');
        }}
      >
        <option value="auto">{intl.formatMessage(m.languageAuto)}</option>
        {/* Each language in its own words, so a person finds theirs whatever the page speaks. */}
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
      <p className="hint" id={`${id}-hint`}>
        {intl.formatMessage(m.languageAutoIs, {
          language: <span lang={automatic}>{LOCALE_NAMES[automatic]}</span>,
        })}
      </p>
    </div>
  );
}

const percent = (intl: IntlShape, share: number) =>
  intl.formatMessage(m.percent, { value: Math.round(share * 100) });

function RangeSetting({
  name,
  label,
  step,
  format,
}: {
  name: keyof Settings;
  label: string;
  step: number;
  format: (value: number) => string;
}) {
  const intl = useIntl();
  const id = useId();
  const value = useSettings((s) => s[name]);
  const set = useSettings((s) => s.set);
  const [problem, setProblem] = useState<Phrase | null>(null);
  const { min, max } = settingLimits[name];
  return (
    <div className="setting">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={format(value)}
        onChange={(e) => setProblem(set(name, Number(e.target.value)))}
      />
      <output htmlFor={id}>{format(value)}</output>
      {problem && (
        <p role="alert" className="error">
          {say(intl, problem)}
        </p>
      )}
    </div>
  );
}

function PromptSetting() {
  const intl = useIntl();
  const id = useId();
  const value = useSettings((s) => s.promptMinutes);
  const set = useSettings((s) => s.set);
  return (
    <div className="setting">
      <label htmlFor={id}>{intl.formatMessage(m.prompt)}</label>
      <select id={id} value={value} onChange={(e) => set('promptMinutes', Number(e.target.value))}>
        {[1, 2, 3, 4, 5].map((minutes) => (
          <option key={minutes} value={minutes}>
            {intl.formatMessage(m.promptMinutes, { count: minutes })}
          </option>
        ))}
      </select>
    </div>
  );
}

function PacerSettings() {
  const intl = useIntl();
  const choose = usePacerSettings((s) => s.choose);
  const tone = usePacerSettings((s) => s.tone);
  const toneVolume = usePacerSettings((s) => s.toneVolume);
  const haptics = usePacerSettings((s) => s.haptics);
  const { setTone, setToneVolume, setHaptics } = usePacerSettings.getState();
  const volumeId = useId();
  const [problem, setProblem] = useState<Phrase | string | null>(null);
  const volume = percent(intl, toneVolume);
  return (
    <section aria-labelledby="pacer-title">
      <h2 id="pacer-title">{intl.formatMessage(m.pacerTitle)}</h2>
      <p className="hint">{intl.formatMessage(m.pacerHint, { kbd: (key) => <kbd>{key}</kbd> })}</p>
      <PatternPicker onChoose={choose} />
      <div className="setting">
        <label>
          <input type="checkbox" checked={tone} onChange={(e) => setTone(e.target.checked)} />{' '}
          {intl.formatMessage(m.tone)}
        </label>
      </div>
      <div className="setting">
        <label htmlFor={volumeId}>{intl.formatMessage(m.toneVolume)}</label>
        <input
          id={volumeId}
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={toneVolume}
          disabled={!tone}
          aria-valuetext={volume}
          onChange={(e) => setProblem(setToneVolume(Number(e.target.value)))}
        />
        <output htmlFor={volumeId}>{volume}</output>
        {problem && (
          <p role="alert" className="error">
            {say(intl, problem)}
          </p>
        )}
      </div>
      <div className="setting">
        <label>
          <input type="checkbox" checked={haptics} onChange={(e) => setHaptics(e.target.checked)} />{' '}
          {intl.formatMessage(m.haptics)}
        </label>
      </div>
    </section>
  );
}

/** Kilobytes with one decimal below 10 KB, whole above, in the page's language. */
function kilobytes(intl: IntlShape, bytes: number) {
  const digits = bytes < 10_240 ? 1 : 0;
  return intl.formatNumber(bytes / 1024, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

function StorageStatus() {
  const intl = useIntl();
  // Live: the figure follows every committed write, from this tab, another tab or the log worker.
  const stored = useStored(storageReportAfterWrites);
  // Granted when asked here: asking writes nothing a live query would see.
  const [granted, setGranted] = useState(false);
  const [asking, setAsking] = useState(false);
  const report = stored?.ok
    ? { ...stored.value, persistent: granted || stored.value.persistent }
    : null;
  const ask = async () => {
    setAsking(true);
    if (await navigator.storage?.persist?.().catch(() => false)) setGranted(true);
    setAsking(false);
  };
  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">{intl.formatMessage(m.storageTitle)}</h2>
      {/* The report's place is kept while it is read, so the page below it does not move. */}
      <div className="storage-report" aria-busy={report === null}>
        {report === null ? (
          <>
            <p>{intl.formatMessage(m.checkingUsed)}</p>
            <p>{intl.formatMessage(m.checkingKept)}</p>
          </>
        ) : (
          <>
            <p data-testid="storage-used">
              {report.usedBytes === null
                ? intl.formatMessage(m.usedUnknown)
                : intl.formatMessage(m.used, { size: kilobytes(intl, report.usedBytes) })}
            </p>
            <p data-testid="storage-persistent">
              {intl.formatMessage(
                report.persistent === true
                  ? m.kept
                  : report.persistent === false
                    ? m.notKept
                    : m.keptUnknown,
              )}
            </p>
            {report.persistent === false && (
              <button type="button" onClick={() => void ask()} disabled={asking}>
                {intl.formatMessage(m.askToKeep)}
              </button>
            )}
          </>
        )}
      </div>
      <p className="hint">{intl.formatMessage(m.safari)}</p>
    </section>
  );
}

export default function SettingsPage() {
  const intl = useIntl();
  return (
    <section>
      <h1>{intl.formatMessage(m.title)}</h1>
      <p className="lead">{intl.formatMessage(m.lead)}</p>
      <LanguageSetting />
      <RangeSetting
        name="soundVolume"
        label={intl.formatMessage(m.soundVolume)}
        step={0.05}
        format={(v) => percent(intl, v)}
      />
      <RangeSetting
        name="lookSpeed"
        label={intl.formatMessage(m.lookSpeed)}
        step={0.1}
        format={(v) =>
          intl.formatMessage(m.lookSpeedValue, {
            speed: intl.formatNumber(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
          })
        }
      />
      <PromptSetting />
      <PacerSettings />
      <StorageStatus />
      <PairPanel />
      <section aria-labelledby="about-link-title">
        <h2 id="about-link-title">{intl.formatMessage(m.safetyTitle)}</h2>
        <p>
          {intl.formatMessage(m.safety, {
            a: (words) => <Link href={paths.about}>{words}</Link>,
          })}
        </p>
      </section>
    </section>
  );
}
