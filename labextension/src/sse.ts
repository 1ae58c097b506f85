/**
 * A parser for server-sent events read from a fetch() body in pieces.
 * Pieces may split lines, events or a CRLF pair anywhere.
 */

export interface ISSEEvent {
  event: string;
  data: string;
}

export class SSEParser {
  private _buffer = '';

  /** Add a piece of the stream; returns the events it completed. */
  feed(chunk: string): ISSEEvent[] {
    this._buffer += chunk;
    // normalise line ends, keeping a trailing CR that may pair with the next piece's LF
    const keepCR = this._buffer.endsWith('\r');
    let text = keepCR ? this._buffer.slice(0, -1) : this._buffer;
    text = text.replace(/\r\n?/g, '\n');
    const blocks = text.split('\n\n');
    const rest = blocks.pop() ?? '';
    this._buffer = rest + (keepCR ? '\r' : '');
    return blocks.map(parseBlock).filter((e): e is ISSEEvent => e !== null);
  }

  /** The stream ended: parse what is left (an event without its final blank line). */
  flush(): ISSEEvent[] {
    const rest = this._buffer.replace(/\r\n?/g, '\n');
    this._buffer = '';
    const event = parseBlock(rest);
    return event ? [event] : [];
  }
}

function parseBlock(block: string): ISSEEvent | null {
  let event = 'message';
  const data: string[] = [];
  let sawData = false;
  for (const line of block.split('\n')) {
    if (!line || line.startsWith(':')) {
      continue;
    }
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) {
      value = value.slice(1);
    }
    if (field === 'event') {
      event = value;
    } else if (field === 'data') {
      data.push(value);
      sawData = true;
    }
  }
  return sawData ? { event, data: data.join('\n') } : null;
}

/** Read a ``text/event-stream`` body to its end, calling ``onEvent`` for each event. */
export async function readEvents(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: ISSEEvent) => void
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = new SSEParser();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      break;
    }
    parser.feed(decoder.decode(value, { stream: true })).forEach(onEvent);
  }
  parser.feed(decoder.decode()).forEach(onEvent);
  parser.flush().forEach(onEvent);
}
