// What every in-VR panel is made of: buttons, rows, a title, a note, in the panels' tokens. Their
// words arrive in the page's language; the panels' font holds every European letter and the
// dashes and quotes of their sentences, so they are drawn as written.
import { Container, Text } from '@react-three/uikit';
import { Button } from '@react-three/uikit-default';
import type { ReactNode } from 'react';
import type { Object3D } from 'three';
import { color, panel, panelButton } from '../../tokens';

/** Names the element's object, so tests and the bench can find it in the scene. */
export const named = (name: string) => (object: Object3D | null) => {
  if (object) object.name = name;
};

/** A panel's main action, an ordinary one, or the stop. */
export type ButtonKind = keyof typeof panelButton;

export function PanelButton({
  name,
  label,
  onClick,
  kind = 'secondary',
  disabled = false,
}: {
  name: string;
  label: string;
  onClick: () => void;
  kind?: ButtonKind;
  disabled?: boolean;
}) {
  // The theme's own variants draw its primary dark on this dark panel, so that the main action
  // looked disabled: the colours come from the app's tokens instead.
  const { background, text } = panelButton[kind];
  return (
    <Button
      ref={named(name)}
      size="lg"
      disabled={disabled}
      onClick={onClick}
      backgroundColor={background}
      color={text}
      hover={{ backgroundColor: background, color: text }}
    >
      <Text color={text}>{label}</Text>
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
      {children}
    </Text>
  );
}

export function Note({ children }: { children: string }) {
  return (
    <Text fontSize={panel.font.note} color={color.muted}>
      {children}
    </Text>
  );
}
