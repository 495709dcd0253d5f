import { type FormEvent, useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { defineMessages, type Phrase, say } from '../../domain/phrase';
import type { AfterAnswers, BeforeAnswers } from '../../domain/session/events';
import { percentProblem } from '../../domain/session/suds';
import { emptySsq, SsqForm, ssqAnswers } from '../widgets/SsqForm';
import { SudsInput } from '../widgets/SudsInput';
import { PercentInput, percentOrUndefined } from './BeforeForm';

const m = defineMessages({
  headingEarly: {
    id: 'session.afterHeadingEarly',
    defaultMessage: 'You stopped. You are safe here.',
    description: 'After the person stopped the exposure early',
  },
  heading: {
    id: 'session.afterHeading',
    defaultMessage: 'Well done. The exposure is over.',
    description: 'After the person finished the exposure as planned',
  },
  lead: {
    id: 'session.afterLead',
    defaultMessage: 'A few questions, then your summary. Take your time.',
  },
  sudsEnd: { id: 'session.sudsEnd', defaultMessage: 'How distressed are you now, at the end?' },
  happened: {
    id: 'session.happened',
    defaultMessage: 'You feared: “{fear}”. Did it happen?',
    description: '{fear} is what the person wrote before the session, in their own words',
  },
  yes: { id: 'session.yes', defaultMessage: 'Yes' },
  no: { id: 'session.no', defaultMessage: 'No' },
  likelihoodNow: {
    id: 'session.likelihoodNow',
    defaultMessage: 'How likely does it feel now? (before: {before, number} %)',
    description: 'How likely the feared outcome feels now, as a percentage, and what it was before',
  },
  learned: { id: 'session.learned', defaultMessage: 'What did you learn? (one line, optional)' },
  save: { id: 'session.saveAfter', defaultMessage: 'Save and see the summary' },
  ssqToSave: {
    id: 'session.ssqToSave',
    defaultMessage: 'Rate all 16 symptoms of the cybersickness check, or clear it, to save.',
  },
  ratingToSave: { id: 'session.ratingToSave', defaultMessage: 'Rate your distress now to save.' },
});

export function AfterForm({
  before,
  early,
  onSave,
  problem,
}: {
  before: BeforeAnswers;
  early: boolean;
  onSave: (after: AfterAnswers) => void;
  problem: Phrase | string | null;
}) {
  const intl = useIntl();
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
      <h1 id={`${id}-title`}>{intl.formatMessage(early ? m.headingEarly : m.heading)}</h1>
      <p className="lead">{intl.formatMessage(m.lead)}</p>
      <SudsInput label={intl.formatMessage(m.sudsEnd)} value={sudsEnd} onChange={setSudsEnd} />
      {before.fearedOutcome && (
        <fieldset className="field">
          <legend>{intl.formatMessage(m.happened, { fear: before.fearedOutcome })}</legend>
          <label>
            <input
              type="radio"
              name={`${id}-happened`}
              checked={happened === 'yes'}
              onChange={() => setHappened('yes')}
            />{' '}
            {intl.formatMessage(m.yes)}
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-happened`}
              checked={happened === 'no'}
              onChange={() => setHappened('no')}
            />{' '}
            {intl.formatMessage(m.no)}
          </label>
        </fieldset>
      )}
      {before.likelihood !== undefined && (
        <PercentInput
          label={intl.formatMessage(m.likelihoodNow, { before: before.likelihood })}
          value={likelihoodNow}
          onChange={setLikelihoodNow}
        />
      )}
      <div className="field">
        <label htmlFor={`${id}-learned`}>{intl.formatMessage(m.learned)}</label>
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
          {say(intl, problem)}
        </p>
      )}
      <button type="submit" className="primary" disabled={!ready}>
        {intl.formatMessage(m.save)}
      </button>
      {!ready && (
        <p className="hint">
          {intl.formatMessage(ssqGiven === null ? m.ssqToSave : m.ratingToSave)}
        </p>
      )}
    </form>
  );
}
