import { useIntl } from 'react-intl';
import { Link } from 'wouter';
import { findScene } from '../../../scenes/registry';
import { readLadder, type StepHistoryEntry, type StoredLadder } from '../../data/ladder';
import type { Read } from '../../data/reads';
import {
  type LadderStep,
  ladderIdOf,
  ladderOf,
  nextStep,
  stepName,
  stepPlaceInline,
} from '../../domain/ladder/ladder';
import { defineMessages, say } from '../../domain/phrase';
import { suggestionFor } from '../../state/ladder';
import { paths, stepSessionPath } from '../routes';
import { useStored } from '../widgets/useStored';
import { StepHistory } from './StepHistory';
import { StepSuggestion } from './StepSuggestion';

const m = defineMessages({
  unreadable: {
    id: 'steps.unreadable',
    defaultMessage: 'Your ladder could not be read: {problem}',
  },
  title: { id: 'steps.nextTitle', defaultMessage: 'Your next step' },
  build: {
    id: 'steps.build',
    defaultMessage:
      "Exposure works best as a ladder of small steps you climb at your own pace. <a>Build your ladder</a> from the scenes' levels and your own words, or practise any level below.",
  },
  climbedTitle: { id: 'steps.climbedTitle', defaultMessage: '{fear}: every step climbed' },
  climbed: {
    id: 'steps.climbed',
    defaultMessage:
      '{total, plural, one {The only step of this ladder is done.} other {All # steps of this ladder are done.}} <a>Add a harder step</a> or keep practising the top one.',
  },
  nextFor: {
    id: 'steps.nextFor',
    defaultMessage: 'Your next step: {fear}',
    description: 'Heading; fear is the fear the ladder works on, e.g. "Fear of heights"',
  },
  where: {
    id: 'steps.where',
    defaultMessage: 'step {place} of {total}, {scene}, {level}',
    description: 'After the step name, e.g. "step 2 of 5, Heights, level 3"',
  },
  whereExpected: {
    id: 'steps.whereExpected',
    defaultMessage:
      'step {place} of {total}, {scene}, {level}; you expected distress of {expected}',
    description: 'After the step name; expected is a distress rating from 0 to 100',
  },
  startBelowLabel: {
    id: 'steps.startBelowLabel',
    defaultMessage: 'Start the step below: {name}',
  },
  startBelow: { id: 'steps.startBelow', defaultMessage: 'Start the step below' },
  startAgainLabel: {
    id: 'steps.startAgainLabel',
    defaultMessage: 'Start this step again: {name}',
  },
  startAgain: { id: 'steps.startAgain', defaultMessage: 'Start this step again' },
  startLabel: { id: 'steps.startLabel', defaultMessage: 'Start {name}' },
  start: { id: 'steps.start', defaultMessage: 'Start' },
  addSmaller: { id: 'steps.addSmaller', defaultMessage: 'Add a smaller step on your ladder' },
  ladder: { id: 'steps.ladder', defaultMessage: 'Your ladder' },
});

/** The ladder as the home page reads it: live, so a session's end here or in another tab shows. */
export const useLadderRead = () => useStored(readLadder);

/**
 * The home page's lead: the next step of each ladder, most recently practised first. The page
 * reads the ladder (`useLadderRead`) and shows this once the read has ended, so the box arrives
 * with the page instead of pushing the scenes down after it.
 */
