import { type FormEvent, useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { findScene, scenes } from '../../../scenes/registry';
import type { StoredLadder } from '../../data/ladder';
import { defineMessages, type Phrase, phrase, say } from '../../domain/phrase';
import { mediaOf, PLACE_NAME_MAX, unreadableProblem } from '../../domain/places/place';
import { sudsProblem } from '../../domain/session/suds';
import { addOwnPlace, PLACE_SCENE_ID } from '../../state/places';
import { LevelOptions } from '../widgets/LevelOptions';
import { numberOrNull, OptionalNumber } from '../widgets/OptionalNumber';
import { maxTextureSize, readMediaFacts } from './probeMedia';

const m = defineMessages({
  title: { id: 'places.addTitle', defaultMessage: 'Add your own place' },
  lead: {
    id: 'places.addLead',
    defaultMessage:
      'A photo or video of a place you find hard: the bridge you cross, the lift at work. A 360° one (twice as wide as it is high) goes all around you; any other is shown on a screen ahead. It stays on this device: it is never sent anywhere.',
  },
  file: { id: 'places.file', defaultMessage: 'Photo or video' },
  name: { id: 'places.name', defaultMessage: 'Its name, in your own words' },
  namePlaceholder: {
    id: 'places.namePlaceholder',
    defaultMessage: 'e.g. The bridge on my way to work',
  },
  ladder: { id: 'places.ladder', defaultMessage: 'Which fear it is for' },
  newLadder: { id: 'places.newLadder', defaultMessage: 'A new ladder…' },
  newLadderName: { id: 'places.newLadderName', defaultMessage: 'The new ladder’s name' },
  newLadderPlaceholder: { id: 'places.newLadderPlaceholder', defaultMessage: 'e.g. Lifts' },
  level: { id: 'places.level', defaultMessage: 'Start at level' },
  expected: { id: 'places.expectedField', defaultMessage: 'Expected distress (0–100, optional)' },
  add: { id: 'places.add', defaultMessage: 'Add the place' },
  adding: { id: 'places.adding', defaultMessage: 'Adding…' },
  noFile: { id: 'places.noFile', defaultMessage: 'Choose a photo or a video first.' },
  added: {
    id: 'places.added',
    defaultMessage: '“{name}” is on your ladder. Start it from its step below.',
  },
});

const NEW_LADDER = '';

/** "Add your own place": a file of the person's, named, put on a ladder, stored on the device. */
export function AddPlaceForm({ stored }: { stored: StoredLadder }) {
  const intl = useIntl();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const fileField = useRef<HTMLInputElement>(null);
  const placeScene = findScene(PLACE_SCENE_ID);
  const fears = scenes.filter((s) => s.fear);
  const [ladder, setLadder] = useState(fears[0]?.id ?? NEW_LADDER);
  const [newName, setNewName] = useState('');
  const [name, setName] = useState('');
  const [level, setLevel] = useState(1);
  const [expected, setExpected] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ words: Phrase; error: boolean } | null>(null);
  if (!placeScene) return null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const file = fileField.current?.files?.[0];
    if (!file) {
      setMessage({ words: phrase(m.noFile), error: true });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const media = mediaOf(file);
      if ('problem' in media) {
        setMessage({ words: media.problem, error: true });
        return;
      }
      const facts = await readMediaFacts(file, media.kind);
      if (!facts) {
        setMessage({ words: unreadableProblem(file, media.kind), error: true });
        return;
      }
      const result = await addOwnPlace(
        file,
        facts,
        {
          name,
          ladder: ladder === NEW_LADDER ? { newName } : { id: ladder },
          expectedSuds: numberOrNull(expected),
          level,
        },
        {
          maxTextureSize: maxTextureSize(),
          estimate: async () => {
            const estimate = await navigator.storage?.estimate?.();
            return estimate?.quota ? { usage: estimate.usage ?? 0, quota: estimate.quota } : null;
          },
          persist: async () => navigator.storage?.persist?.(),
        },
        undefined,
        [...fears.map((s) => s.id), ...stored.ladders.map((l) => l.id)],
      );
      if (!result.ok) {
        setMessage({ words: result.problem, error: true });
        return;
      }
      setMessage({ words: phrase(m.added, { name: result.place.name }), error: false });
      form.current?.reset();
      setName('');
      setNewName('');
      setExpected('');
      setLevel(1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      ref={form}
      className="place-form panel"
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${id}-t`}
      aria-busy={busy}
    >
      <h2 id={`${id}-t`}>{intl.formatMessage(m.title)}</h2>
      <p className="hint">{intl.formatMessage(m.lead)}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{intl.formatMessage(m.file)}</label>
        <input
          id={`${id}-file`}
          ref={fileField}
          type="file"
          accept="image/jpeg,image/png,image/webp,video/mp4,video/webm"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>{intl.formatMessage(m.name)}</label>
        <input
          id={`${id}-name`}
          type="text"
          maxLength={PLACE_NAME_MAX}
          value={name}
          placeholder={intl.formatMessage(m.namePlaceholder)}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-ladder`}>{intl.formatMessage(m.ladder)}</label>
        <select id={`${id}-ladder`} value={ladder} onChange={(e) => setLadder(e.target.value)}>
          {fears.map((s) => (
            <option key={s.id} value={s.id}>
              {s.fear ? intl.formatMessage(s.fear) : ''}
            </option>
          ))}
          {stored.ladders.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
          <option value={NEW_LADDER}>{intl.formatMessage(m.newLadder)}</option>
        </select>
      </div>
      {ladder === NEW_LADDER && (
        <div className="field">
          <label htmlFor={`${id}-new`}>{intl.formatMessage(m.newLadderName)}</label>
          <input
            id={`${id}-new`}
            type="text"
            maxLength={PLACE_NAME_MAX}
            value={newName}
            placeholder={intl.formatMessage(m.newLadderPlaceholder)}
            onChange={(e) => setNewName(e.target.value)}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-level`}>{intl.formatMessage(m.level)}</label>
        <select id={`${id}-level`} value={level} onChange={(e) => setLevel(Number(e.target.value))}>
          <LevelOptions scene={placeScene} />
        </select>
      </div>
      <OptionalNumber
        label={intl.formatMessage(m.expected)}
        value={expected}
        onChange={setExpected}
        problemOf={sudsProblem}
        step={5}
      />
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : 'notice'}>
          {say(intl, message.words)}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {intl.formatMessage(busy ? m.adding : m.add)}
        </button>
      </div>
    </form>
  );
}
