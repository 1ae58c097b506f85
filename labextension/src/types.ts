/**
 * The shapes the server sends (see matsci_jupyter/server/handlers.py and chat.py).
 */

export type ModelStateName = 'none' | 'loading' | 'ready' | 'error';

export interface IModelState {
  state: ModelStateName;
  backend: string;
  name: string | null;
  device: string | null;
  quantization: string | null;
  four_bit: boolean;
  source: string | null;
  memory_bytes: number | null;
  loading: { target: string; action: string; seconds: number } | null;
  error: string | null;
  configured_url: string | null;
  suggested_model: string | null;
  notes: string[];
}

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

/** An engine result: ``data`` is its ``as_dict()``, ``bundle`` its mime bundle. */
export interface IPayload {
  kind: string;
  engine: string | null;
  data: Record<string, any>;
  bundle: Record<string, any>;
  text: string;
  bundle_truncated?: boolean;
}

export type AttachmentKind = 'cell' | 'error' | 'variable';

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
