import { useEffect, useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import {
  type ParamSpec,
  type ParamValue,
  type ParamValues,
  paramValueText,
} from '../../../scenes/types';
import { defineMessages, say } from '../../domain/phrase';

const m = defineMessages({
  legend: {
    id: 'session.adjustByHand',
    defaultMessage: 'Adjust by hand',
    description: 'The scene’s settings, changed one by one during a session',
  },
});

/** Every parameter of the scene by hand, within its range; changes are logged once they settle. */
export function ParamsPanel({
  specs,
  values,
  onChange,
}: {
  specs: readonly ParamSpec[];
  values: ParamValues;
  onChange: (values: ParamValues) => void;
}) {
  const intl = useIntl();
  const [draft, setDraft] = useState(values);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const id = useId();
  useEffect(() => setDraft(values), [values]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const set = (name: string, value: ParamValue) => {
    const next = { ...draft, [name]: value };
    setDraft(next);
    // A drag across a slider is one change of intensity, not fifty.
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => onChange(next), 300);
  };

  return (
    <fieldset className="params-panel">
      <legend>{intl.formatMessage(m.legend)}</legend>
      {specs.map((spec) => (
        <ParamControl
          key={spec.name}
          spec={spec}
          id={`${id}-${spec.name}`}
          value={draft[spec.name] ?? spec.default}
          set={set}
        />
      ))}
    </fieldset>
  );
}

/** One parameter's control: a slider with its value, a choice, yes/no, or the person's words. */
export function ParamControl({
  spec,
  id: inputId,
  value,
  set,
}: {
  spec: ParamSpec;
  id: string;
  value: ParamValue;
  set: (name: string, value: ParamValue) => void;
}) {
  const intl = useIntl();
  const label = intl.formatMessage(spec.label);
  switch (spec.kind) {
    case 'number':
      return (
        <div className="param">
          <label htmlFor={inputId}>{label}</label>
          <input
            id={inputId}
            type="range"
            min={spec.min}
            max={spec.max}
            step={spec.step}
            value={Number(value)}
            onChange={(e) => set(spec.name, Number(e.target.value))}
          />
          <output htmlFor={inputId}>{say(intl, paramValueText(spec, value))}</output>
        </div>
      );
    case 'choice':
      return (
        <div className="param">
          <label htmlFor={inputId}>{label}</label>
          <select
            id={inputId}
            value={String(value)}
            onChange={(e) => set(spec.name, e.target.value)}
          >
            {spec.choices.map((c) => (
              <option key={c.value} value={c.value}>
                {intl.formatMessage(c.label)}
              </option>
            ))}
          </select>
        </div>
      );
    case 'text':
      return (
        <div className="param">
          <label htmlFor={inputId}>{label}</label>
          <textarea
            id={inputId}
            maxLength={spec.maxLength}
            rows={3}
            value={String(value)}
            onChange={(e) => set(spec.name, e.target.value)}
          />
        </div>
      );
    case 'boolean':
      return (
        <div className="param">
          <label>
            <input
              type="checkbox"
              checked={Boolean(value)}
              onChange={(e) => set(spec.name, e.target.checked)}
            />{' '}
            {label}
          </label>
        </div>
      );
  }
}
