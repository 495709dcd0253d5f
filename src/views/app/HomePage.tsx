import { useId, useState } from 'react';
import { Link } from 'wouter';
import { findScene, scenes } from '../../../scenes/registry';
import type { SceneDefinition } from '../../../scenes/types';
import { readInterruptedNotices } from '../../data/sessions';
import { useRecovery } from '../../state/recovery';
import { NextSteps } from '../ladder/NextSteps';
import { sessionPath, sessionRecordPath } from '../routes';
import { useStored } from '../widgets/useStored';

function SceneCard({ scene }: { scene: SceneDefinition }) {
  const [level, setLevel] = useState(1);
  const selectId = useId();
  return (
    <article className="scene-card" aria-labelledby={`${selectId}-title`}>
      <h3 id={`${selectId}-title`}>{scene.title}</h3>
      <p>{scene.description}</p>
      <div className="row">
        <label htmlFor={selectId}>Level</label>
        <select id={selectId} value={level} onChange={(e) => setLevel(Number(e.target.value))}>
          {scene.levels.map((l, i) => (
            <option key={l.name} value={i + 1}>
              {i + 1}. {l.name}
            </option>
          ))}
        </select>
        <Link
          href={sessionPath(scene.id, level)}
          className="button primary"
          aria-label={`Start ${scene.title} at level ${level}`}
        >
          Start
        </Link>
      </div>
    </article>
  );
}

function InterruptedNotice() {
  // Live: recovery's marks, a dismissal, and a session left in another tab show once committed.
  const stored = useStored(readInterruptedNotices);
  const recoveryProblem = useRecovery((s) => s.problem);
  const dismiss = useRecovery((s) => s.dismiss);
  const problem = recoveryProblem ?? (stored && !stored.ok ? stored.problem : null);
  const interrupted = stored?.ok ? stored.value : [];
  if (problem) {
    return (
      <p role="alert" className="error">
        Your saved sessions could not be read: {problem}
      </p>
    );
  }
  if (interrupted.length === 0) return null;
  return (
    <section className="notice" aria-labelledby="interrupted-title">
      <h2 id="interrupted-title">
        {interrupted.length === 1
          ? 'A session was interrupted'
          : `${interrupted.length} sessions were interrupted`}
      </h2>
      <p>Every rating given before it stopped was kept.</p>
      <ul>
        {interrupted.map((s) => (
          <li key={s.id}>
            {findScene(s.sceneId)?.title ?? s.sceneId}, {new Date(s.startedAt).toLocaleString()}{' '}
            <Link href={sessionRecordPath(s.id)}>View it</Link>{' '}
            <button type="button" onClick={() => void dismiss(s.id)}>
              Dismiss
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function HomePage() {
  return (
    <section>
      <InterruptedNotice />
      <h1>Practice</h1>
      <NextSteps />
      <h2>Practise any level</h2>
      <p className="lead">
        Choose a place and how intense it should be. Press <kbd>Esc</kbd> at any moment to leave.
      </p>
      <div className="scene-list">
        {scenes.map((scene) => (
          <SceneCard key={scene.id} scene={scene} />
        ))}
      </div>
    </section>
  );
}
