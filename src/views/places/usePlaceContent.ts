import { useEffect, useState } from 'react';
import type { SceneContent } from '../../../scenes/types';
import { database } from '../../data/database';
import { readPlace, readPlaceFile } from '../../data/places';
import type { Place } from '../../domain/places/place';

export type PlaceContent =
  | { state: 'loading' }
  /** The place was deleted, or its file is not on this device (imported without media). */
  | { state: 'missing'; place: Place | null }
  | { state: 'ready'; place: Place; content: SceneContent };

/**
 * A place and its file as a scene's content: the file read once from the device and given to the
 * scene as an object URL, revoked when the session leaves.
 */
export function usePlaceContent(placeId: string | undefined): PlaceContent | null {
  const [content, setContent] = useState<PlaceContent | null>(
    placeId ? { state: 'loading' } : null,
  );
  useEffect(() => {
    if (!placeId) return;
    let url: string | null = null;
    let gone = false;
    void (async () => {
      const db = database();
      const [place, file] = await Promise.all([
        readPlace(db, placeId),
        readPlaceFile(db, placeId),
      ]).catch(() => [null, null] as const);
      if (gone) return;
      if (!place || !file) {
        setContent({ state: 'missing', place });
        return;
      }
      url = URL.createObjectURL(file);
      setContent({
        state: 'ready',
        place,
        content: {
          url,
          kind: place.kind,
          wrap: place.wrap,
          width: place.width,
          height: place.height,
        },
      });
    })();
    return () => {
      gone = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [placeId]);
  return content;
}
