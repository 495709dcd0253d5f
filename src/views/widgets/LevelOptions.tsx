import { useIntl } from 'react-intl';
import type { SceneDefinition } from '../../../scenes/types';
import { defineMessages } from '../../domain/phrase';

const m = defineMessages({
  option: { id: 'ladder.levelOption', defaultMessage: '{number}. {name}' },
});

/** A scene's ten levels as the options of a select, each numbered and named ("3. 20 m, bar rail"). */
export function LevelOptions({ scene }: { scene: SceneDefinition }) {
  const intl = useIntl();
  return scene.levels.map((l, i) => (
    <option key={l.name.id} value={i + 1}>
      {intl.formatMessage(m.option, { number: i + 1, name: intl.formatMessage(l.name) })}
    </option>
  ));
}
