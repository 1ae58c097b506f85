/**
 * Slash commands typed in the chat box: completion from the list the server sends.
 */
import type { ICommandInfo } from './types';

/** The command being typed (``/co`` -> ``co``), or null when the text is not a command. */
export function typedCommand(input: string): string | null {
  const match = /^\/([a-z]*)$/i.exec(input.trimStart());
  return match ? match[1].toLowerCase() : null;
}

/** Commands whose name starts with what is typed, for the completion list. */
export function completeCommand(input: string, commands: ICommandInfo[]): ICommandInfo[] {
  const typed = typedCommand(input);
  if (typed === null) {
    return [];
  }
  return commands.filter(c => c.name.startsWith(typed));
}

/** ``"/code "`` for a command chosen in the completion list. */
export function insertCommand(command: ICommandInfo): string {
  return `/${command.name} `;
}

/** The ``@file`` reference being typed at the end of the input (``"see @Na"`` -> ``"Na"``), or null. */
export function typedFileRef(input: string): string | null {
  const match = /(?:^|[\s(])@([\w./-]*)$/.exec(input);
  return match ? match[1] : null;
}

/** The input with the ``@file`` reference being typed completed to ``name``. */
export function insertFileRef(input: string, name: string): string {
  return input.replace(/@([\w./-]*)$/, `@${name} `);
}

/** The command a message starts with (``"/show x"`` -> ``"show"``), or null. */
export function commandOf(message: string): string | null {
  const match = /^\/([a-z]+)(\s|$)/i.exec(message.trimStart());
  return match ? match[1].toLowerCase() : null;
}
