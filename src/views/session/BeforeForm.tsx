import { type FormEvent, useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'wouter';
import type { OwnParam, ParamValue } from '../../../scenes/types';
import { defineMessages, type Phrase, say } from '../../domain/phrase';
import type { BeforeAnswers } from '../../domain/session/events';
import { percentProblem } from '../../domain/session/suds';
import { paths } from '../routes';
import { OptionalNumber } from '../widgets/OptionalNumber';
import { emptySsq, SsqForm, ssqAnswers } from '../widgets/SsqForm';
import { SudsInput } from '../widgets/SudsInput';

const m = defineMessages({
  heading: {
    id: 'session.beforeHeading',
    defaultMessage: 'Before you start: {title}',
    description: '{title} is the scene and level, or the ladder step, about to be practised',
  },
  lead: {
    id: 'session.beforeLead',
    defaultMessage:
      'Distress is rated from 0 (calm) to 100 (the worst you can imagine). There are no right answers.',
  },
  sudsNow: { id: 'session.sudsNow', defaultMessage: 'How distressed are you right now?' },
  sudsExpected: {
    id: 'session.sudsExpected',
    defaultMessage: 'How distressed do you expect to be at the worst moment?',
  },
  fearedOutcome: {
    id: 'session.fearedOutcome',
    defaultMessage: 'What are you afraid will happen? (optional, in your own words)',
  },
  likelihood: {
    id: 'session.likelihood',
    defaultMessage: 'How likely does that feel right now?',
    description: 'How likely the feared outcome feels, as a percentage',
  },
  vary: { id: 'session.vary', defaultMessage: 'Vary the details slightly' },
  varyHint: {
    id: 'session.varyHint',
    defaultMessage:
      'The same step with small changes: another city below or other people in the room. Practice that varies helps what you learn hold in new places. The changes are kept with the session.',
  },
  start: { id: 'session.start', defaultMessage: 'Start the session' },
  cancel: {
    id: 'session.cancel',
    defaultMessage: 'Cancel <kbd>Esc</kbd>',
    description: '<kbd> is the key that does the same',
  },
  ssqToStart: {
    id: 'session.ssqToStart',
    defaultMessage: 'Rate all 16 symptoms of the cybersickness check, or clear it, to start.',
  },
  ratingsToStart: {
    id: 'session.ratingsToStart',
    defaultMessage: 'Rate both questions above to start.',
  },
});

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
  own = [],
  onStart,
  problem,
  offerVariation = false,
}: {
  title: string;
  /** A ladder step may be practised with its details varied slightly. */
  offerVariation?: boolean;
  /** The scene's own parameters (notes for a talk, the microphone), set before starting. */
  own?: readonly OwnParam[];
  onStart: (before: BeforeAnswers, words: Record<string, ParamValue>, vary: boolean) => void;
  problem: Phrase | string | null;
}) {
  const intl = useIntl();
  const [words, setWords] = useState<Record<string, ParamValue>>({});
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
      <h1 id={`${outcomeId}-title`}>{intl.formatMessage(m.heading, { title })}</h1>
      <p className="lead">{intl.formatMessage(m.lead)}</p>
      <SudsInput label={intl.formatMessage(m.sudsNow)} value={sudsNow} onChange={setSudsNow} />
      <SudsInput
        label={intl.formatMessage(m.sudsExpected)}
        value={sudsExpected}
        onChange={setSudsExpected}
        showAnchors={false}
      />
      <div className="field">
        <label htmlFor={outcomeId}>{intl.formatMessage(m.fearedOutcome)}</label>
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
          label={intl.formatMessage(m.likelihood)}
          value={likelihood}
          onChange={setLikelihood}
        />
      )}
      {own.map((spec) =>
        spec.kind === 'text' ? (
          <div className="field" key={spec.name}>
            <label htmlFor={`${outcomeId}-${spec.name}`}>{intl.formatMessage(spec.label)}</label>
            <textarea
              id={`${outcomeId}-${spec.name}`}
              rows={4}
              maxLength={spec.maxLength}
              value={String(words[spec.name] ?? '')}
              onChange={(e) => setWords({ ...words, [spec.name]: e.target.value })}
            />
          </div>
        ) : (
          <div className="field" key={spec.name}>
            <label>
              <input
                type="checkbox"
                checked={words[spec.name] === true}
                onChange={(e) => setWords({ ...words, [spec.name]: e.target.checked })}
              />{' '}
              {intl.formatMessage(spec.label)}
            </label>
          </div>
        ),
      )}
      <SsqForm when="before" value={ssq} onChange={setSsq} />
      {offerVariation && (
        <div className="field">
          <label>
            <input type="checkbox" checked={vary} onChange={(e) => setVary(e.target.checked)} />{' '}
            {intl.formatMessage(m.vary)}
          </label>
          <p className="hint">{intl.formatMessage(m.varyHint)}</p>
        </div>
      )}
      {problem && (
        <p role="alert" className="error">
          {say(intl, problem)}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={!ready}>
          {intl.formatMessage(m.start)}
        </button>
        <Link href={paths.home} className="button">
          {intl.formatMessage(m.cancel, { kbd: (key) => <kbd>{key}</kbd> })}
        </Link>
      </div>
      {!ready && (
        <p className="hint">
          {intl.formatMessage(ssqGiven === null ? m.ssqToStart : m.ratingsToStart)}
        </p>
      )}
    </form>
  );
}
