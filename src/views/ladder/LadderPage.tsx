import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import { scenes } from '../../../scenes/registry';
import type { ParamValues, SceneDefinition } from '../../../scenes/types';
import { levelOf } from '../../../scenes/types';
import { readLadder, type StoredLadder } from '../../data/ladder';
import {
  changedFromLevel,
  type LadderStep,
  ladderOf,
  nextStep,
  type StepDraft,
  stepPlace,
} from '../../domain/ladder/ladder';
import { sudsProblem } from '../../domain/session/suds';
import { ladderActions, suggestionFor } from '../../state/ladder';
import { stepSessionPath } from '../routes';
import { DestructiveButton } from '../widgets/DestructiveButton';
import { numberOrNull, OptionalNumber } from '../widgets/OptionalNumber';
import { ParamControl } from '../widgets/ParamsPanel';
import { useStored } from '../widgets/useStored';
import { StepHistory } from './StepHistory';
import { StepSuggestion } from './StepSuggestion';

/** What the page shows when the ladder could not be read: no steps, with the problem above. */
const unread: StoredLadder = { steps: [], history: new Map() };

/** The person's ladders, one per fear: build, reorder, fill in expected distress, start a step. */
export default function LadderPage() {
  // Live: a change shows once it commits, whichever tab made it; one that fails shows nothing.
  const stored = useStored(readLadder);
  const problem = stored && !stored.ok ? `Your ladder could not be read: ${stored.problem}` : null;
  const ladder = stored?.ok ? stored.value : unread;
  return (
    <section aria-labelledby="ladder-title">
      <h1 id="ladder-title">Your ladder</h1>
      <p className="lead">
        List the situations you fear from the easiest to the hardest, in your own words, and how
        distressed you expect to be at each. Then climb one step at a time: stay with a step until
        it gets easier, and move on when you are ready.
      </p>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {!stored ? (
        <p>Loading…</p>
      ) : (
        scenes
          .filter((scene) => scene.fear)
          .map((scene) => <SceneLadder key={scene.id} scene={scene} stored={ladder} />)
      )}
    </section>
  );
}

function SceneLadder({ scene, stored }: { scene: SceneDefinition; stored: StoredLadder }) {
  const { steps, history } = stored;
  const { move, startFromLevels } = ladderActions;
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = useId();
  const ladder = ladderOf(steps, scene.id);
  const next = nextStep(ladder, (step) => suggestionFor(history, step));
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const nameOf = (id: string | number) => ladder.find((s) => s.id === id)?.name ?? 'the step';
  const placeOf = (id: string | number | undefined) =>
    `position ${ladder.findIndex((s) => s.id === id) + 1} of ${ladder.length}`;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}, at ${placeOf(active.id)}.`,
    // Over its own place (as it is picked up) says nothing, so the pick-up is heard.
    onDragOver: ({ active, over }) =>
      over && over.id !== active.id
        ? `${nameOf(active.id)} is over ${placeOf(over.id)}.`
        : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? `${nameOf(active.id)} moved to ${placeOf(over.id)}.`
        : `${nameOf(active.id)} put back.`,
    onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} cancelled; it is back in place.`,
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const to = ladder.findIndex((s) => s.id === over.id);
    void move(String(active.id), to).then(setProblem);
  };

  return (
    <section className="scene-ladder" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {scene.fear}: {scene.title}
      </h2>
      {ladder.length === 0 ? (
        <div className="row">
          <p>
            No steps yet. Start from the scene's ten levels and make them yours, or add your own.
          </p>
          <button
            type="button"
            onClick={() => void startFromLevels(scene.id).then(setProblem)}
            aria-label={`Start from the ten levels: ${scene.title}`}
          >
            Start from the ten levels
          </button>
        </div>
      ) : (
        <>
          <p className="hint" id={`${titleId}-how`}>
            To move a step, drag its handle, or focus the handle and press Space, then the arrow
            keys, then Space again.
          </p>
          <DndContext
            sensors={sensors}
            collisionDetection={closestCenter}
            onDragEnd={onDragEnd}
            accessibility={{
              announcements,
              screenReaderInstructions: {
                draggable:
                  'To move this step, press Space. Move it with the up and down arrow keys, press Space again to put it down, or Escape to cancel.',
              },
            }}
          >
            <SortableContext items={ladder.map((s) => s.id)} strategy={verticalListSortingStrategy}>
              <ol className="ladder" aria-label={`${scene.fear} ladder`}>
                {ladder.map((step, i) => (
                  <StepRow
                    key={step.id}
                    scene={scene}
                    step={step}
                    index={i}
                    isNext={step.id === next?.id}
                    history={history}
                  />
                ))}
              </ol>
            </SortableContext>
          </DndContext>
          {next === null && (
            <p className="notice">
              You have climbed every step of this ladder. Add a harder one when you are ready.
            </p>
          )}
        </>
      )}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {adding ? (
        <StepForm
          scene={scene}
          onDone={() => {
            setAdding(false);
            // The button is back after this render; focus returns to it.
            requestAnimationFrame(() => addButton.current?.focus());
          }}
        />
      ) : (
        <button type="button" ref={addButton} onClick={() => setAdding(true)}>
          Add a step to the {scene.title} ladder
        </button>
      )}
    </section>
  );
}

