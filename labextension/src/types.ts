/**
 * The shapes the server sends (see matsci_jupyter/server/handlers.py and chat.py). Result data
 * types are generated from the pydantic payload models (src/generated/payloads.ts).
 */
import type { IModelStateData, ResultDataByKind } from './generated/payloads';

export type { ResultDataByKind } from './generated/payloads';

/** The model state the server reports (``ModelStateData``, generated). */
export type IModelState = IModelStateData;
export type ModelStateName = IModelState['state'];

export interface ICommandInfo {
  name: string;
  usage: string;
  help: string;
}

export interface IStatus {
  version: string;
  model: IModelState;
  routes: { name: string; description: string }[];
  engines: Record<string, boolean>;
  commands: ICommandInfo[];
  /** How generated code is confined on the server's machine (issue 12). */
  sandbox?: { isolated: boolean; label: string };
  limits: {
    max_message_chars: number;
    max_attachment_chars: number;
    max_body_bytes: number;
  };
}

/** An engine result (``ResultPayload``): ``data`` follows the model of its ``kind``. */
export interface IPayload {
  kind: string;
  engine: string | null;
  data: Record<string, unknown>;
  bundle: Record<string, unknown>;
  text: string;
  bundle_truncated?: boolean;
}

export type ResultKind = keyof ResultDataByKind;

/** The typed data of ``payload`` when it is of ``kind`` (the server validated it against the model). */
export function dataOf<K extends ResultKind>(payload: IPayload, kind: K): ResultDataByKind[K] | null {
  return payload.kind === kind && payload.data?.kind === kind ? (payload.data as ResultDataByKind[K]) : null;
}

export type AttachmentKind = 'cell' | 'error' | 'variable' | 'file';

export interface IAttachment {
  kind: AttachmentKind;
  label: string;
  content: string;
}

export type MessageStatus = 'streaming' | 'complete' | 'error' | 'cancelled';

export interface IChatMessage {
  id: string;
  role: 'user' | 'assistant';
  time?: string;
  content: string;
  attachments?: IAttachment[];
  results?: IPayload[];
  notices?: IPayload[];
  engine?: string | null;
  status?: MessageStatus;
  error?: string | null;
  model?: string;
  verified?: boolean;
}

export interface IHistory {
  notebook: string;
  location: string;
  notebook_exists: boolean;
  messages: IChatMessage[];
  notices: string[];
}

export interface IChatRequest {
  message: string;
  notebook?: string | null;
  /** a named chat of the notebook (absent: its default chat) */
  chat?: string | null;
  attachments?: IAttachment[];
  client_id?: string;
}

export interface IKernelAction {
  action: 'show';
  variable: string;
  code: string;
}

/** One server-sent event of a chat turn. */
export type ChatEvent =
  | { event: 'start'; data: { user: IChatMessage; assistant_id: string; history: string } }
  | { event: 'route'; data: { engine: string; via: string } }
  | { event: 'token'; data: { text: string } }
  | { event: 'result'; data: { payload: IPayload } }
  | { event: 'notice'; data: { payload: IPayload } }
  | { event: 'kernel'; data: IKernelAction }
  | { event: 'progress'; data: { message: string } }
  | { event: 'error'; data: { message: string } }
  | { event: 'done'; data: { message: IChatMessage } };
