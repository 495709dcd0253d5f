import { Container, Text } from '@react-three/uikit';
import { Slider } from '@react-three/uikit-default';
import {
  SUDS_MAX,
  SUDS_MIN,
  SUDS_STEP,
  sudsAnchors,
  sudsWords,
} from '../../../domain/session/suds';
import { color, panel } from '../../tokens';
import { named, PanelButton, Row } from './parts';

export const clampSuds = (n: number) => Math.min(SUDS_MAX, Math.max(SUDS_MIN, n));

/** The SUDS anchor words on one line, under a picker. */
export const ANCHORS = sudsAnchors.map((a) => `${a.from}-${a.to} ${a.words}`).join('   ');

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
  // "Distress now: 55 (moderate)": one colon, the words as a gloss on the number.
  const shown =
    value === null
      ? 'not chosen'
      : words
        ? `${value} (${sudsWords(value).toLowerCase()})`
        : `${value} %`;
  return (
    <Container flexDirection="column" gap={panel.pickerGap}>
      <Text fontSize={panel.font.label} color={color.text}>
        {`${label}: ${shown}`}
      </Text>
      <Row>
        <PanelButton
          name={`${name}-down`}
          label="-5"
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
          label="+5"
          onClick={() => onChange(clampSuds((value ?? -5) + SUDS_STEP))}
        />
      </Row>
    </Container>
  );
}
