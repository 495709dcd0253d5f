// What the people in the café say: the built-in lines of each situation, in every language the app
// ships, and the person's own lines as they wrote them. Pure.
import { defineMessages, type Text } from '../types';
import type { Manner } from './party';

/** A line said to the person, and a simpler way of asking it for when no answer comes. */
export interface Line {
  text: Text;
  easier?: Text;
}

const m = defineMessages({
  greeting1: { id: 'scene.conversation.line.greeting1', defaultMessage: 'Hi there, welcome in!' },
  greeting2: {
    id: 'scene.conversation.line.greeting2',
    defaultMessage: 'Good morning! How are you?',
  },
  greeting3: {
    id: 'scene.conversation.line.greeting3',
    defaultMessage: 'Hello! Nice to see you again.',
  },
  ordering1: {
    id: 'scene.conversation.line.ordering1',
    defaultMessage: 'What can I get for you today?',
  },
  ordering1Easier: {
    id: 'scene.conversation.line.ordering1Easier',
    defaultMessage: 'Coffee? Tea?',
    description: 'A simpler way of asking what the person would like to order',
  },
  ordering2: {
    id: 'scene.conversation.line.ordering2',
    defaultMessage: 'Hi! What would you like?',
  },
  ordering2Easier: {
    id: 'scene.conversation.line.ordering2Easier',
    defaultMessage: 'Something to drink?',
  },
  followUp1: {
    id: 'scene.conversation.line.followUp1',
    defaultMessage: 'Is that for here or to take away?',
  },
  followUp1Easier: { id: 'scene.conversation.line.followUp1Easier', defaultMessage: 'For here?' },
  followUp2: {
    id: 'scene.conversation.line.followUp2',
    defaultMessage: 'What size would you like?',
  },
  followUp2Easier: {
    id: 'scene.conversation.line.followUp2Easier',
    defaultMessage: 'Small or large?',
  },
  followUp3: {
    id: 'scene.conversation.line.followUp3',
    defaultMessage: 'Can I get a name for the order?',
  },
  followUp3Easier: { id: 'scene.conversation.line.followUp3Easier', defaultMessage: 'Your name?' },
  small1: { id: 'scene.conversation.line.small1', defaultMessage: 'Do you come here often?' },
  small1Easier: {
    id: 'scene.conversation.line.small1Easier',
    defaultMessage: 'Have you been here before?',
  },
  small2: {
    id: 'scene.conversation.line.small2',
    defaultMessage: 'How has your day been so far?',
  },
  small2Easier: { id: 'scene.conversation.line.small2Easier', defaultMessage: 'Good day?' },
  small3: {
    id: 'scene.conversation.line.small3',
    defaultMessage: 'Any plans for the weekend?',
  },
  small3Easier: {
    id: 'scene.conversation.line.small3Easier',
    defaultMessage: 'Doing anything nice this weekend?',
  },
  small4: {
    id: 'scene.conversation.line.small4',
    defaultMessage: 'Have you tried the cake here? It’s very good.',
  },
  small5: {
    id: 'scene.conversation.line.small5',
    defaultMessage: 'What do you like to do when you’re not working?',
  },
  small5Easier: {
    id: 'scene.conversation.line.small5Easier',
    defaultMessage: 'Any hobbies?',
  },
  small6: {
    id: 'scene.conversation.line.small6',
    defaultMessage: 'Did you find the place all right?',
  },
  small7: {
    id: 'scene.conversation.line.small7',
    defaultMessage: 'Isn’t the weather something today?',
  },
  small8: {
    id: 'scene.conversation.line.small8',
    defaultMessage: 'Have you seen anything good lately, a film or a series?',
  },
  small8Easier: {
    id: 'scene.conversation.line.small8Easier',
    defaultMessage: 'Seen any good films?',
  },
  personal1: {
    id: 'scene.conversation.line.personal1',
    defaultMessage: 'So what do you do for a living?',
  },
  personal1Easier: {
    id: 'scene.conversation.line.personal1Easier',
    defaultMessage: 'Do you work near here?',
  },
  personal2: {
    id: 'scene.conversation.line.personal2',
    defaultMessage: 'Where did you grow up?',
  },
  personal3: {
    id: 'scene.conversation.line.personal3',
    defaultMessage: 'What’s something you’re proud of?',
  },
  personal3Easier: {
    id: 'scene.conversation.line.personal3Easier',
    defaultMessage: 'What are you good at?',
  },
  personal4: {
    id: 'scene.conversation.line.personal4',
    defaultMessage: 'How would your friends describe you?',
  },
  personal4Easier: {
    id: 'scene.conversation.line.personal4Easier',
    defaultMessage: 'Are you the quiet one?',
  },
  personal5: {
    id: 'scene.conversation.line.personal5',
    defaultMessage: 'What made you choose the work you do?',
  },
  personal6: {
    id: 'scene.conversation.line.personal6',
    defaultMessage: 'Where do you see yourself in a few years?',
  },
  personal6Easier: {
    id: 'scene.conversation.line.personal6Easier',
    defaultMessage: 'Any big plans?',
  },
  disagree1: {
    id: 'scene.conversation.line.disagree1',
    defaultMessage: 'Hm. I don’t think that’s right at all.',
  },
  disagree2: {
    id: 'scene.conversation.line.disagree2',
    defaultMessage: 'Really? I see it quite differently.',
  },
  disagree3: {
    id: 'scene.conversation.line.disagree3',
    defaultMessage: 'I’m not sure I agree with you there. Why do you say that?',
  },
  disagree4: {
    id: 'scene.conversation.line.disagree4',
    defaultMessage: 'That doesn’t sound right to me.',
  },
  introduce1: {
    id: 'scene.conversation.line.introduce1',
    defaultMessage: 'We haven’t met. Why don’t you tell everyone a bit about yourself?',
  },
  introduce1Easier: {
    id: 'scene.conversation.line.introduce1Easier',
    defaultMessage: 'Just your name and what you do?',
  },
  introduce2: {
    id: 'scene.conversation.line.introduce2',
    defaultMessage: 'Go on, introduce yourself to the table.',
  },
  introduce2Easier: {
    id: 'scene.conversation.line.introduce2Easier',
    defaultMessage: 'What’s your name?',
  },
  friendly1: { id: 'scene.conversation.line.friendly1', defaultMessage: 'Oh, that’s lovely!' },
  friendly2: {
    id: 'scene.conversation.line.friendly2',
    defaultMessage: 'Ha, I know exactly what you mean.',
  },
  friendly3: { id: 'scene.conversation.line.friendly3', defaultMessage: 'That’s great to hear.' },
  friendly4: {
    id: 'scene.conversation.line.friendly4',
    defaultMessage: 'Really? Tell me more some time.',
  },
  neutral1: { id: 'scene.conversation.line.neutral1', defaultMessage: 'Right, I see.' },
  neutral2: { id: 'scene.conversation.line.neutral2', defaultMessage: 'Okay, fair enough.' },
  neutral3: { id: 'scene.conversation.line.neutral3', defaultMessage: 'Mm-hm. Interesting.' },
  critical1: { id: 'scene.conversation.line.critical1', defaultMessage: 'Hm. If you say so.' },
  critical2: { id: 'scene.conversation.line.critical2', defaultMessage: 'Right. Anyway.' },
  critical3: { id: 'scene.conversation.line.critical3', defaultMessage: 'Is that so.' },
  nudge1: { id: 'scene.conversation.line.nudge1', defaultMessage: 'No rush.' },
  nudge2: {
    id: 'scene.conversation.line.nudge2',
    defaultMessage: 'Sorry, let me put it another way.',
  },
  nudge3: { id: 'scene.conversation.line.nudge3', defaultMessage: 'Take your time.' },
  remark1: {
    id: 'scene.conversation.line.remark1',
    defaultMessage: 'Not much of a talker, are you?',
  },
  remark2: { id: 'scene.conversation.line.remark2', defaultMessage: 'Okay then. Never mind.' },
  remark3: { id: 'scene.conversation.line.remark3', defaultMessage: 'Anyway…' },
  interrupt1: {
    id: 'scene.conversation.line.interrupt1',
    defaultMessage: 'Sorry, can I just say something?',
  },
  interrupt2: {
    id: 'scene.conversation.line.interrupt2',
    defaultMessage: 'Oh, that reminds me, did you hear about the new place down the road?',
  },
  interrupt3: {
    id: 'scene.conversation.line.interrupt3',
    defaultMessage: 'Sorry to cut in, but we should order soon.',
  },
  mishapFriendly1: {
    id: 'scene.conversation.line.mishapFriendly1',
    defaultMessage: 'Oh no! Don’t worry, it happens to everyone.',
  },
  mishapFriendly2: {
    id: 'scene.conversation.line.mishapFriendly2',
    defaultMessage: 'Oops! Are you all right?',
  },
  mishapNeutral1: { id: 'scene.conversation.line.mishapNeutral1', defaultMessage: 'Whoops.' },
  mishapNeutral2: {
    id: 'scene.conversation.line.mishapNeutral2',
    defaultMessage: 'I’ll get some napkins.',
  },
  mishapCritical1: {
    id: 'scene.conversation.line.mishapCritical1',
    defaultMessage: 'Well, that was clumsy.',
  },
  mishapCritical2: {
    id: 'scene.conversation.line.mishapCritical2',
    defaultMessage: 'Careful! That nearly went on my shoes.',
  },
});

