import { type FormEvent, useId, useState } from 'react';
import { Link } from 'wouter';
import type { TextParam } from '../../../scenes/types';
import type { BeforeAnswers } from '../../domain/session/events';
import { percentProblem } from '../../domain/session/suds';
import { paths } from '../routes';
import { OptionalNumber } from '../widgets/OptionalNumber';
import { emptySsq, SsqForm, ssqAnswers } from '../widgets/SsqForm';
import { SudsInput } from '../widgets/SudsInput';

/** Optional 0-100 % answer: empty is fine, anything else must be a whole percentage. */
export function PercentInput(props: {
  label: string;
  value: string;
  onChange: (text: string) => void;
}) {
  return <OptionalNumber {...props} problemOf={percentProblem} step={1} unit="%" />;
}

export const percentOrUndefined = (text: string) => (text.trim() === '' ? undefined : Number(text));

export function BeforeForm({
  title,
  ownWords = [],
  onStart,
  problem,
  offerVariation = false,
}: {
  title: string;
  /** A ladder step may be practised with its details varied slightly. */
  offerVariation?: boolean;
  /** The scene's text parameters (notes for a talk), written before starting. */
  ownWords?: readonly TextParam[];
  onStart: (before: BeforeAnswers, words: Record<string, string>, vary: boolean) => void;
  problem: string | null;
}) {
  const [words, setWords] = useState<Record<string, string>>({});
  const [sudsNow, setSudsNow] = useState<number | null>(null);
  const [sudsExpected, setSudsExpected] = useState<number | null>(null);
  const [fearedOutcome, setFearedOutcome] = useState('');
  const [likelihood, setLikelihood] = useState('');
  const [ssq, setSsq] = useState(emptySsq);
  const [vary, setVary] = useState(false);
  const outcomeId = useId();
  const likelihoodValid = likelihood.trim() === '' || percentProblem(Number(likelihood)) === null;
  const ssqGiven = ssqAnswers(ssq);
  const ready = sudsNow !== null && sudsExpected !== null && likelihoodValid && ssqGiven !== null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready || sudsNow === null || sudsExpected === null) return;
    const outcome = fearedOutcome.trim();
    onStart(
      {
        sudsNow,
        sudsExpected,
        ...(outcome ? { fearedOutcome: outcome } : {}),
        ...(outcome && likelihood.trim() !== '' ? { likelihood: Number(likelihood) } : {}),
        ...(ssqGiven ? { ssq: ssqGiven } : {}),
      },
      words,
      offerVariation && vary,
    );
  };

  return (
    <form className="protocol-form" onSubmit={submit} aria-labelledby={`${outcomeId}-title`}>
      <h1 id={`${outcomeId}-title`}>Before you start: {title}</h1>
      <p className="lead">
        Distress is rated from 0 (calm) to 100 (the worst you can imagine). There are no right
        answers.
      </p>
      <SudsInput label="How distressed are you right now?" value={sudsNow} onChange={setSudsNow} />
      <SudsInput
        label="How distressed do you expect to be at the worst moment?"
        value={sudsExpected}
        onChange={setSudsExpected}
        showAnchors={false}
      />
      <div className="field">
        <label htmlFor={outcomeId}>
          What are you afraid will happen? (optional, in your own words)
        </label>
        <input
          id={outcomeId}
          type="text"
          maxLength={300}
          value={fearedOutcome}
          onChange={(e) => setFearedOutcome(e.target.value)}
        />
      </div>
      {fearedOutcome.trim() !== '' && (
        <PercentInput
          label="How likely does that feel right now?"
          value={likelihood}
          onChange={setLikelihood}
        />
      )}
      {ownWords.map((spec) => (
        <div className="field" key={spec.name}>
          <label htmlFor={`${outcomeId}-${spec.name}`}>{spec.label}</label>
          <textarea
            id={`${outcomeId}-${spec.name}`}
            rows={4}
            maxLength={spec.maxLength}
            value={words[spec.name] ?? ''}
            onChange={(e) => setWords({ ...words, [spec.name]: e.target.value })}
          />
        </div>
      ))}
      <SsqForm when="before" value={ssq} onChange={setSsq} />
      {offerVariation && (
        <div className="field">
          <label>
            <input type="checkbox" checked={vary} onChange={(e) => setVary(e.target.checked)} />{' '}
            Vary the details slightly
          </label>
          <p className="hint">
            The same step with small changes: another city below or other people in the room.
            Practice that varies helps what you learn hold in new places. The changes are kept with
            the session.
          </p>
        </div>
      )}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={!ready}>
          Start the session
        </button>
        <Link href={paths.home} className="button">
          Cancel <kbd>Esc</kbd>
        </Link>
      </div>
      {!ready && (
        <p className="hint">
          {ssqGiven === null
            ? 'Rate all 16 symptoms of the cybersickness check, or clear it, to start.'
            : 'Rate both questions above to start.'}
        </p>
      )}
    </form>
  );
}
