// A file's size as a person reads it: megabytes (MiB, as file managers show them). Pure.
import { defineMessages, type Phrase, phrase } from './phrase';

const m = defineMessages({
  megabytes: {
    id: 'import.megabytes',
    defaultMessage: '{size, number} MB',
    description: 'A file size in megabytes',
  },
  megabytesTenths: {
    id: 'import.megabytesTenths',
    defaultMessage: '{size, number, ::.0} MB',
    description: 'A file size in megabytes, with one decimal',
  },
});

/** Megabytes as a size is written: whole from 10 MB, to a tenth below. */
export function megabytes(bytes: number): { size: number; tenths: boolean } {
  const mb = bytes / (1024 * 1024);
  return mb >= 10
    ? { size: Math.round(mb), tenths: false }
    : { size: Math.round(mb * 10) / 10, tenths: true };
}

/** "666 MB": a size as a person reads it. */
export function sizeWords(bytes: number): Phrase {
  const { size, tenths } = megabytes(bytes);
  return phrase(tenths ? m.megabytesTenths : m.megabytes, { size });
}
