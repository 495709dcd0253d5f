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
import { type IntlShape, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { findScene, scenes } from '../../../scenes/registry';
import type { ParamValues, SceneDefinition } from '../../../scenes/types';
import { isOwnParam, levelOf, paramValueText } from '../../../scenes/types';
import { readLadder, type StoredLadder } from '../../data/ladder';
import {
  changedFromLevel,
  defaultStepName,
  type LadderStep,
  ladderOf,
  nextStep,
  type StepDraft,
  stepName,
  stepPlace,
} from '../../domain/ladder/ladder';
import { defineMessages, type Phrase, say } from '../../domain/phrase';
import { sudsProblem } from '../../domain/session/suds';
import { ladderActions, suggestionFor } from '../../state/ladder';
import { AddPlaceForm } from '../places/AddPlaceForm';
import { PlaceList } from '../places/PlaceList';
import { stepSessionPath } from '../routes';
import { DestructiveButton } from '../widgets/DestructiveButton';
import { LevelOptions } from '../widgets/LevelOptions';
import { numberOrNull, OptionalNumber } from '../widgets/OptionalNumber';
import { ParamControl } from '../widgets/ParamsPanel';
import { useStored } from '../widgets/useStored';
import { StepHistory } from './StepHistory';
import { StepSuggestion } from './StepSuggestion';

const m = defineMessages({
  title: { id: 'ladder.title', defaultMessage: 'Your ladder' },
  lead: {
    id: 'ladder.lead',
    defaultMessage:
      'List the situations you fear from the easiest to the hardest, in your own words, and how distressed you expect to be at each. Then climb one step at a time: stay with a step until it gets easier, and move on when you are ready.',
  },
  unreadable: {
    id: 'ladder.unreadable',
    defaultMessage: 'Your ladder could not be read: {problem}',
  },
  loading: { id: 'ladder.loading', defaultMessage: 'Loading…' },
  sceneTitle: {
    id: 'ladder.sceneTitle',
    defaultMessage: '{fear}: {scene}',
    description: 'Heading of one ladder, e.g. "Fear of heights: Heights"',
  },
  noSteps: {
    id: 'ladder.noSteps',
    defaultMessage:
      "No steps yet. Start from the scene's ten levels and make them yours, or add your own.",
  },
  startFromLevelsLabel: {
    id: 'ladder.startFromLevelsLabel',
    defaultMessage: 'Start from the ten levels: {scene}',
  },
  startFromLevels: { id: 'ladder.startFromLevels', defaultMessage: 'Start from the ten levels' },
  howToMove: {
    id: 'ladder.howToMove',
    defaultMessage:
      'To move a step, drag its handle, or focus the handle and press Space, then the arrow keys, then Space again.',
  },
  instructions: {
    id: 'ladder.dragInstructions',
    defaultMessage:
      'To move this step, press Space. Move it with the up and down arrow keys, press Space again to put it down, or Escape to cancel.',
    description: 'Read by screen readers on a step that can be moved',
  },
  roleDescription: {
    id: 'ladder.dragRole',
    defaultMessage: 'sortable',
    description:
      'Read by screen readers for what a step of the list is: it can be moved up or down',
  },
  theStep: {
    id: 'ladder.dragTheStep',
    defaultMessage: 'the step',
    description: 'In the announcements below, for a step whose name is not known',
  },
  pickedUp: {
    id: 'ladder.dragPickedUp',
    defaultMessage: 'Picked up {name}, at position {position} of {count}.',
    description: 'Screen reader announcement: a step was picked up to move it',
  },
  over: {
    id: 'ladder.dragOver',
    defaultMessage: '{name} is over position {position} of {count}.',
    description: 'Screen reader announcement while moving a step',
  },
  moved: {
    id: 'ladder.dragMoved',
    defaultMessage: '{name} moved to position {position} of {count}.',
    description: 'Screen reader announcement: the step was put down in its new place',
  },
  putBack: {
    id: 'ladder.dragPutBack',
    defaultMessage: '{name} put back.',
    description: 'Screen reader announcement: the step was put down where it was',
  },
  cancelled: {
    id: 'ladder.dragCancelled',
    defaultMessage: 'Moving {name} cancelled; it is back in place.',
    description: 'Screen reader announcement',
  },
  list: {
    id: 'ladder.list',
    defaultMessage: '{fear} ladder',
    description: 'Name of the list of steps, e.g. "Fear of heights ladder"',
  },
  climbed: {
    id: 'ladder.climbed',
    defaultMessage:
      'You have climbed every step of this ladder. Add a harder one when you are ready.',
  },
  add: { id: 'ladder.add', defaultMessage: 'Add a step to the {scene} ladder' },
  moveLabel: { id: 'ladder.moveLabel', defaultMessage: 'Move {name} (step {number})' },
  stepTitle: { id: 'ladder.stepTitle', defaultMessage: '{number}. {name}' },
  placeOwn: {
    id: 'ladder.placeOwn',
    defaultMessage: '{place}: {values}',
    description:
      'A step with the person’s own values, and what they set, e.g. "Own settings, from level 1: Height above the street 6 m"',
  },
  placeLevel: {
    id: 'ladder.placeLevel',
    defaultMessage: '{place} ({level})',
    description: 'A step at a level, and the level name, e.g. "Level 3 (20 m, bar rail)"',
  },
  asTheLevel: {
    id: 'ladder.asTheLevel',
    defaultMessage: 'as the level',
    description: 'A step of own values that sets nothing differently from its level',
  },
  ownNumber: {
    id: 'ladder.ownNumber',
    defaultMessage: '{label} {value}',
    description: 'A number the person set, e.g. "Height above the street 6 m"',
  },
  ownValue: {
    id: 'ladder.ownValue',
    defaultMessage: '{label}: {value}',
    description: 'A choice the person made, e.g. "Railing: Low rail, 0.5 m"',
  },
  next: { id: 'ladder.next', defaultMessage: 'Your next step' },
  done: { id: 'ladder.done', defaultMessage: 'Done' },
  startLabel: { id: 'ladder.startLabel', defaultMessage: 'Start {name}' },
  start: { id: 'ladder.start', defaultMessage: 'Start' },
  editLabel: { id: 'ladder.editLabel', defaultMessage: 'Edit {name}' },
  edit: { id: 'ladder.edit', defaultMessage: 'Edit' },
  deleteItLabel: { id: 'ladder.deleteItLabel', defaultMessage: 'Delete it: {name}' },
  deleteIt: { id: 'ladder.deleteIt', defaultMessage: 'Delete it' },
  keepIt: { id: 'ladder.keepIt', defaultMessage: 'Keep it' },
  deleteLabel: { id: 'ladder.deleteLabel', defaultMessage: 'Delete {name}' },
  delete: { id: 'ladder.delete', defaultMessage: 'Delete' },
  expected: { id: 'ladder.expected', defaultMessage: 'Expected distress' },
  editTitle: { id: 'ladder.editTitle', defaultMessage: 'Edit “{name}”' },
  newTitle: { id: 'ladder.newTitle', defaultMessage: 'A new {scene} step' },
  name: { id: 'ladder.name', defaultMessage: 'In your own words' },
  namePlaceholder: {
    id: 'ladder.namePlaceholder',
    defaultMessage: 'e.g. Looking over the balcony at work',
  },
  level: { id: 'ladder.level', defaultMessage: 'Level' },
  custom: {
    id: 'ladder.custom',
    defaultMessage: 'Set my own values (a step between two levels)',
  },
  expectedOptional: {
    id: 'ladder.expectedOptional',
    defaultMessage: 'Expected distress (0–100, optional)',
  },
  save: { id: 'ladder.save', defaultMessage: 'Save the step' },
  addStep: { id: 'ladder.addStep', defaultMessage: 'Add the step' },
  cancel: { id: 'ladder.cancel', defaultMessage: 'Cancel' },
  ownValues: { id: 'ladder.ownValues', defaultMessage: 'Your own values' },
});

/** What the page shows when the ladder could not be read: no steps, with the problem above. */
const unread: StoredLadder = { steps: [], history: new Map(), places: [], ladders: [] };

/** The person's ladders, one per fear: build, reorder, fill in expected distress, start a step. */
export default function LadderPage() {
  const intl = useIntl();
  // Live: a change shows once it commits, whichever tab made it; one that fails shows nothing.
  const stored = useStored(readLadder);
  const problem =
    stored && !stored.ok
      ? intl.formatMessage(m.unreadable, { problem: say(intl, stored.problem) })
      : null;
  const ladder = stored?.ok ? stored.value : unread;
  return (
    <section aria-labelledby="ladder-title">
      <h1 id="ladder-title">{intl.formatMessage(m.title)}</h1>
      <p className="lead">{intl.formatMessage(m.lead)}</p>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {!stored ? (
        <p>{intl.formatMessage(m.loading)}</p>
      ) : (
        <>
          {scenes
            .filter((scene) => scene.fear)
            .map((scene) => (
              <SceneLadder
                key={scene.id}
                ladderId={scene.id}
                scene={scene}
                heading={intl.formatMessage(m.sceneTitle, {
                  fear: scene.fear ? intl.formatMessage(scene.fear) : '',
                  scene: intl.formatMessage(scene.title),
                })}
                fear={scene.fear ? intl.formatMessage(scene.fear) : intl.formatMessage(scene.title)}
                stored={ladder}
              />
            ))}
          {ladder.ladders.map((own) => (
            <SceneLadder
              key={own.id}
              ladderId={own.id}
              heading={own.name}
              fear={own.name}
              stored={ladder}
            />
          ))}
          <AddPlaceForm stored={ladder} />
          <PlaceList places={ladder.places} />
        </>
      )}
    </section>
  );
}

/**
 * One ladder: a scene's (its steps, its starting ladder, its own steps added by hand) or one the
 * person named themselves, which holds their places. A step is shown with its own scene, so a
 * place on the heights ladder reads as a place.
 */
function SceneLadder({
  ladderId,
  scene,
  heading,
  fear,
  stored,
}: {
  ladderId: string;
  scene?: SceneDefinition;
  heading: string;
  fear: string;
  stored: StoredLadder;
}) {
  const intl = useIntl();
  const { steps, history } = stored;
  const { move, startFromLevels } = ladderActions;
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const [problem, setProblem] = useState<Phrase | null>(null);
  const titleId = useId();
  const ladder = ladderOf(steps, ladderId);
  const sceneOf = (step: LadderStep) => findScene(step.sceneId);
  const next = nextStep(ladder, (step) => suggestionFor(history, step));
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const nameOf = (id: string | number) => {
    const step = ladder.find((s) => s.id === id);
    return step ? say(intl, stepName(sceneOf(step), step.name)) : intl.formatMessage(m.theStep);
  };
  const placeOf = (id: string | number | undefined) => ({
    position: ladder.findIndex((s) => s.id === id) + 1,
    count: ladder.length,
  });
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      intl.formatMessage(m.pickedUp, { name: nameOf(active.id), ...placeOf(active.id) }),
    // Over its own place (as it is picked up) says nothing, so the pick-up is heard.
    onDragOver: ({ active, over }) =>
      over && over.id !== active.id
        ? intl.formatMessage(m.over, { name: nameOf(active.id), ...placeOf(over.id) })
        : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? intl.formatMessage(m.moved, { name: nameOf(active.id), ...placeOf(over.id) })
        : intl.formatMessage(m.putBack, { name: nameOf(active.id) }),
    onDragCancel: ({ active }) => intl.formatMessage(m.cancelled, { name: nameOf(active.id) }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const to = ladder.findIndex((s) => s.id === over.id);
    void move(String(active.id), to).then(setProblem);
  };

  return (
    <section className="scene-ladder" aria-labelledby={titleId}>
      <h2 id={titleId}>{heading}</h2>
      {ladder.length === 0 ? (
        <div className="row">
          <p>{intl.formatMessage(m.noSteps)}</p>
          {scene && (
            <button
              type="button"
              onClick={() => void startFromLevels(scene.id).then(setProblem)}
              aria-label={intl.formatMessage(m.startFromLevelsLabel, {
                scene: intl.formatMessage(scene.title),
              })}
            >
              {intl.formatMessage(m.startFromLevels)}
            </button>
          )}
        </div>
      ) : (
        <>
          <p className="hint" id={`${titleId}-how`}>
            {intl.formatMessage(m.howToMove)}
          </p>
          <DndContext
            sensors={sensors}
            collisionDetection={closestCenter}
            onDragEnd={onDragEnd}
            accessibility={{
              announcements,
              screenReaderInstructions: { draggable: intl.formatMessage(m.instructions) },
            }}
          >
            <SortableContext items={ladder.map((s) => s.id)} strategy={verticalListSortingStrategy}>
              <ol className="ladder" aria-label={intl.formatMessage(m.list, { fear })}>
                {ladder.map((step, i) => {
                  const shown = sceneOf(step) ?? scene;
                  // A step of a scene this version lacks cannot be shown or started.
                  if (!shown) return null;
                  return (
                    <StepRow
                      key={step.id}
                      scene={shown}
                      step={step}
                      index={i}
                      isNext={step.id === next?.id}
                      history={history}
                    />
                  );
                })}
              </ol>
            </SortableContext>
          </DndContext>
          {next === null && <p className="notice">{intl.formatMessage(m.climbed)}</p>}
        </>
      )}
      {problem && (
        <p role="alert" className="error">
          {say(intl, problem)}
        </p>
      )}
      {scene &&
        (adding ? (
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
            {intl.formatMessage(m.add, { scene: intl.formatMessage(scene.title) })}
          </button>
        ))}
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
  const intl = useIntl();
  const { remove } = ladderActions;
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<Phrase | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition } =
    useSortable({
      id: step.id,
      attributes: { roleDescription: intl.formatMessage(m.roleDescription) },
    });
  const name = say(intl, stepName(scene, step.name));
  const level = levelOf(scene, step.level);
  const place = say(intl, stepPlace(step));
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
          aria-label={intl.formatMessage(m.moveLabel, { name, number: index + 1 })}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <div className="step-text">
          <strong>{intl.formatMessage(m.stepTitle, { number: index + 1, name })}</strong>{' '}
          <span className="hint">
            {step.custom
              ? intl.formatMessage(m.placeOwn, { place, values: ownValues(intl, scene, step) })
              : step.name !== defaultStepName(level)
                ? intl.formatMessage(m.placeLevel, {
                    place,
                    level: intl.formatMessage(level.name),
                  })
                : place}
          </span>
          {isNext && <span className="badge">{intl.formatMessage(m.next)}</span>}
          {done && <span className="badge badge-done">{intl.formatMessage(m.done)}</span>}
        </div>
        {/* Keyed by the saved value, so an edit made in the form shows here too. */}
        <ExpectedInput key={String(step.expectedSuds)} step={step} />
        <Link
          href={stepSessionPath(step.id)}
          className="button"
          aria-label={intl.formatMessage(m.startLabel, { name })}
        >
          {intl.formatMessage(m.start)}
        </Link>
        <button
          type="button"
          ref={editButton}
          onClick={() => setEditing(!editing)}
          aria-expanded={editing}
          aria-label={intl.formatMessage(m.editLabel, { name })}
        >
          {intl.formatMessage(m.edit)}
        </button>
        {confirming ? (
          <span className="row">
            <DestructiveButton
              className="danger"
              onClick={() => void remove(step.id).then(setProblem)}
              aria-label={intl.formatMessage(m.deleteItLabel, { name })}
            >
              {intl.formatMessage(m.deleteIt)}
            </DestructiveButton>
            <button type="button" onClick={() => setConfirming(false)}>
              {intl.formatMessage(m.keepIt)}
            </button>
          </span>
        ) : (
          <DestructiveButton
            onClick={() => setConfirming(true)}
            aria-label={intl.formatMessage(m.deleteLabel, { name })}
          >
            {intl.formatMessage(m.delete)}
          </DestructiveButton>
        )}
      </div>
      {problem && (
        <p role="alert" className="error">
          {say(intl, problem)}
        </p>
      )}
      {entries.length > 0 && <StepSuggestion suggestion={suggestion} />}
      <StepHistory name={name} entries={entries} />
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
  const intl = useIntl();
  const { update } = ladderActions;
  const [text, setText] = useState(step.expectedSuds === null ? '' : String(step.expectedSuds));
  const [saveProblem, setSaveProblem] = useState<Phrase | null>(null);
  const save = async () => {
    const value = numberOrNull(text);
    if (value === step.expectedSuds || (value !== null && sudsProblem(value))) return;
    setSaveProblem(await update(step.id, { ...draftOf(step), expectedSuds: value }));
  };
  return (
    <OptionalNumber
      className="expected"
      label={intl.formatMessage(m.expected)}
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
function ownValues(intl: IntlShape, scene: SceneDefinition, step: LadderStep): string {
  const changed = changedFromLevel(scene, step);
  if (changed.length === 0) return intl.formatMessage(m.asTheLevel);
  const values = changed.map((name) => {
    const spec = scene.params.find((p) => p.name === name);
    const value = step.params[name];
    if (!spec || value === undefined) return name;
    const label = intl.formatMessage(spec.label);
    if (spec.kind === 'number') {
      const number =
        typeof value === 'number' && !spec.unit
          ? intl.formatNumber(value)
          : say(intl, paramValueText(spec, value));
      return intl.formatMessage(m.ownNumber, { label, value: number });
    }
    return intl.formatMessage(m.ownValue, { label, value: say(intl, paramValueText(spec, value)) });
  });
  // A list of settings, not a sentence: "a, b, c" in English.
  return intl.formatList(values, { type: 'unit', style: 'short' });
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
  const intl = useIntl();
  const { add, update } = ladderActions;
  // A name the app gave is shown in the page's language; it becomes the person's once they edit it.
  const shownName = step ? say(intl, stepName(scene, step.name)) : '';
  const [name, setName] = useState(shownName);
  const [level, setLevel] = useState(step?.level ?? 1);
  const [custom, setCustom] = useState(step?.custom ?? false);
  const [params, setParams] = useState<ParamValues>(step?.params ?? levelOf(scene, 1).params);
  const [expected, setExpected] = useState(
    step?.expectedSuds === null || step?.expectedSuds === undefined
      ? ''
      : String(step.expectedSuds),
  );
  const [problem, setProblem] = useState<Phrase | null>(null);
  const id = useId();
  const title = intl.formatMessage(scene.title);
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
      name: step && name === shownName ? step.name : name,
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
      <h3 id={`${id}-t`}>
        {step
          ? intl.formatMessage(m.editTitle, { name: shownName })
          : intl.formatMessage(m.newTitle, { scene: title })}
      </h3>
      <div className="field">
        <label htmlFor={`${id}-name`}>{intl.formatMessage(m.name)}</label>
        <input
          id={`${id}-name`}
          ref={nameField}
          type="text"
          maxLength={80}
          value={name}
          placeholder={intl.formatMessage(m.namePlaceholder)}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-level`}>{intl.formatMessage(m.level)}</label>
        <select
          id={`${id}-level`}
          value={level}
          onChange={(e) => chooseLevel(Number(e.target.value))}
        >
          <LevelOptions scene={scene} />
        </select>
      </div>
      <div className="field">
        <label>
          <input type="checkbox" checked={custom} onChange={(e) => setCustom(e.target.checked)} />{' '}
          {intl.formatMessage(m.custom)}
        </label>
      </div>
      {custom && <ParamFields scene={scene} values={params} onChange={setParams} />}
      <OptionalNumber
        label={intl.formatMessage(m.expectedOptional)}
        value={expected}
        onChange={setExpected}
        problemOf={sudsProblem}
        step={5}
      />
      {problem && (
        <p role="alert" className="error">
          {say(intl, problem)}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary">
          {intl.formatMessage(step ? m.save : m.addStep)}
        </button>
        <button type="button" onClick={onDone}>
          {intl.formatMessage(m.cancel)}
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
  const intl = useIntl();
  const id = useId();
  return (
    <fieldset className="param-fields">
      <legend>{intl.formatMessage(m.ownValues)}</legend>
      {scene.params
        .filter((spec) => !isOwnParam(spec))
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
