import { Link } from 'wouter';
import { findScene } from '../../../scenes/registry';
import { readLadder, type StepHistoryEntry, type StoredLadder } from '../../data/ladder';
import type { Read } from '../../data/reads';
import { type LadderStep, ladderOf, nextStep, stepPlace } from '../../domain/ladder/ladder';
import { suggestionFor } from '../../state/ladder';
import { paths, stepSessionPath } from '../routes';
import { useStored } from '../widgets/useStored';
import { StepHistory } from './StepHistory';
import { StepSuggestion } from './StepSuggestion';

/** The ladder as the home page reads it: live, so a session's end here or in another tab shows. */
export const useLadderRead = () => useStored(readLadder);

/**
 * The home page's lead: the next step of each ladder, most recently practised first. The page
 * reads the ladder (`useLadderRead`) and shows this once the read has ended, so the box arrives
 * with the page instead of pushing the scenes down after it.
 */
export function NextSteps({ stored }: { stored: Read<StoredLadder> }) {
  if (!stored.ok) {
    return (
      <p role="alert" className="error">
        Your ladder could not be read: {stored.problem}
      </p>
    );
  }
  const { steps, history } = stored.value;
  const sceneIds = [...new Set(steps.map((s) => s.sceneId))];
  const lastPractised = (sceneId: string) =>
    Math.max(
      0,
      ...ladderOf(steps, sceneId).flatMap((s) => (history.get(s.id) ?? []).map((h) => h.startedAt)),
    );
  const ladders = sceneIds
    .map((sceneId) => ({ sceneId, ladder: ladderOf(steps, sceneId) }))
    .sort((a, b) => lastPractised(b.sceneId) - lastPractised(a.sceneId));

  if (ladders.length === 0) {
    return (
      <section className="next-step" aria-labelledby="next-step-title">
        <h2 id="next-step-title">Your next step</h2>
        <p>
          Exposure works best as a ladder of small steps you climb at your own pace.{' '}
          <Link href={paths.ladder}>Build your ladder</Link> from the scenes' levels and your own
          words, or practise any level below.
        </p>
      </section>
    );
  }
  return (
    <>
      {ladders.map(({ sceneId, ladder }) => {
        const step = nextStep(ladder, (s) => suggestionFor(history, s));
        return (
          <NextStepCard
            key={sceneId}
            sceneId={sceneId}
            step={step}
            total={ladder.length}
            ladder={ladder}
            history={history}
          />
        );
      })}
    </>
  );
}

function NextStepCard({
  sceneId,
  step,
  ladder,
  total,
  history,
}: {
  sceneId: string;
  step: LadderStep | null;
  ladder: LadderStep[];
  total: number;
  history: ReadonlyMap<string, StepHistoryEntry[]>;
}) {
  const scene = findScene(sceneId);
  const titleId = `next-step-${sceneId}`;
  if (!scene) return null;
  if (!step) {
    return (
      <section className="next-step" aria-labelledby={titleId}>
        <h2 id={titleId}>{scene.fear ?? scene.title}: every step climbed</h2>
        <p>
          All {total} steps of this ladder are done.{' '}
          <Link href={paths.ladder}>Add a harder step</Link> or keep practising the top one.
        </p>
      </section>
    );
  }
  const place = ladder.findIndex((s) => s.id === step.id) + 1;
  const entries = history.get(step.id) ?? [];
  const previous = ladder[place - 2];
  const suggestion = suggestionFor(history, step);
  return (
    <section className="next-step" aria-labelledby={titleId}>
      <h2 id={titleId}>Your next step{scene.fear ? `: ${scene.fear.toLowerCase()}` : ''}</h2>
      <p className="next-step-name">
        <strong>{step.name}</strong>{' '}
        <span className="hint">
          step {place} of {total}, {scene.title}, {stepPlace(step).toLowerCase()}
          {step.expectedSuds !== null ? `; you expected distress of ${step.expectedSuds}` : ''}
        </span>
      </p>
      {previous && entries.length === 0 ? (
        // Just climbed: why this step is suggested now.
        <StepSuggestion suggestion={suggestionFor(history, previous)} about={previous.name} />
      ) : (
        <StepSuggestion suggestion={suggestion} />
      )}
      <div className="row">
        {suggestion.kind === 'down' && previous ? (
          <>
            <Link
              href={stepSessionPath(previous.id)}
              className="button primary"
              aria-label={`Start the step below: ${previous.name}`}
            >
              Start the step below
            </Link>
            <Link
              href={stepSessionPath(step.id)}
              className="button"
              aria-label={`Start this step again: ${step.name}`}
            >
              Start this step again
            </Link>
          </>
        ) : (
          <Link
            href={stepSessionPath(step.id)}
            className="button primary"
            aria-label={`Start ${step.name}`}
          >
            Start
          </Link>
        )}
        <Link href={paths.ladder}>
          {suggestion.kind === 'down' ? 'Add a smaller step on your ladder' : 'Your ladder'}
        </Link>
      </div>
      <StepHistory name={step.name} entries={entries} />
    </section>
  );
}
