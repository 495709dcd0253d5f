import { useState } from 'react';
import { useIntl } from 'react-intl';
import { defineMessages, type Phrase, say } from '../../domain/phrase';
import type { Place } from '../../domain/places/place';
import { sizeWords } from '../../domain/size';
import { deleteOwnPlace } from '../../state/places';
import { DestructiveButton } from '../widgets/DestructiveButton';

const m = defineMessages({
  title: { id: 'places.listTitle', defaultMessage: 'Your places' },
  what: {
    id: 'places.what',
    defaultMessage:
      '{kind, select, video {Video} other {Photo}}, {wrap, select, around {360°} other {on a screen ahead}}, {width} × {height}, {size}',
  },
  delete: { id: 'places.delete', defaultMessage: 'Delete' },
  deleteLabel: { id: 'places.deleteLabel', defaultMessage: 'Delete the place {name}' },
  confirm: {
    id: 'places.confirm',
    defaultMessage:
      'Delete “{name}” and its file from this device? Its steps go too; the sessions you had there stay in your log.',
  },
  deleteIt: { id: 'places.deleteIt', defaultMessage: 'Delete it' },
  keepIt: { id: 'places.keepIt', defaultMessage: 'Keep it' },
});

/** The person's places, each with what it is and a delete that asks first. */
export function PlaceList({ places }: { places: readonly Place[] }) {
  const intl = useIntl();
  if (places.length === 0) return null;
  return (
    <section className="place-list" aria-labelledby="places-title">
      <h2 id="places-title">{intl.formatMessage(m.title)}</h2>
      <ul>
        {places.map((place) => (
          <PlaceRow key={place.id} place={place} />
        ))}
      </ul>
    </section>
  );
}

function PlaceRow({ place }: { place: Place }) {
  const intl = useIntl();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<Phrase | null>(null);
  return (
    <li data-place={place.name}>
      <strong>{place.name}</strong>{' '}
      <span className="hint">
        {intl.formatMessage(m.what, {
          kind: place.kind,
          wrap: place.wrap,
          width: place.width,
          height: place.height,
          size: say(intl, sizeWords(place.bytes)),
        })}
      </span>{' '}
      {confirming ? (
        <span className="row">
          <span>{intl.formatMessage(m.confirm, { name: place.name })}</span>
          <DestructiveButton
            className="danger"
            onClick={() => void deleteOwnPlace(place.id).then(setProblem)}
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
          aria-label={intl.formatMessage(m.deleteLabel, { name: place.name })}
        >
          {intl.formatMessage(m.delete)}
        </DestructiveButton>
      )}
      {problem && (
        <p role="alert" className="error">
          {say(intl, problem)}
        </p>
      )}
    </li>
  );
}
