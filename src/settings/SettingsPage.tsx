import { useId, useState } from 'react';
import { type Settings, settingLimits, useSettings } from './settings';

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
    </section>
  );
}
