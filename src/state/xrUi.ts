// What the in-headset panels and comfort controls need besides the session: a small store of its own.
import { create } from 'zustand';
import { recentre, seatedLift } from '../domain/xr/comfort';

/** The head as tracked, in the headset's own space (before the origin's shift). */
export interface HeadPose {
  x: number;
  y: number;
  z: number;
  yaw: number;
}

export interface OriginShift {
  yaw: number;
  x: number;
  z: number;
  /** Raised for a seated person, so the scene's eye height matches theirs. */
  lift: number;
}

interface XrUi {
  /** The rating panel is open (A button, the panel's Rate button, or a prompt). */
  ratingOpen: boolean;
  openRating(open: boolean): void;
  origin: OriginShift;
  seated: boolean;
  /** Reads the head pose; set by the origin rig while a headset session runs. */
  readHead: (() => HeadPose) | null;
  recentre(): void;
  setSeated(seated: boolean): void;
}

export const noShift: OriginShift = { yaw: 0, x: 0, z: 0, lift: 0 };

export const useXrUi = create<XrUi>()((set, get) => ({
  ratingOpen: false,
  openRating: (ratingOpen) => set({ ratingOpen }),
  origin: noShift,
  seated: false,
  readHead: null,
  recentre() {
    const head = get().readHead?.();
    if (head) set({ origin: { ...recentre(head), lift: get().origin.lift } });
  },
  setSeated(seated) {
    const head = get().readHead?.();
    set({ seated, origin: { ...get().origin, lift: seated && head ? seatedLift(head.y) : 0 } });
  },
}));
