import { describe, expect, it } from 'vitest';

import { commandOf, completeCommand, insertCommand, insertFileRef, typedCommand, typedFileRef } from '../src/slash';

const COMMANDS = [
  { name: 'code', usage: '/code REQUEST', help: 'code' },
  { name: 'check', usage: '/check', help: 'check' },
  { name: 'answer', usage: '/answer Q', help: 'answer' }
];

describe('slash commands', () => {
  it('completes the command being typed', () => {
    expect(completeCommand('/c', COMMANDS).map(c => c.name)).toEqual(['code', 'check']);
    expect(completeCommand('/', COMMANDS)).toHaveLength(3);
    expect(completeCommand('/code x', COMMANDS)).toEqual([]);
    expect(completeCommand('code', COMMANDS)).toEqual([]);
  });

  it('reads the command of a message', () => {
    expect(typedCommand('  /Ans')).toBe('ans');
    expect(commandOf('/show structure')).toBe('show');
    expect(commandOf('/help')).toBe('help');
    expect(commandOf('a/b')).toBeNull();
    expect(insertCommand(COMMANDS[0])).toBe('/code ');
  });
});

describe('@file references', () => {
  it('finds the reference being typed and completes it', () => {
    expect(typedFileRef('check @Na')).toBe('Na');
    expect(typedFileRef('@')).toBe('');
    expect(typedFileRef('mail me at a@b')).toBeNull();
    expect(typedFileRef('@NaCl.cif done')).toBeNull();
    expect(insertFileRef('what is in @Na', 'NaCl.cif')).toBe('what is in @NaCl.cif ');
  });
});
