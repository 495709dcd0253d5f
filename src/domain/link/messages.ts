// What the two paired devices say to each other, inside sealed frames. Each message is checked
// against its schema on arrival; one that fails is refused and noted, never acted on. Pure.
import * as v from 'valibot';
import { level, name, num, suds, table, text, time, wholeFrom } from '../fields';
import { breathPatternSchema } from '../session/schema';

/** The session as the companion sees it: what is on, where it stands, the ratings so far. */
export const PHASES = ['before', 'running', 'paused', 'rest', 'after', 'ended', 'none'] as const;
export type LinkPhase = (typeof PHASES)[number];

export const COMMANDS = [
  'ask-rating',
  'level-up',
  'level-down',
  'pacer-show',
  'pacer-hide',
  'pause',
  'resume',
  'stop',
] as const;
export type Command = (typeof COMMANDS)[number];

const MAX_RATINGS = 2000;
const MAX_IDS = 50_000;
/** A batch is an export file's text: the import's own limits apply to it once it arrives. */
const MAX_BATCH_CHARS = 8_000_000;

export const liveSchema = v.strictObject({
  type: v.literal('live'),
  sessionId: v.optional(name()),
  sceneId: v.optional(name()),
  level: v.optional(level()),
  phase: v.picklist(PHASES),
  /** Active seconds so far, as of `sentAt` on the sender's clock. */
  elapsed: num(),
  /** Whether the clock is running, so the companion may count on between messages. */
  counting: v.boolean(),
  /** Each rating: active seconds since the start and the value. */
  ratings: v.pipe(v.array(v.strictObject({ at: num(), suds: suds() })), v.maxLength(MAX_RATINGS)),
  /** Seconds since the last rating, as of sending. */
  sinceRating: v.optional(num()),
  pacer: v.nullable(breathPatternSchema),
  measures: table(num()),
  /** The person allows the view to be mirrored now. */
  mirror: v.boolean(),
  sentAt: time(),
});

export const commandSchema = v.strictObject({
  type: v.literal('command'),
  command: v.picklist(COMMANDS),
  /** So an answer can name the command it answers. */
  id: wholeFrom(1, Number.MAX_SAFE_INTEGER),
});

/** The answer to a command: done, or refused with the person's device's words. */
export const answerSchema = v.strictObject({
  type: v.literal('answer'),
  id: wholeFrom(1, Number.MAX_SAFE_INTEGER),
  done: v.boolean(),
  words: v.optional(text(500)),
});

/** What a device holds, so the other sends only what it lacks. */
export const inventorySchema = v.strictObject({
  type: v.literal('inventory'),
  sessions: v.pipe(v.array(name()), v.maxLength(MAX_IDS)),
  steps: v.pipe(v.array(name()), v.maxLength(MAX_IDS)),
});

/** Sessions and steps the other lacks, as the text of an export file. */
export const batchSchema = v.strictObject({
  type: v.literal('batch'),
  id: wholeFrom(1, Number.MAX_SAFE_INTEGER),
  file: v.pipe(v.string(), v.maxLength(MAX_BATCH_CHARS)),
});

export const batchResultSchema = v.strictObject({
  type: v.literal('batch-result'),
  id: wholeFrom(1, Number.MAX_SAFE_INTEGER),
  ok: v.boolean(),
  words: v.optional(text(2000)),
});

/** WebRTC's offer, answer and candidates, sealed so the relay cannot swap the DTLS fingerprints. */
export const signalSchema = v.strictObject({
  type: v.literal('signal'),
  description: v.optional(
    v.strictObject({
      type: v.picklist(['offer', 'answer']),
      sdp: v.pipe(v.string(), v.maxLength(100_000)),
    }),
  ),
  candidate: v.optional(
    v.strictObject({
      candidate: v.pipe(v.string(), v.maxLength(2000)),
      sdpMid: v.nullable(v.pipe(v.string(), v.maxLength(100))),
      sdpMLineIndex: v.nullable(wholeFrom(0, 1000)),
    }),
  ),
});

/** The pairing ended by this side. */
export const byeSchema = v.strictObject({ type: v.literal('bye') });

export const messageSchema = v.variant('type', [
  liveSchema,
  commandSchema,
  answerSchema,
  inventorySchema,
  batchSchema,
  batchResultSchema,
  signalSchema,
  byeSchema,
]);

export type LinkMessage = v.InferOutput<typeof messageSchema>;
export type LiveMessage = v.InferOutput<typeof liveSchema>;

/** The message, or why it is refused (the first problem, by its path). */
export function readMessage(
  value: unknown,
): { ok: true; message: LinkMessage } | { ok: false; problem: string } {
  const result = v.safeParse(messageSchema, value);
  if (result.success) return { ok: true, message: result.output };
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, problem: path ? `${path}: ${issue.message}` : issue.message };
}
