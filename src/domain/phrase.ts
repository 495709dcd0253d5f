// Words made now and shown later (a problem, an error, a status), kept as a catalogue message
// and its values so they are said in the person's language when shown, even after a switch.
// The type is part of the scene contract (scenes/types.ts), as a scene's checks make phrases too.
export type { Phrase, PhraseValue, Text, Words } from '../../scenes/types';
export { defineMessages, isPhrase, phrase, say } from '../../scenes/types';
