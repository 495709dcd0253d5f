import { useId, useState } from 'react';
import {
  SUDS_MAX,
  SUDS_MIN,
  SUDS_STEP,
  sudsAnchors,
  sudsProblem,
  sudsWords,
} from '../../domain/session/suds';

export function SudsAnchors() {
  return (
    <ul className="suds-anchors" aria-label="What the numbers mean">
      {sudsAnchors.map((a) => (
        <li key={a.from}>
          <b>
            {a.from}–{a.to}
          </b>{' '}
          {a.words}
        </li>
      ))}
    </ul>
  );
}

/**
 * The one SUDS control: a slider in steps of 5 and a number box, with the anchor words. Until the
 * person chooses, the value is null ("not rated yet"), so no default number is put in their mouth.
 */
export function SudsInput({
  label,
  value,
  onChange,
  showAnchors = true,
}: {
  label: string;
  value: number | null;
  onChange: (suds: number) => void;
  showAnchors?: boolean;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const problem = draft === null || draft === '' ? null : sudsProblem(Number(draft));
  const text = value === null ? 'not rated yet' : `${value}, ${sudsWords(value)}`;
  return (
    <fieldset className="suds-input">
      <legend className="suds-label">{label}</legend>
      <div className="row">
        <input
          type="range"
          min={SUDS_MIN}
          max={SUDS_MAX}
          step={SUDS_STEP}
          value={value ?? 0}
          aria-label={`${label} (slider)`}
          aria-valuetext={text}
          data-unset={value === null || undefined}
          onChange={(e) => {
            setDraft(null);
            onChange(Number(e.target.value));
          }}
        />
        <input
          type="number"
          className="suds-number"
          inputMode="numeric"
          min={SUDS_MIN}
          max={SUDS_MAX}
          step={SUDS_STEP}
          value={draft ?? (value === null ? '' : String(value))}
          placeholder="0–100"
          aria-label={`${label} (number)`}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => {
            const next = e.target.value;
            setDraft(next);
            if (next !== '' && sudsProblem(Number(next)) === null) onChange(Number(next));
          }}
          onBlur={() => {
            if (problem === null) setDraft(null);
          }}
        />
        <output aria-live="polite">
          {value === null ? 'Not rated yet' : `${value} · ${sudsWords(value)}`}
        </output>
      </div>
      {problem && (
        <p id={`${id}-problem`} role="alert" className="error">
          {problem}
        </p>
      )}
      {showAnchors && <SudsAnchors />}
    </fieldset>
  );
}
