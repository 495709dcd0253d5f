// The ladder page in the person's language: the app's names for the starting steps follow the
// page's language until the person makes a name their own, and moving a step is announced in it.
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { findScene } from '../../scenes/registry';
import { database } from '../../src/data/database';
import { readSteps, saveSteps } from '../../src/data/ladder';
import { deleteAll } from '../../src/data/sessions';
import { type LadderStep, ladderOf, startingLadder } from '../../src/domain/ladder/ladder';
import LadderPage from '../../src/views/ladder/LadderPage';
import { NextSteps } from '../../src/views/ladder/NextSteps';
import { english, languageOf, render } from './intl';

const heights = findScene('heights');
if (!heights) throw new Error('heights');
const german = await languageOf('de');

/** A message of the catalogue as the page says it. */
const say = (intl: typeof english, id: string, values?: Record<string, string | number>) =>
  intl.formatMessage({ id }, values);

const inRouter = (ui: ReactNode) => <Router hook={memoryLocation().hook}>{ui}</Router>;

const names = async () => ladderOf(await readSteps(database()), 'heights').map((s) => s.name);

/** A step of the person's own values between levels 1 and 2. */
const own: LadderStep = {
  id: 'id-own',
  sceneId: 'heights',
  name: 'Balcony one floor higher',
  level: 1,
  params: { ...heights.levels[0].params, elevation: 6, railing: 'bar', wind: 0.25 },
  custom: true,
  expectedSuds: 30,
  position: 0,
  createdAt: 1,
};

beforeEach(async () => {
  await deleteAll(database());
});

describe('the ladder page', () => {
  it('starts from the ten levels, stored with the app’s names', async () => {
    const screen = await render(inRouter(<LadderPage />));
    await userEvent.click(
      screen.getByRole('button', {
        name: `Start from the ten levels: ${english.formatMessage(heights.title)}`,
      }),
    );
    const first = english.formatMessage(heights.levels[0].name);
    await expect
      .element(screen.getByRole('button', { name: `Move ${first} (step 1)` }))
      .toBeVisible();
    await expect.element(screen.getByText(`1. ${first}`, { exact: true })).toBeVisible();
    // The app's names, as the level table writes them in English.
    expect(await names()).toEqual(heights.levels.map((l) => l.name.defaultMessage));
  });

  it('names the app’s steps in the page’s language', async () => {
    await saveSteps(
      database(),
      startingLadder(heights, 1, () => crypto.randomUUID()),
    );
    const screen = await render(inRouter(<LadderPage />), { intl: german });
    const first = english.formatMessage(heights.levels[0].name);
    const firstInGerman = german.formatMessage(heights.levels[0].name);
    expect(firstInGerman).not.toBe(first);
    await expect
      .element(
        screen.getByRole('button', {
          name: say(german, 'ladder.moveLabel', { name: firstInGerman, number: 1 }),
        }),
      )
      .toBeVisible();
    await expect.element(screen.getByText(`1. ${firstInGerman}`, { exact: true })).toBeVisible();
    await expect.element(screen.getByText(`1. ${first}`, { exact: true })).not.toBeInTheDocument();
  });

  it('keeps an app’s name the app’s through an edit that leaves it, and the person’s once changed', async () => {
    await saveSteps(database(), startingLadder(heights, 1, () => crypto.randomUUID()).slice(0, 2));
    const screen = await render(inRouter(<LadderPage />), { intl: german });
    const firstInGerman = german.formatMessage(heights.levels[0].name);
    const edit = screen.getByRole('button', {
      name: say(german, 'ladder.editLabel', { name: firstInGerman }),
    });
    // An edit of the expected distress only: the name stays the app's.
    await userEvent.click(edit);
    // The step's own form (the page also has the form that adds a place).
    const form = screen.getByRole('form', {
      name: say(german, 'ladder.editTitle', { name: firstInGerman }),
    });
    const nameField = form.getByLabelText(say(german, 'ladder.name'));
    await expect.element(nameField).toHaveValue(firstInGerman);
    await userEvent.fill(form.getByLabelText(say(german, 'ladder.expectedOptional')), '20');
    await userEvent.click(form.getByRole('button', { name: say(german, 'ladder.save') }));
    await expect.element(form).not.toBeInTheDocument();
    await expect.poll(names).toEqual(heights.levels.slice(0, 2).map((l) => l.name.defaultMessage));

    // The person's own words are stored as written.
    await userEvent.click(edit);
    await userEvent.fill(form.getByLabelText(say(german, 'ladder.name')), 'Mein Balkon');
    await userEvent.click(form.getByRole('button', { name: say(german, 'ladder.save') }));
    await expect.poll(names).toEqual(['Mein Balkon', heights.levels[1].name.defaultMessage]);
  });

  it('says what an own step sets', async () => {
    await saveSteps(database(), [own]);
    const screen = await render(inRouter(<LadderPage />));
    await expect
      .element(screen.getByRole('listitem'))
      .toHaveTextContent(
        'Own settings, from level 1: Height above the street 6 m, Railing: Open bar rail, 1.1 m, Wind 0.25',
      );
  });

  it('says what an own step sets with the numbers of the page’s language', async () => {
    await saveSteps(database(), [own]);
    const screen = await render(inRouter(<LadderPage />), { intl: german });
    const item = screen.getByRole('listitem');
    await expect
      .element(item)
      .toHaveTextContent(say(german, 'ladder.place', { kind: 'own', level: 1 }));
    await expect.element(item).toHaveTextContent(/0,25/);
  });

  it('announces a move in the page’s language', async () => {
    const steps: LadderStep[] = ['Balkon zu Hause', 'Dachgarten'].map((name, position) => ({
      id: `id-${position}`,
      sceneId: 'heights',
      name,
      level: 1,
      params: heights.levels[0].params,
      custom: false,
      expectedSuds: null,
      position,
      createdAt: 1,
    }));
    await saveSteps(database(), steps);
    const screen = await render(inRouter(<LadderPage />), { intl: german });
    const handle = screen.getByRole('button', {
      name: say(german, 'ladder.moveLabel', { name: 'Dachgarten', number: 2 }),
    });
    await expect
      .element(handle)
      .toHaveAttribute('aria-roledescription', say(german, 'ladder.dragRole'));
    (handle.element() as HTMLElement).focus();
    await userEvent.keyboard(' ');
    await expect
      .element(screen.getByRole('status'))
      .toHaveTextContent(
        say(german, 'ladder.dragPickedUp', { name: 'Dachgarten', position: 2, count: 2 }),
      );
    await userEvent.keyboard('{Escape}');
    await expect
      .element(screen.getByRole('status'))
      .toHaveTextContent(say(german, 'ladder.dragCancelled', { name: 'Dachgarten' }));
  });
});

describe('the next step on the home page', () => {
  it('names the step, its place and the suggestion in the page’s language', async () => {
    await saveSteps(
      database(),
      startingLadder(heights, 1, () => crypto.randomUUID()),
    );
    const stored = {
      ok: true as const,
      value: { steps: await readSteps(database()), history: new Map(), places: [], ladders: [] },
    };
    const screen = await render(inRouter(<NextSteps stored={stored} />), { intl: german });
    const region = screen.getByRole('region', {
      name: say(german, 'steps.nextFor', {
        fear: german.formatMessage(heights.fear ?? heights.title),
      }),
    });
    await expect
      .element(region.getByText(german.formatMessage(heights.levels[0].name), { exact: true }))
      .toBeVisible();
    await expect.element(region).toHaveTextContent(say(german, 'progress.notYetReason'));
    await expect.element(region).toHaveTextContent(say(german, 'steps.historyNone'));
  });
});
