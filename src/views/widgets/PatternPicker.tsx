import { useId, useState } from 'react';
import {
  type BreathPattern,
  type BreathTimings,
  breathsPerMinute,
  CUSTOM_LIMITS,
  customProblem,
  formatRate,
  PATTERN_IDS,
  type PatternId,
  patternDescription,
  patternName,
} from '../../domain/pacer/patterns';
import { patternFor, usePacerSettings } from '../../state/pacerSettings';

const FIELDS: { key: keyof BreathTimings; label: string }[] = [
  { key: 'inhale', label: 'In' },
  { key: 'holdIn', label: 'Hold' },
  { key: 'exhale', label: 'Out' },
  { key: 'holdOut', label: 'Hold' },
];

type Draft = Record<keyof BreathTimings, string>;

const toDraft = (t: BreathTimings): Draft => ({
  inhale: String(t.inhale),
  holdIn: String(t.holdIn),
  exhale: String(t.exhale),
  holdOut: String(t.holdOut),
});

const fromDraft = (d: Draft): BreathTimings => {
  const n = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));
  return { inhale: n(d.inhale), holdIn: n(d.holdIn), exhale: n(d.exhale), holdOut: n(d.holdOut) };
};

/** Chooses the breathing pattern, and edits the person's own timings. */
export function PatternPicker({ onChoose }: { onChoose: (p: BreathPattern) => string | null }) {
  const id = useId();
  const pattern = usePacerSettings((s) => s.pattern);
  const custom = usePacerSettings((s) => s.custom);
  const [selected, setSelected] = useState<PatternId>(pattern.id);
  const [draft, setDraft] = useState<Draft>(() => toDraft(custom));
  const [problem, setProblem] = useState<string | null>(null);
  const timings = fromDraft(draft);
  const draftProblem = customProblem(timings);

  const select = (next: PatternId) => {
    setSelected(next);
    setProblem(next === 'custom' ? null : onChoose(patternFor(next, custom)));
  };

  return (
    <div className="pattern-picker">
      <label htmlFor={`${id}-pattern`}>Breathing pattern</label>
      <select
        id={`${id}-pattern`}
        value={selected}
        onChange={(e) => select(e.target.value as PatternId)}
      >
        {PATTERN_IDS.map((p) => (
          <option key={p} value={p}>
            {p === 'custom' ? 'My own timings' : patternName(patternFor(p, custom))}
          </option>
        ))}
      </select>
      {selected !== 'custom' ? (
        <p className="hint">{patternDescription(patternFor(selected, custom))}</p>
      ) : (
        <form
          className="custom-pattern"
          onSubmit={(e) => {
            e.preventDefault();
            setProblem(draftProblem ?? onChoose({ id: 'custom', ...timings }));
          }}
        >
          <fieldset>
            <legend>Seconds for each part of one breath</legend>
            {FIELDS.map(({ key, label }) => {
              const hold = key === 'holdIn' || key === 'holdOut';
              const limits = hold ? CUSTOM_LIMITS.hold : CUSTOM_LIMITS.breath;
              return (
                <label key={key}>
                  {label}
                  {hold ? (key === 'holdIn' ? ' after in' : ' after out') : ''}
                  <input
                    type="number"
                    inputMode="decimal"
                    min={limits.min}
                    max={limits.max}
                    step={CUSTOM_LIMITS.step}
                    value={draft[key]}
                    onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
                  />
                </label>
              );
            })}
          </fieldset>
          <p className="hint" aria-live="polite">
            {draftProblem === null
              ? `${formatRate(breathsPerMinute(timings))} breaths a minute`
              : draftProblem}
          </p>
          <button type="submit">Use these timings</button>
        </form>
      )}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </div>
  );
}
