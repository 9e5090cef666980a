// The iframe snippet from docs/hosting.md, run as a host's page would: the frame takes the tool's height and follows it as the tool grows.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const DOC_ORIGIN = 'https://careers.example.edu';
const DOC_SITE = `${DOC_ORIGIN}/career-center/follow-up/`;

/** The documented snippet, with the example addresses changed to the server under test. */
function hostPage(baseURL: string): string {
  const doc = readFileSync('docs/hosting.md', 'utf8');
  const snippet = /```html embed-snippet\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!snippet) throw new Error('docs/hosting.md has no ```html embed-snippet block');
  expect(snippet).toContain(DOC_SITE);
  return `<!doctype html><html lang="en"><head><title>Career center</title></head><body><h1>Career center</h1>${snippet
    .replaceAll(DOC_SITE, baseURL)
    .replaceAll(`'${DOC_ORIGIN}'`, `'${new URL(baseURL).origin}'`)}</body></html>`;
}

test('the documented iframe snippet sizes the frame to the tool', async ({ page, baseURL }) => {
  await page.setContent(hostPage(baseURL ?? ''));
  const frameElement = page.locator('iframe.after-the-interview');
  const tool = page.frameLocator('iframe.after-the-interview');
  await expect(tool.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  const frameHeight = async () => (await frameElement.boundingBox())?.height ?? 0;
  const toolHeight = () => tool.locator('body').evaluate((body) => Math.ceil(body.getBoundingClientRect().height));

  // The snippet starts the frame at 60rem (960 px); the message replaces that with the tool's own height.
  await expect.poll(async () => Math.abs((await frameHeight()) - (await toolHeight()))).toBeLessThanOrEqual(1);
  const before = await frameHeight();
  expect(before).not.toBe(960);

  await tool.locator('#interview-date').fill('2026-11-16');
  await tool.getByRole('button', { name: 'Plan my follow-ups' }).click();
  await expect(tool.locator('.tc-steps > li').first()).toBeVisible();
  await expect.poll(frameHeight).toBeGreaterThan(before + 100);
  await expect.poll(async () => Math.abs((await frameHeight()) - (await toolHeight()))).toBeLessThanOrEqual(1);
});

test('a message from another origin does not resize the frame', async ({ page, baseURL }) => {
  await page.setContent(hostPage(baseURL ?? ''));
  const tool = page.frameLocator('iframe.after-the-interview');
  await expect(tool.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  const frameElement = page.locator('iframe.after-the-interview');
  await expect.poll(async () => (await frameElement.boundingBox())?.height).not.toBe(960);
  const settled = (await frameElement.boundingBox())?.height;
  // The host page itself (about:blank, another origin than the tool) posts a fake height: the snippet ignores it.
  await page.evaluate(() => window.postMessage({ type: 'after-the-interview:height', height: 5 }, '*'));
  await page.waitForTimeout(200);
  expect((await frameElement.boundingBox())?.height).toBe(settled);
});
