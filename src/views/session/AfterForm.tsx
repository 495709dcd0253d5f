import { type FormEvent, useId, useState } from 'react';
import type { AfterAnswers, BeforeAnswers } from '../../domain/session/events';
import { percentProblem } from '../../domain/session/suds';
import { emptySsq, SsqForm, ssqAnswers } from '../widgets/SsqForm';
import { SudsInput } from '../widgets/SudsInput';
import { PercentInput, percentOrUndefined } from './BeforeForm';

export function AfterForm({
  before,
  early,
  onSave,
  problem,
}: {
  before: BeforeAnswers;
  early: boolean;
  onSave: (after: AfterAnswers) => void;
  problem: string | null;
}) {
  const [sudsEnd, setSudsEnd] = useState<number | null>(null);
  const [happened, setHappened] = useState<'yes' | 'no' | ''>('');
  const [likelihoodNow, setLikelihoodNow] = useState('');
  const [learned, setLearned] = useState('');
  const [ssq, setSsq] = useState(emptySsq);
  const id = useId();
  const likelihoodValid =
    likelihoodNow.trim() === '' || percentProblem(Number(likelihoodNow)) === null;
  const ssqGiven = ssqAnswers(ssq);
  const ready = sudsEnd !== null && likelihoodValid && ssqGiven !== null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready || sudsEnd === null) return;
    const likely = percentOrUndefined(likelihoodNow);
    onSave({
      sudsEnd,
      ...(happened ? { outcomeHappened: happened === 'yes' } : {}),
      ...(likely !== undefined ? { likelihoodNow: likely } : {}),
      ...(learned.trim() ? { learned: learned.trim() } : {}),
      ...(ssqGiven ? { ssq: ssqGiven } : {}),
    });
  };

  return (
    <form className="protocol-form panel" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>
        {early ? 'You stopped. You are safe here.' : 'Well done. The exposure is over.'}
      </h1>
      <p className="lead">A few questions, then your summary. Take your time.</p>
      <SudsInput
        label="How distressed are you now, at the end?"
        value={sudsEnd}
        onChange={setSudsEnd}
      />
      {before.fearedOutcome && (
        <fieldset className="field">
          <legend>You feared: “{before.fearedOutcome}”. Did it happen?</legend>
          <label>
            <input
              type="radio"
              name={`${id}-happened`}
              checked={happened === 'yes'}
              onChange={() => setHappened('yes')}
            />{' '}
            Yes
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-happened`}
              checked={happened === 'no'}
              onChange={() => setHappened('no')}
            />{' '}
            No
          </label>
        </fieldset>
      )}
      {before.likelihood !== undefined && (
        <PercentInput
          label={`How likely does it feel now? (before: ${before.likelihood} %)`}
          value={likelihoodNow}
          onChange={setLikelihoodNow}
        />
      )}
      <div className="field">
        <label htmlFor={`${id}-learned`}>What did you learn? (one line, optional)</label>
        <input
          id={`${id}-learned`}
          type="text"
          maxLength={300}
          value={learned}
          onChange={(e) => setLearned(e.target.value)}
        />
      </div>
      <SsqForm when="after" value={ssq} onChange={setSsq} />
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <button type="submit" className="primary" disabled={!ready}>
        Save and see the summary
      </button>
      {!ready && (
        <p className="hint">
          {ssqGiven === null
            ? 'Rate all 16 symptoms of the cybersickness check, or clear it, to save.'
            : 'Rate your distress now to save.'}
        </p>
      )}
    </form>
  );
}
