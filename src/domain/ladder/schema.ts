// A ladder step as stored, as a valibot schema: LadderStep (ladder.ts) is inferred from it, and the
// import checks a file's steps against it. Pure.
import * as v from 'valibot';
import * as field from '../fields';

/** The highest place on a ladder: as many steps as an import takes rows. */
const POSITION_MAX = 100_000;

/** A step as stored; whether its scene can hold it is stepProblem's to say. */
export const ladderStepSchema = field.plain(
  v.strictObject({
    id: field.name(),
    sceneId: field.name(),
    /** In the person's words, e.g. "Balcony at the office, looking down". */
    name: field.text(200),
    /** The level the step is, or starts from when its parameters are the person's own. */
    level: field.level(),
    params: field.params(),
    /** Parameters set by hand: the step sits between levels. */
    custom: v.boolean(),
    /** The SUDS the person expects at this step; null until they fill it in. */
    expectedSuds: v.nullable(field.suds()),
    /** Its place on the scene's ladder, 0 at the bottom. */
    position: field.wholeFrom(0, POSITION_MAX),
    createdAt: field.time(),
    /**
     * The ladder it stands on where that is not its scene's own: a place of the person's on the
     * heights ladder, or one of their own ladders. Absent: its scene's.
     */
    ladder: v.optional(field.name()),
    /** The person's own place it shows (its scene is then the place scene). */
    placeId: v.optional(field.name()),
  }),
  'step',
);
