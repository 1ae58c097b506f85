import { describe, expect, it } from 'vitest';

import { codeBlocks, splitMarkdown } from '../src/markdown';

describe('splitMarkdown', () => {
  it('separates prose from fenced code with its language', () => {
    const text = 'Build it:\n\n```python\nfrom ase.build import bulk\natoms = bulk("Cu")\n```\n\nThen print.';
    expect(splitMarkdown(text)).toEqual([
      { type: 'markdown', text: 'Build it:' },
      { type: 'code', code: 'from ase.build import bulk\natoms = bulk("Cu")', language: 'python', closed: true },
      { type: 'markdown', text: 'Then print.' }
    ]);
  });

  it('marks a fence still being streamed as open', () => {
    expect(splitMarkdown('Here:\n```py\nx = 1')).toEqual([
      { type: 'markdown', text: 'Here:' },
      { type: 'code', code: 'x = 1', language: 'py', closed: false }
    ]);
  });

  it('needs a closing fence at least as long, of the same character', () => {
    const text = '````\n```\ninner\n```\n````';
    expect(codeBlocks(text)).toEqual(['```\ninner\n```']);
    expect(codeBlocks('~~~\na\n```\nb\n~~~')).toEqual(['a\n```\nb']);
  });

  it('keeps inline backticks in prose and handles empty input', () => {
    expect(splitMarkdown('use `bulk()` here')).toEqual([{ type: 'markdown', text: 'use `bulk()` here' }]);
    expect(splitMarkdown('')).toEqual([]);
  });
});