export function NextSteps({ stored }: { stored: Read<StoredLadder> }) {
  const intl = useIntl();
  if (!stored.ok) {
    return (
      <p role="alert" className="error">
        {intl.formatMessage(m.unreadable, { problem: say(intl, stored.problem) })}
      </p>
    );
  }
  const { steps, history, ladders: own } = stored.value;
  const ladderIds = [...new Set(steps.map(ladderIdOf))];
  const lastPractised = (ladderId: string) =>
    Math.max(
      0,
      ...ladderOf(steps, ladderId).flatMap((s) =>
        (history.get(s.id) ?? []).map((h) => h.startedAt),
      ),
    );
  // A scene's ladder is named by its fear; one of the person's own by the name they gave it.
  const fearOf = (ladderId: string): string | null => {
    const scene = findScene(ladderId);
    if (scene?.fear) return intl.formatMessage(scene.fear);
    return own.find((l) => l.id === ladderId)?.name ?? null;
  };
  const ladders = ladderIds
    .flatMap((ladderId) => {
      const fear = fearOf(ladderId);
      return fear ? [{ ladderId, fear, ladder: ladderOf(steps, ladderId) }] : [];
    })
    .sort((a, b) => lastPractised(b.ladderId) - lastPractised(a.ladderId));

  if (ladders.length === 0) {
    return (
      <section className="next-step" aria-labelledby="next-step-title">
        <h2 id="next-step-title">{intl.formatMessage(m.title)}</h2>
        <p>
          {intl.formatMessage(m.build, {
            a: (words) => <Link href={paths.ladder}>{words}</Link>,
          })}
        </p>
      </section>
    );
  }
  return (
    <>
      {ladders.map(({ ladderId, fear, ladder }) => {
        const step = nextStep(ladder, (s) => suggestionFor(history, s));
        return (
          <NextStepCard
            key={ladderId}
            ladderId={ladderId}
            fear={fear}
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
  ladderId,
  fear,
  step,
  ladder,
  total,
  history,
}: {
  ladderId: string;
  fear: string;
  step: LadderStep | null;
  ladder: LadderStep[];
  total: number;
  history: ReadonlyMap<string, StepHistoryEntry[]>;
}) {
  const intl = useIntl();
  const titleId = `next-step-${ladderId}`;
  if (!step) {
    return (
      <section className="next-step" aria-labelledby={titleId}>
        <h2 id={titleId}>{intl.formatMessage(m.climbedTitle, { fear })}</h2>
        <p>
          {intl.formatMessage(m.climbed, {
            total,
            a: (words) => <Link href={paths.ladder}>{words}</Link>,
          })}
        </p>
      </section>
    );
  }
  // Each step said with its own scene: a place on the heights ladder is a place.
  const nameOf = (s: LadderStep) => say(intl, stepName(findScene(s.sceneId), s.name));
  const scene = findScene(step.sceneId);
  if (!scene) return null;
  const title = intl.formatMessage(scene.title);
  const name = nameOf(step);
  const place = ladder.findIndex((s) => s.id === step.id) + 1;
  const entries = history.get(step.id) ?? [];
  const previous = ladder[place - 2];
  const suggestion = suggestionFor(history, step);
  const where = {
    place,
    total,
    scene: title,
    level: say(intl, stepPlaceInline(step)),
  };
  return (
    <section className="next-step" aria-labelledby={titleId}>
      <h2 id={titleId}>{intl.formatMessage(m.nextFor, { fear })}</h2>
      <p className="next-step-name">
        <strong>{name}</strong>{' '}
        <span className="hint">
          {step.expectedSuds !== null
            ? intl.formatMessage(m.whereExpected, { ...where, expected: step.expectedSuds })
            : intl.formatMessage(m.where, where)}
        </span>
      </p>
      {previous && entries.length === 0 ? (
        // Just climbed: why this step is suggested now.
        <StepSuggestion suggestion={suggestionFor(history, previous)} about={nameOf(previous)} />
      ) : (
        <StepSuggestion suggestion={suggestion} />
      )}
      <div className="row">
        {suggestion.kind === 'down' && previous ? (
          <>
            <Link
              href={stepSessionPath(previous.id)}
              className="button primary"
              aria-label={intl.formatMessage(m.startBelowLabel, { name: nameOf(previous) })}
            >
              {intl.formatMessage(m.startBelow)}
            </Link>
            <Link
              href={stepSessionPath(step.id)}
              className="button"
              aria-label={intl.formatMessage(m.startAgainLabel, { name })}
            >
              {intl.formatMessage(m.startAgain)}
            </Link>
          </>
        ) : (
          <Link
            href={stepSessionPath(step.id)}
            className="button primary"
            aria-label={intl.formatMessage(m.startLabel, { name })}
          >
            {intl.formatMessage(m.start)}
          </Link>
        )}
        <Link href={paths.ladder}>
          {intl.formatMessage(suggestion.kind === 'down' ? m.addSmaller : m.ladder)}
        </Link>
      </div>
      <StepHistory name={name} entries={entries} />
    </section>
  );
}