export type Situation =
  | 'greeting'
  | 'ordering'
  | 'orderFollowUp'
  | 'smallTalk'
  | 'personal'
  | 'disagreement'
  | 'introduce';

const line = (text: Text, easier?: Text): Line => (easier ? { text, easier } : { text });

/** The built-in lines of each situation; a question with an easier form has it beside it. */
export const lineSets: Record<Situation, readonly Line[]> = {
  greeting: [line(m.greeting1), line(m.greeting2), line(m.greeting3)],
  ordering: [line(m.ordering1, m.ordering1Easier), line(m.ordering2, m.ordering2Easier)],
  orderFollowUp: [
    line(m.followUp1, m.followUp1Easier),
    line(m.followUp2, m.followUp2Easier),
    line(m.followUp3, m.followUp3Easier),
  ],
  smallTalk: [
    line(m.small1, m.small1Easier),
    line(m.small2, m.small2Easier),
    line(m.small3, m.small3Easier),
    line(m.small4),
    line(m.small5, m.small5Easier),
    line(m.small6),
    line(m.small7),
    line(m.small8, m.small8Easier),
  ],
  personal: [
    line(m.personal1, m.personal1Easier),
    line(m.personal2),
    line(m.personal3, m.personal3Easier),
    line(m.personal4, m.personal4Easier),
    line(m.personal5),
    line(m.personal6, m.personal6Easier),
  ],
  disagreement: [line(m.disagree1), line(m.disagree2), line(m.disagree3), line(m.disagree4)],
  introduce: [line(m.introduce1, m.introduce1Easier), line(m.introduce2, m.introduce2Easier)],
};

