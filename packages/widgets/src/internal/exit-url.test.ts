import { describe, expect, it } from 'vitest';
import { safeExitHref } from './exit-url.js';

const base = 'https://partner.example/help/page.html';

describe('safeExitHref', () => {
  it('keeps http(s), relative addresses and about:blank', () => {
    expect(safeExitHref('https://news.example/weather', base)).toBe('https://news.example/weather');
    expect(safeExitHref('http://news.example/', base)).toBe('http://news.example/');
    expect(safeExitHref('/weather', base)).toBe('https://partner.example/weather');
    expect(safeExitHref('recipes.html', base)).toBe('https://partner.example/help/recipes.html');
    expect(safeExitHref('about:blank', base)).toBe('about:blank');
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(document.cookie)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'blob:https://partner.example/1234',
    'about:srcdoc',
    'file:///etc/passwd',
  ])('sends %j to about:blank instead of running it', (href) => {
    expect(safeExitHref(href, base)).toBe('about:blank');
  });

  it('leaves to about:blank when nothing usable is given', () => {
    expect(safeExitHref('', base)).toBe('about:blank');
    expect(safeExitHref(undefined, base)).toBe('about:blank');
    expect(safeExitHref('https://[bad', base)).toBe('about:blank');
  });
});