function StepRow({
  scene,
  step,
  index,
  isNext,
  history,
}: {
  scene: SceneDefinition;
  step: LadderStep;
  index: number;
  isNext: boolean;
  history: StoredLadder['history'];
}) {
  const { remove } = ladderActions;
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition } =
    useSortable({ id: step.id });
  const entries = history.get(step.id) ?? [];
  const suggestion = suggestionFor(history, step);
  const done = suggestion.kind === 'up';
  return (
    <li
      ref={setNodeRef}
      className={`step${isNext ? ' step-next' : ''}${done ? ' step-done' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-step={step.name}
    >
      <div className="step-head">
        <button
          type="button"
          className="drag-handle"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={`Move ${step.name} (step ${index + 1})`}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <div className="step-text">
          <strong>
            {index + 1}. {step.name}
          </strong>{' '}
          <span className="hint">
            {stepPlace(step)}
            {step.custom
              ? `: ${ownValues(scene, step)}`
              : step.name !== levelOf(scene, step.level).name
                ? ` (${levelOf(scene, step.level).name})`
                : ''}
          </span>
          {isNext && <span className="badge">Your next step</span>}
          {done && <span className="badge badge-done">Done</span>}
        </div>
        {/* Keyed by the saved value, so an edit made in the form shows here too. */}
        <ExpectedInput key={String(step.expectedSuds)} step={step} />
        <Link href={stepSessionPath(step.id)} className="button" aria-label={`Start ${step.name}`}>
          Start
        </Link>
        <button
          type="button"
          ref={editButton}
          onClick={() => setEditing(!editing)}
          aria-expanded={editing}
          aria-label={`Edit ${step.name}`}
        >
          Edit
        </button>
        {confirming ? (
          <span className="row">
            <DestructiveButton
              className="danger"
              onClick={() => void remove(step.id).then(setProblem)}
              aria-label={`Delete it: ${step.name}`}
            >
              Delete it
            </DestructiveButton>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </span>
        ) : (
          <DestructiveButton onClick={() => setConfirming(true)} aria-label={`Delete ${step.name}`}>
            Delete
          </DestructiveButton>
        )}
      </div>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {entries.length > 0 && <StepSuggestion suggestion={suggestion} />}
      <StepHistory name={step.name} entries={entries} />
      {editing && (
        <StepForm
          scene={scene}
          step={step}
          onDone={() => {
            setEditing(false);
            editButton.current?.focus();
          }}
        />
      )}
    </li>
  );
}

/** The distress the person expects at a step, saved when they leave the field. */
function ExpectedInput({ step }: { step: LadderStep }) {
  const { update } = ladderActions;
  const [text, setText] = useState(step.expectedSuds === null ? '' : String(step.expectedSuds));
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const save = async () => {
    const value = numberOrNull(text);
    if (value === step.expectedSuds || (value !== null && sudsProblem(value))) return;
    setSaveProblem(await update(step.id, { ...draftOf(step), expectedSuds: value }));
  };
  return (
    <OptionalNumber
      className="expected"
      label="Expected distress"
      value={text}
      onChange={setText}
      problemOf={sudsProblem}
      step={5}
      placeholder="0–100"
      onCommit={() => void save()}
      saveProblem={saveProblem}
    />
  );
}

/** What an own-values step sets differently from its level, in the person's terms. */
function ownValues(scene: SceneDefinition, step: LadderStep): string {
  const changed = changedFromLevel(scene, step);
  if (changed.length === 0) return 'as the level';
  return changed
    .map((name) => {
      const spec = scene.params.find((p) => p.name === name);
      const value = step.params[name];
      if (!spec) return name;
      if (spec.kind === 'choice')
        return `${spec.label}: ${spec.choices.find((c) => c.value === value)?.label ?? value}`;
      if (spec.kind === 'boolean') return `${spec.label}: ${value ? 'yes' : 'no'}`;
      return `${spec.label} ${value}${spec.kind === 'number' && spec.unit ? ` ${spec.unit}` : ''}`;
    })
    .join(', ');
}

const draftOf = (step: LadderStep): StepDraft => ({
  sceneId: step.sceneId,
  name: step.name,
  level: step.level,
  params: step.params,
  custom: step.custom,
  expectedSuds: step.expectedSuds,
});

/** Adds a step, or edits one: a name, a level or the person's own values, expected distress. */
function StepForm({
  scene,
  step,
  onDone,
}: {
  scene: SceneDefinition;
  step?: LadderStep;
  onDone: () => void;
}) {
  const { add, update } = ladderActions;
  const [name, setName] = useState(step?.name ?? '');
  const [level, setLevel] = useState(step?.level ?? 1);
  const [custom, setCustom] = useState(step?.custom ?? false);
  const [params, setParams] = useState<ParamValues>(step?.params ?? levelOf(scene, 1).params);
  const [expected, setExpected] = useState(
    step?.expectedSuds === null || step?.expectedSuds === undefined
      ? ''
      : String(step.expectedSuds),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const nameField = useRef<HTMLInputElement>(null);
  useEffect(() => nameField.current?.focus(), []);

  const chooseLevel = (next: number) => {
    setLevel(next);
    // Own values start from the chosen level, so a step between two levels is a small change.
    setParams(levelOf(scene, next).params);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const draft: StepDraft = {
      sceneId: scene.id,
      name,
      level,
      params: custom ? params : levelOf(scene, level).params,
      custom,
      expectedSuds: numberOrNull(expected),
    };
    const result = step ? await update(step.id, draft) : await add(draft);
    setProblem(result);
    if (result === null) onDone();
  };

  return (
    <form className="step-form panel" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-t`}>
      <h3 id={`${id}-t`}>{step ? `Edit “${step.name}”` : `A new ${scene.title} step`}</h3>
      <div className="field">
        <label htmlFor={`${id}-name`}>In your own words</label>
        <input
          id={`${id}-name`}
          ref={nameField}
          type="text"
          maxLength={80}
          value={name}
          placeholder="e.g. Looking over the balcony at work"
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-level`}>Level</label>
        <select
          id={`${id}-level`}
          value={level}
          onChange={(e) => chooseLevel(Number(e.target.value))}
        >
          {scene.levels.map((l, i) => (
            <option key={l.name} value={i + 1}>
              {i + 1}. {l.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label>
          <input type="checkbox" checked={custom} onChange={(e) => setCustom(e.target.checked)} />{' '}
          Set my own values (a step between two levels)
        </label>
      </div>
      {custom && <ParamFields scene={scene} values={params} onChange={setParams} />}
      <OptionalNumber
        label="Expected distress (0–100, optional)"
        value={expected}
        onChange={setExpected}
        problemOf={sudsProblem}
        step={5}
      />
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary">
          {step ? 'Save the step' : 'Add the step'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Every parameter but the person's own words (written before each session), within its range. */
function ParamFields({
  scene,
  values,
  onChange,
}: {
  scene: SceneDefinition;
  values: ParamValues;
  onChange: (next: ParamValues) => void;
}) {
  const id = useId();
  return (
    <fieldset className="param-fields">
      <legend>Your own values</legend>
      {scene.params
        .filter((spec) => spec.kind !== 'text')
        .map((spec) => (
          <ParamControl
            key={spec.name}
            spec={spec}
            id={`${id}-${spec.name}`}
            value={values[spec.name] ?? spec.default}
            set={(name, value) => onChange({ ...values, [name]: value })}
          />
        ))}
    </fieldset>
  );
}
