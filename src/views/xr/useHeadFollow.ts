import { useFrame } from '@react-three/fiber';
import { type RefObject, useRef } from 'react';
import { type Group, Quaternion, Vector3 } from 'three';
import { type Follow, follow, type Place, placement, startFollow } from '../../domain/xr/follow';

const forward = new Vector3();
const head = new Vector3();
const headRotation = new Quaternion();

/**
 * Keeps a group where `place` puts it relative to the head, following lazily (see follow.ts),
 * and turned to face the person. Runs in the frame loop; nothing goes through React.
 */
export function useHeadFollow(group: RefObject<Group | null>, place: Place) {
  const anchor = useRef<Follow | null>(null);
  useFrame((state, delta) => {
    const g = group.current;
    if (!g) return;
    state.camera.getWorldPosition(head);
    state.camera.getWorldQuaternion(headRotation);
    forward.set(0, 0, -1).applyQuaternion(headRotation);
    // Only the heading is followed, not the pitch: looking down at a drop never pulls content into it.
    const yaw = Math.atan2(-forward.x, -forward.z);
    anchor.current = anchor.current
      ? follow(anchor.current, yaw, head.x, head.y, head.z, delta)
      : startFollow(yaw, head.x, head.y, head.z);
    const [x, y, z] = placement(anchor.current, place);
    g.position.set(x, y, z);
    g.lookAt(head);
  });
}
