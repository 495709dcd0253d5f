import { useId, useState } from 'react';
import { Link } from 'wouter';
import { storageReportAfterWrites } from '../../data/persistence';
import { usePacerSettings } from '../../state/pacerSettings';
import { type Settings, settingLimits, useSettings } from '../../state/settings';
import { paths } from '../routes';
import { PatternPicker } from '../widgets/PatternPicker';
import { useStored } from '../widgets/useStored';

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
  const id = useId();
  const value = useSettings((s) => s[name]);
  const set = useSettings((s) => s.set);
  const [problem, setProblem] = useState<string | null>(null);
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
          {problem}
        </p>
      )}
    </div>
  );
}

function PromptSetting() {
  const id = useId();
  const value = useSettings((s) => s.promptMinutes);
  const set = useSettings((s) => s.set);
  return (
    <div className="setting">
      <label htmlFor={id}>Ask for a distress rating every</label>
      <select id={id} value={value} onChange={(e) => set('promptMinutes', Number(e.target.value))}>
        {[1, 2, 3, 4, 5].map((m) => (
          <option key={m} value={m}>
            {m} {m === 1 ? 'minute' : 'minutes'}
          </option>
        ))}
      </select>
    </div>
  );
}

function PacerSettings() {
  const choose = usePacerSettings((s) => s.choose);
  const tone = usePacerSettings((s) => s.tone);
  const toneVolume = usePacerSettings((s) => s.toneVolume);
  const haptics = usePacerSettings((s) => s.haptics);
  const { setTone, setToneVolume, setHaptics } = usePacerSettings.getState();
  const volumeId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <section aria-labelledby="pacer-title">
      <h2 id="pacer-title">Breathing pacer</h2>
      <p className="hint">
        Show it during a session with <kbd>B</kbd>, the Breathing pacer button, or the X button of
        the left controller in a headset. It starts with the pattern chosen here.
      </p>
      <PatternPicker onChoose={choose} />
      <div className="setting">
        <label>
          <input type="checkbox" checked={tone} onChange={(e) => setTone(e.target.checked)} /> A
          soft tone that rises as you breathe in and falls as you breathe out
        </label>
      </div>
      <div className="setting">
        <label htmlFor={volumeId}>Tone volume</label>
        <input
          id={volumeId}
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={toneVolume}
          disabled={!tone}
          aria-valuetext={`${Math.round(toneVolume * 100)} %`}
          onChange={(e) => setProblem(setToneVolume(Number(e.target.value)))}
        />
        <output htmlFor={volumeId}>{Math.round(toneVolume * 100)} %</output>
        {problem && (
          <p role="alert" className="error">
            {problem}
          </p>
        )}
      </div>
      <div className="setting">
        <label>
          <input type="checkbox" checked={haptics} onChange={(e) => setHaptics(e.target.checked)} />{' '}
          A gentle controller pulse at the start of each in-breath (headset)
        </label>
      </div>
    </section>
  );
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;

function StorageStatus() {
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
      <h2 id="storage-title">Your data on this device</h2>
      {/* The report's place is kept while it is read, so the page below it does not move. */}
      <div className="storage-report" aria-busy={report === null}>
        {report === null ? (
          <>
            <p>Checking how much space Foothold uses…</p>
            <p>Checking whether the browser may clear it…</p>
          </>
        ) : (
          <>
            <p data-testid="storage-used">
              {report.usedBytes === null
                ? 'This browser does not say how much space Foothold uses.'
                : `Foothold uses ${kilobytes(report.usedBytes)} of this browser's storage.`}
            </p>
            <p data-testid="storage-persistent">
              {report.persistent === true
                ? 'Kept until you delete it: the browser will not clear it to make room.'
                : report.persistent === false
                  ? 'Not yet protected: the browser may clear it when the device runs short of space.'
                  : 'This browser does not say whether it may clear it.'}
            </p>
            {report.persistent === false && (
              <button type="button" onClick={() => void ask()} disabled={asking}>
                Ask the browser to keep it
              </button>
            )}
          </>
        )}
      </div>
      <p className="hint">
        Safari deletes a site's data after 7 days without a visit, unless Foothold is added to the
        home screen.
      </p>
    </section>
  );
}

export default function SettingsPage() {
  return (
    <section>
      <h1>Settings</h1>
      <p className="lead">These stay in this browser and apply to every session.</p>
      <RangeSetting
        name="soundVolume"
        label="Scene sound volume"
        step={0.05}
        format={(v) => `${Math.round(v * 100)} %`}
      />
      <RangeSetting
        name="lookSpeed"
        label="Look-around speed when dragging (desktop)"
        step={0.1}
        format={(v) => `${v.toFixed(1)}×`}
      />
      <PromptSetting />
      <PacerSettings />
      <StorageStatus />
      <section aria-labelledby="about-link-title">
        <h2 id="about-link-title">Safety</h2>
        <p>
          <Link href={paths.about}>About Foothold and your safety</Link>: what it is and is not,
          when to ask a clinician first, where to find help, and how to stop.
        </p>
      </section>
    </section>
  );
}
