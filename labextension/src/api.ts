/**
 * The typed client of the server extension, under ``{baseUrl}/matsci/``.
 * ServerConnection adds the token or the XSRF header, like every JupyterLab request.
 */
import { URLExt } from '@jupyterlab/coreutils';
import { ServerConnection } from '@jupyterlab/services';

import { readEvents } from './sse';
import type { ChatEvent, IChatRequest } from './types';

export const API_NAMESPACE = 'matsci';

/** An error answered by the server, with its message. */
export class APIError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message);
    this.name = 'APIError';
  }
}

function url(endPoint: string, settings: ServerConnection.ISettings): string {
  return URLExt.join(settings.baseUrl, API_NAMESPACE, endPoint);
}

async function failure(response: Response): Promise<APIError> {
  let message = `${response.status} ${response.statusText}`;
  try {
    const body = await response.json();
    if (body && typeof body.message === 'string') {
      message = body.message;
    }
  } catch {
    // not JSON: keep the status line
  }
  return new APIError(message, response.status);
}

/** Call ``matsci/<endPoint>`` and decode its JSON answer; 4xx/5xx become an APIError. */
export async function requestAPI<T>(
  endPoint = '',
  init: RequestInit = {},
  settings: ServerConnection.ISettings = ServerConnection.makeSettings()
): Promise<T> {
  let response: Response;
  try {
    response = await ServerConnection.makeRequest(url(endPoint, settings), init, settings);
  } catch (error) {
    throw new APIError(`cannot reach the Jupyter server (${(error as Error).message})`, 0);
  }
  if (!response.ok) {
    throw await failure(response);
  }
  const text = await response.text();
  return (text ? JSON.parse(text) : null) as T;
}

/**
 * Send a chat message and call ``onEvent`` for each server-sent event until the
 * turn is done. Abort ``signal`` to stop (the server stops the model and keeps
 * what was said).
 */
export async function streamChat(
  body: IChatRequest,
  onEvent: (event: ChatEvent) => void,
  signal?: AbortSignal,
  settings: ServerConnection.ISettings = ServerConnection.makeSettings()
): Promise<void> {
  let response: Response;
  try {
    response = await ServerConnection.makeRequest(
      url('chat', settings),
      { method: 'POST', body: JSON.stringify(body), signal },
      settings
    );
  } catch (error) {
    if ((error as Error).name === 'AbortError') {
      return;
    }
    throw new APIError(`cannot reach the Jupyter server (${(error as Error).message})`, 0);
  }
  if (!response.ok) {
    throw await failure(response);
  }
  if (!response.body) {
    throw new APIError('the server sent no stream', response.status);
  }
  await readChatEvents(response.body, onEvent);
}

/** Decode a ``text/event-stream`` body into chat events. */
export async function readChatEvents(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: ChatEvent) => void
): Promise<void> {
  try {
    await readEvents(body, e => onEvent({ event: e.event, data: JSON.parse(e.data) } as ChatEvent));
  } catch (error) {
    if ((error as Error).name === 'AbortError') {
      return;
    }
    throw new APIError(`the connection to the server broke (${(error as Error).message})`, 0);
  }
}
