// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { safeHref } from '../../../src/components/markdown/safe-href';

describe('which links stay clickable', () => {
  it.each([
    ['https://arxiv.org/abs/2510.13928', 'https://arxiv.org/abs/2510.13928'],
    ['  http://example.com/a b ', 'http://example.com/a%20b'],
    ['mailto:someone@example.com', 'mailto:someone@example.com'],
    ['#paper-llms-can-get-brain-rot', '#paper-llms-can-get-brain-rot'],
  ])('keeps %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative/path',
    'relative',
    'mailto:',
    '#"><img src=x>',
    '',
    null,
    undefined,
  ])('refuses %j', (input) => {
    expect(safeHref(input)).toBeNull();
  });
});
