/**
 * Splits a (possibly still streaming) markdown answer into prose and fenced code
 * blocks, so each code block can get its own buttons.
 */

export type Segment =
  | { type: 'markdown'; text: string }
  | { type: 'code'; code: string; language: string; closed: boolean };

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)[^`]*$/;

export function splitMarkdown(text: string): Segment[] {
  const segments: Segment[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let prose: string[] = [];
  let code: string[] | null = null;
  let fence = '';
  let language = '';

  const flushProse = () => {
    const joined = prose.join('\n');
    if (joined.trim()) {
      segments.push({ type: 'markdown', text: joined.replace(/^\n+|\n+$/g, '') });
    }
    prose = [];
  };

  for (const line of lines) {
    if (code === null) {
      const open = FENCE.exec(line);
      if (open) {
        flushProse();
        fence = open[1];
        language = open[2].toLowerCase();
        code = [];
      } else {
        prose.push(line);
      }
      continue;
    }
    const trimmed = line.trim();
    if (
      trimmed.length >= fence.length &&
      trimmed === fence[0].repeat(trimmed.length) &&
      /^ {0,3}\S/.test(line)
    ) {
      segments.push({ type: 'code', code: code.join('\n'), language, closed: true });
      code = null;
    } else {
      code.push(line);
    }
  }
  if (code !== null) {
    segments.push({ type: 'code', code: code.join('\n'), language, closed: false });
  } else {
    flushProse();
  }
  return segments;
}

/** The code blocks of an answer, in order. */
export function codeBlocks(text: string): string[] {
  return splitMarkdown(text)
    .filter((s): s is Extract<Segment, { type: 'code' }> => s.type === 'code')
    .map(s => s.code);
}
