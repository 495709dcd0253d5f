import { useEffect, useRef } from 'react';
import { useFirstRun } from '../../state/firstRun';
import { SafetyInfo } from './SafetyInfo';

/** Shown once, before anything else: the person reads it and confirms. */
export function FirstRun() {
  const confirm = useFirstRun((s) => s.confirm);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <h1 id="first-run-title" ref={heading} tabIndex={-1}>
        Before you begin
      </h1>
      <SafetyInfo />
      <div className="row">
        <button type="button" className="primary" onClick={confirm}>
          I understand, continue
        </button>
      </div>
      <p className="hint">You can read this again at any time from Settings.</p>
    </section>
  );
}

/** The same text, reachable from Settings. */
export function AboutPage() {
  return (
    <section aria-labelledby="about-title">
      <h1 id="about-title">About Foothold and your safety</h1>
      <SafetyInfo />
    </section>
  );
}
