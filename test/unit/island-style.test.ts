// Moving Astro's island style into <head>: only that exact element moves, and only out of the body.
import { describe, expect, it } from 'vitest';
import { moveIslandStyle } from '../../src/integrations/island-style';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('moveIslandStyle', () => {
  it.each([
    ['moves it from the body to the end of head', `<head><title>x</title></head><body><div>${STYLE}<astro-island></astro-island></div></body>`, `<head><title>x</title>${STYLE}</head><body><div><astro-island></astro-island></div></body>`],
    ['leaves a page without islands alone', '<head></head><body><p>hi</p></body>', '<head></head><body><p>hi</p></body>'],
    ['leaves it alone when it is already in head', `<head>${STYLE}</head><body></body>`, `<head>${STYLE}</head><body></body>`],
    ['never moves another style', '<head></head><body><style>p{color:red}</style></body>', '<head></head><body><style>p{color:red}</style></body>'],
  ])('%s', (_name, html, expected) => {
    expect(moveIslandStyle(html)).toBe(expected);
  });
});
