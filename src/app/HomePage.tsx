import { useId, useState } from 'react';
import { Link } from 'wouter';
import { scenes } from '../../scenes/registry';
import type { SceneDefinition } from '../../scenes/types';
import { sessionPath } from './routes';

function SceneCard({ scene }: { scene: SceneDefinition }) {
  const [level, setLevel] = useState(1);
  const selectId = useId();
  return (
    <article className="scene-card" aria-labelledby={`${selectId}-title`}>
      <h2 id={`${selectId}-title`}>{scene.title}</h2>
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

export function HomePage() {
  return (
    <section>
      <h1>Practice</h1>
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
