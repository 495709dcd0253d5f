import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { defineMessages } from '../../domain/phrase';
import { useFirstRun } from '../../state/firstRun';
import { SafetyInfo } from './SafetyInfo';

const m = defineMessages({
  title: { id: 'firstRun.title', defaultMessage: 'Before you begin' },
  confirm: { id: 'firstRun.confirm', defaultMessage: 'I understand, continue' },
  again: {
    id: 'firstRun.again',
    defaultMessage: 'You can read this again at any time from Settings.',
  },
  aboutTitle: { id: 'firstRun.aboutTitle', defaultMessage: 'About Foothold and your safety' },
});

/** Shown once, before anything else: the person reads it and confirms. */
export function FirstRun() {
  const intl = useIntl();
  const confirm = useFirstRun((s) => s.confirm);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <h1 id="first-run-title" ref={heading} tabIndex={-1}>
        {intl.formatMessage(m.title)}
      </h1>
      <SafetyInfo />
      <div className="row">
        <button type="button" className="primary" onClick={confirm}>
          {intl.formatMessage(m.confirm)}
        </button>
      </div>
      <p className="hint">{intl.formatMessage(m.again)}</p>
    </section>
  );
}

/** The same text, reachable from Settings. */
export function AboutPage() {
  const intl = useIntl();
  return (
    <section aria-labelledby="about-title">
      <h1 id="about-title">{intl.formatMessage(m.aboutTitle)}</h1>
      <SafetyInfo />
    </section>
  );
}
