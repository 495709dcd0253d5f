import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import {
  type BreathPattern,
  type BreathTimings,
  breathsPerMinute,
  CUSTOM_LIMITS,
  customProblem,
  PART_NAMES,
  PATTERN_IDS,
  type PatternId,
  patternDescription,
  patternName,
  roundRate,
} from '../../domain/pacer/patterns';
import { defineMessages, type Phrase, say } from '../../domain/phrase';
import { patternFor, usePacerSettings } from '../../state/pacerSettings';

const m = defineMessages({
  pattern: { id: 'pacer.picker.pattern', defaultMessage: 'Breathing pattern' },
  custom: {
    id: 'pacer.picker.custom',
    defaultMessage: 'My own timings',
    description: 'The choice of a breathing pattern the person sets the seconds of',
  },
  parts: { id: 'pacer.picker.parts', defaultMessage: 'Seconds for each part of one breath' },
  rate: {
    id: 'pacer.picker.rate',
    defaultMessage: '{rate, plural, one {# breath} other {# breaths}} a minute',
  },
  use: { id: 'pacer.picker.use', defaultMessage: 'Use these timings' },
});

const FIELDS: readonly (keyof BreathTimings)[] = ['inhale', 'holdIn', 'exhale', 'holdOut'];

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
export function PatternPicker({
  onChoose,
}: {
  /** Returns why the pattern cannot be used, or null. */
  onChoose: (p: BreathPattern) => Phrase | string | null;
}) {
  const intl = useIntl();
  const id = useId();
  const pattern = usePacerSettings((s) => s.pattern);
  const custom = usePacerSettings((s) => s.custom);
  const [selected, setSelected] = useState<PatternId>(pattern.id);
  const [draft, setDraft] = useState<Draft>(() => toDraft(custom));
  const [problem, setProblem] = useState<Phrase | string | null>(null);
  const timings = fromDraft(draft);
  const draftProblem = customProblem(timings);

  const select = (next: PatternId) => {
    setSelected(next);
    setProblem(next === 'custom' ? null : onChoose(patternFor(next, custom)));
  };

  return (
    <div className="pattern-picker">
      <label htmlFor={`${id}-pattern`}>{intl.formatMessage(m.pattern)}</label>
      <select
        id={`${id}-pattern`}
        value={selected}
        onChange={(e) => select(e.target.value as PatternId)}
      >
        {PATTERN_IDS.map((p) => (
          <option key={p} value={p}>
            {p === 'custom'
              ? intl.formatMessage(m.custom)
              : say(intl, patternName(patternFor(p, custom)))}
          </option>
        ))}
      </select>
      {selected !== 'custom' ? (
        <p className="hint">{patternDescription(intl, patternFor(selected, custom))}</p>
      ) : (
        <form
          className="custom-pattern"
          onSubmit={(e) => {
            e.preventDefault();
            setProblem(draftProblem ?? onChoose({ id: 'custom', ...timings }));
          }}
        >
          <fieldset>
            <legend>{intl.formatMessage(m.parts)}</legend>
            {FIELDS.map((key) => {
              const hold = key === 'holdIn' || key === 'holdOut';
              const limits = hold ? CUSTOM_LIMITS.hold : CUSTOM_LIMITS.breath;
              return (
                <label key={key}>
                  {intl.formatMessage(PART_NAMES[key])}
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
              ? intl.formatMessage(m.rate, { rate: roundRate(breathsPerMinute(timings)) })
              : say(intl, draftProblem)}
          </p>
          <button type="submit">{intl.formatMessage(m.use)}</button>
        </form>
      )}
      {problem && (
        <p role="alert" className="error">
          {say(intl, problem)}
        </p>
      )}
    </div>
  );
}
