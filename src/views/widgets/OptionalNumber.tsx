import { type ReactNode, useId } from 'react';
import { useIntl } from 'react-intl';
import { type Phrase, say } from '../../domain/phrase';

/**
 * An optional whole-number answer (a percentage, an expected SUDS): empty is fine; anything else
 * is checked as typed and its problem shown beside it. `onCommit` (leaving the field, or Enter)
 * is for answers saved on their own rather than with a form.
 */
export function OptionalNumber({
  label,
  value,
  onChange,
  problemOf,
  step,
  unit,
  placeholder,
  className = 'field',
  onCommit,
  saveProblem = null,
}: {
  label: ReactNode;
  value: string;
  onChange: (text: string) => void;
  problemOf: (value: number) => Phrase | string | null;
  step: number;
  unit?: string;
  placeholder?: string;
  className?: string;
  onCommit?: () => void;
  /** Why saving the answer failed, shown where a problem with the value would be. */
  saveProblem?: Phrase | string | null;
}) {
  const intl = useIntl();
  const id = useId();
  const problem = (value.trim() === '' ? null : problemOf(Number(value))) ?? saveProblem;
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={step}
          placeholder={placeholder}
          value={value}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onCommit}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && onCommit) onCommit();
          }}
        />
        {unit && <span>{unit}</span>}
      </div>
      {problem && (
        <p id={`${id}-problem`} role="alert" className="error">
          {say(intl, problem)}
        </p>
      )}
    </div>
  );
}

/** Empty is no answer; anything else is the number typed. */
export const numberOrNull = (text: string): number | null =>
  text.trim() === '' ? null : Number(text);
