// Every guide prints as a handout: Chromium's PDF has at most two pages, the title on page one, no navigation, and links written out as addresses.
import { extractText, getDocumentProxy } from 'unpdf';
import { test, expect } from './fixtures';

test('every guide prints on at most two Letter pages, title first, links as addresses', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await page.goto('guides/');
  const guides = await page.locator('main a[href*="/guides/"]').evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href') ?? ''))]);
  expect(guides.length).toBeGreaterThan(0);
  const origin = String(test.info().project.metadata.siteOrigin); // the SITE_URL the build was made for, not the test server
  const pageCounts: string[] = [];
  for (const href of guides) {
    await page.goto(new URL(href, baseURL).href);
    const title = (await page.locator('h1').innerText()).trim();
    const pdf = await page.pdf({ format: 'Letter' });
    const document = await getDocumentProxy(new Uint8Array(pdf));
    const { text } = await extractText(document, { mergePages: false });
    const pages = text as string[];
    pageCounts.push(`${href}: ${pages.length}`);
    expect(pages.length, `${href} prints on ${pages.length} pages`).toBeLessThanOrEqual(2);
    const firstPage = (pages[0] ?? '').replace(/\s+/g, ' ');
    const all = pages.join(' ').replace(/\s+/g, ' ');
    expect(firstPage, href).toContain(title);
    expect(all, `${href} prints no navigation`).not.toContain('Skip to content');
    expect(all, `${href} prints no search box`).not.toContain('Search the guides');
    // The "All guides" link at the end of each guide is printed with its full address on the host's site.
    expect(all.replace(/\s/g, ''), href).toContain(`(${origin}${new URL('guides/', baseURL).pathname})`);
  }
  test.info().annotations.push({ type: 'printed pages', description: pageCounts.join(', ') });
});
