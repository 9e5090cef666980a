// html-validate over every built page (both builds): 0 errors under the recommended and accessibility presets (.htmlvalidate.mjs).
import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { BUILDS, htmlPages, readBuilt } from './support/site';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each(BUILDS)('pages built at $base', ({ dir }) => {
  it.each(htmlPages(dir))('%s is valid HTML', async (page) => {
    const report = await validator.validateString(readBuilt(page, dir), page);
    const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
