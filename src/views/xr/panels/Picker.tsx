import { Container, Text } from '@react-three/uikit';
import { Slider } from '@react-three/uikit-default';
import { type IntlShape, useIntl } from 'react-intl';
import { defineMessages } from '../../../domain/phrase';
import {
  SUDS_MAX,
  SUDS_MIN,
  SUDS_STEP,
  sudsAnchors,
  sudsWords,
} from '../../../domain/session/suds';
import { color, panel } from '../../tokens';
import { sayWords } from '../words';
import { named, PanelButton, Row } from './parts';

const m = defineMessages({
  suds: {
    id: 'xr.pickerSuds',
    defaultMessage: '{label}: {value, number} ({words})',
    description: 'A rating and its anchor words, e.g. "Distress now: 55 (moderate)"',
  },
  percent: {
    id: 'xr.pickerPercent',
    defaultMessage: '{label}: {value, number} %',
    description: 'A percentage, e.g. "How likely it feels now: 40 %"',
  },
  notChosen: { id: 'xr.pickerNotChosen', defaultMessage: '{label}: not chosen' },
  anchor: {
    id: 'xr.anchor',
    defaultMessage: '{from, number}-{to, number} {words}',
    description: 'One range of the 0-100 distress scale and its words, e.g. "40-59 Moderate"',
  },
});

export const clampSuds = (n: number) => Math.min(SUDS_MAX, Math.max(SUDS_MIN, n));

/** The SUDS anchor words on one line, under a picker. */
export function anchorsLine(intl: IntlShape): string {
  return sudsAnchors
    .map((a) =>
      intl.formatMessage(m.anchor, { from: a.from, to: a.to, words: sayWords(intl, a.words) }),
    )
    .join('   ');
}

/**
 * The anchor words as a gloss after the number: only their first letter lowered, so a noun later
 * in them keeps its capital (German).
 */
function gloss(intl: IntlShape, suds: number): string {
  const words = sayWords(intl, sudsWords(suds));
  return words.charAt(0).toLocaleLowerCase(intl.locale) + words.slice(1);
}

/** A SUDS (or percentage) picker: -5 / slider / +5, the value and its anchor words. */
export function Picker({
  name,
  label,
  value,
  onChange,
  words = true,
}: {
  name: string;
  label: string;
  value: number | null;
  onChange: (value: number) => void;
  words?: boolean;
}) {
  const intl = useIntl();
  // "Distress now: 55 (moderate)": one colon, the words as a gloss on the number.
  const shown =
    value === null
      ? intl.formatMessage(m.notChosen, { label })
      : words
        ? intl.formatMessage(m.suds, { label, value, words: gloss(intl, value) })
        : intl.formatMessage(m.percent, { label, value });
  return (
    <Container flexDirection="column" gap={panel.pickerGap}>
      <Text fontSize={panel.font.label} color={color.text}>
        {shown}
      </Text>
      <Row>
        <PanelButton
          name={`${name}-down`}
          label={intl.formatNumber(-SUDS_STEP)}
          onClick={() => onChange(clampSuds((value ?? 5) - SUDS_STEP))}
        />
        <Slider
          ref={named(`${name}-slider`)}
          width={panel.sliderWidth}
          min={SUDS_MIN}
          max={SUDS_MAX}
          step={SUDS_STEP}
          value={value ?? 0}
          onValueChange={(v: number) => onChange(clampSuds(v))}
        />
        <PanelButton
          name={`${name}-up`}
          label={intl.formatNumber(SUDS_STEP, { signDisplay: 'always' })}
          onClick={() => onChange(clampSuds((value ?? -5) + SUDS_STEP))}
        />
      </Row>
    </Container>
  );
}