/** How each manner answers an answer. */
export const reactions: Record<Manner, readonly Text[]> = {
  friendly: [m.friendly1, m.friendly2, m.friendly3, m.friendly4],
  neutral: [m.neutral1, m.neutral2, m.neutral3],
  critical: [m.critical1, m.critical2, m.critical3],
};

/** A friendly speaker's kind word before asking again, more simply. */
export const nudges: readonly Text[] = [m.nudge1, m.nudge2, m.nudge3];

/** What a cool speaker says on giving up the wait, glancing away. */
export const remarks: readonly Text[] = [m.remark1, m.remark2, m.remark3];

/** Someone talking over the person's answer. */
export const interruptions: readonly Text[] = [m.interrupt1, m.interrupt2, m.interrupt3];

/** What is said once the dropped cup has been looked at. */
export const mishapLines: Record<Manner, readonly Text[]> = {
  friendly: [m.mishapFriendly1, m.mishapFriendly2],
  neutral: [m.mishapNeutral1, m.mishapNeutral2],
  critical: [m.mishapCritical1, m.mishapCritical2],
};

/** The person's own lines are kept to a caption's length, and to as many as a session can use. */
export const OWN_LINES_MAX = 20;
export const OWN_LINE_LENGTH = 160;

/** The person's own lines, one a line, blank lines dropped, in the words they wrote. */
export function ownLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .slice(0, OWN_LINES_MAX)
    .map((l) => l.slice(0, OWN_LINE_LENGTH));
}
