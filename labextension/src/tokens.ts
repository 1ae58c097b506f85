/**
 * Lumino tokens so other extensions can use the MatSci chat.
 */
import { Token } from '@lumino/coreutils';
import type { Widget } from '@lumino/widgets';

export interface IMatsciChat {
  /** The sidebar panel. */
  readonly widget: Widget;
  /** Send ``text`` as if typed in the panel; resolves when the answer is complete. */
  ask(text: string): Promise<void>;
}

export const IMatsciChat = new Token<IMatsciChat>(
  'matsci-jupyter:IMatsciChat',
  'The MatSci chat panel: ask it questions from other extensions.'
);
