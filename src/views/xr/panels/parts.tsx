// What every in-VR panel is made of: buttons, rows, a title, a note, in the panels' tokens.
import { Container, Text } from '@react-three/uikit';
import { Button } from '@react-three/uikit-default';
import type { ReactNode } from 'react';
import type { Object3D } from 'three';
import { color, panel } from '../../tokens';

/** The panels' font has ASCII only: dashes and quotes become their plain forms. */
export function plain(text: string): string {
  return text
    .replace(/[–—]/g, '-')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/…/g, '...');
}

/** Names the element's object, so tests and the bench can find it in the scene. */
export const named = (name: string) => (object: Object3D | null) => {
  if (object) object.name = name;
};

export function PanelButton({
  name,
  label,
  onClick,
  variant = 'secondary',
  disabled = false,
}: {
  name: string;
  label: string;
  onClick: () => void;
  variant?: 'default' | 'secondary' | 'destructive' | 'outline';
  disabled?: boolean;
}) {
  return (
    <Button ref={named(name)} variant={variant} size="lg" disabled={disabled} onClick={onClick}>
      <Text>{label}</Text>
    </Button>
  );
}

export function Row({ children }: { children: ReactNode }) {
  return (
    <Container flexDirection="row" flexWrap="wrap" gap={panel.rowGap} alignItems="center">
      {children}
    </Container>
  );
}

export function Title({ children }: { children: string }) {
  return (
    <Text fontSize={panel.font.title} color={color.text}>
      {plain(children)}
    </Text>
  );
}

export function Note({ children }: { children: string }) {
  return (
    <Text fontSize={panel.font.note} color={color.muted}>
      {plain(children)}
    </Text>
  );
}
