import { describe, expect, it } from 'vitest';

import { readEvents, SSEParser, type ISSEEvent } from '../src/sse';

describe('SSEParser', () => {
  it('parses events split at any point, CRLF pairs included', () => {
    const stream = 'event: token\r\ndata: {"text":"Cu"}\r\n\r\n: keep-alive\r\n\r\nevent: done\r\ndata: {}\r\n\r\n';
    for (let cut = 1; cut < stream.length; cut++) {
      const parser = new SSEParser();
      const events = [...parser.feed(stream.slice(0, cut)), ...parser.feed(stream.slice(cut)), ...parser.flush()];
      expect(events, `cut at ${cut}`).toEqual([
        { event: 'token', data: '{"text":"Cu"}' },
        { event: 'done', data: '{}' }
      ]);
    }
  });

  it('joins multi-line data, defaults the event name and skips comments', () => {
    const parser = new SSEParser();
    expect(parser.feed('data: a\ndata: b\n\n: comment only\n\n')).toEqual([{ event: 'message', data: 'a\nb' }]);
  });

  it('keeps an unfinished event until the stream ends', () => {
    const parser = new SSEParser();
    expect(parser.feed('event: done\ndata: {"x":1}')).toEqual([]);
    expect(parser.flush()).toEqual([{ event: 'done', data: '{"x":1}' }]);
  });
});

describe('readEvents', () => {
  it('decodes UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode('event: token\ndata: {"text":"Å 🧪"}\n\n');
    const chunks = [bytes.slice(0, 27), bytes.slice(27, 30), bytes.slice(30)];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        chunks.forEach(c => controller.enqueue(c));
        controller.close();
      }
    });
    const events: ISSEEvent[] = [];
    await readEvents(body, e => events.push(e));
    expect(events).toEqual([{ event: 'token', data: '{"text":"Å 🧪"}' }]);
  });
});
