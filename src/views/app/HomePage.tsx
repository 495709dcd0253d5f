import { useId, useState } from 'react';
import { Link } from 'wouter';
import { findScene, scenes } from '../../../scenes/registry';
import { levelChanges, type SceneDefinition } from '../../../scenes/types';
import type { Read } from '../../data/reads';
import { readInterruptedNotices } from '../../data/sessions';
import type { SessionRecord } from '../../domain/session/events';
import { useRecovery } from '../../state/recovery';
import { NextSteps, useLadderRead } from '../ladder/NextSteps';
import { sessionPath, sessionRecordPath } from '../routes';
import { useStored } from '../widgets/useStored';
import { scenePicture } from './scenePictures';

function SceneCard({ scene }: { scene: SceneDefinition }) {
  const [level, setLevel] = useState(1);
  const selectId = useId();
  const picture = scenePicture(scene);
  return (
    <article className="scene-card" aria-labelledby={`${selectId}-title`}>
      <img
        className="scene-picture"
        src={picture.src}
        width={picture.width}
        height={picture.height}
        alt={picture.alt}
        decoding="async"
      />
      <div className="scene-card-text">
        <h3 id={`${selectId}-title`}>{scene.title}</h3>
        <p>{scene.description}</p>
        <div className="row">
          <label htmlFor={selectId}>Level</label>
          <select
            id={selectId}
            value={level}
            aria-describedby={`${selectId}-changes`}
            onChange={(e) => setLevel(Number(e.target.value))}
          >
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
        <p className="hint level-changes" id={`${selectId}-changes`} aria-live="polite">
          {levelChanges(scene, level)}
        </p>
      </div>
    </article>
  );
}

function InterruptedNotice({ stored }: { stored: Read<SessionRecord[]> }) {
  const recoveryProblem = useRecovery((s) => s.problem);
  const dismiss = useRecovery((s) => s.dismiss);
  const problem = recoveryProblem ?? (!stored.ok ? stored.problem : null);
  const interrupted = stored.ok ? stored.value : [];
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
  // Live: recovery's marks, a dismissal, and a session left in another tab show once committed.
  const interrupted = useStored(readInterruptedNotices);
  const ladder = useLadderRead();
  // Both boxes sit above the scenes: the page waits for their first reads (a few milliseconds) and
  // then shows whole, so nothing moves under a hand reaching for Start.
  if (!interrupted || !ladder) return <section aria-busy="true" />;
  return (
    <section>
      <InterruptedNotice stored={interrupted} />
      <h1>Practice</h1>
      <NextSteps stored={ladder} />
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
