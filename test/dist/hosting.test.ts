// docs/hosting.md's header examples (Netlify, Cloudflare Pages, Apache, nginx), read the way each server reads them, against every file of the sub-path build.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, ROOT, htmlPages, listFiles } from './support/site';

const BASE = '/career-center/follow-up/';
const OWN_ORIGIN = 'https://careers.example.edu';
const DOC = readFileSync(path.join(ROOT, 'docs/hosting.md'), 'utf8');

/** Response headers as one server would send them: lower-case name → every value sent under it. */
type Sent = Map<string, string[]>;

function example(tag: string): string {
  const block = new RegExp('```\\w+ ' + tag + '\\n([\\s\\S]*?)```').exec(DOC)?.[1];
  if (!block) throw new Error(`docs/hosting.md has no block tagged ${tag}`);
  return block;
}

/** A `_headers` path pattern as a full-match regular expression: `*` is a splat, `:name` one segment. */
function pathPattern(rule: string): RegExp {
  const source = rule
    .split(/(\*|:[a-z]\w*)/i)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

interface HeaderRule {
  pattern: RegExp;
  set: [string, string][];
  unset: string[];
}

/** The rules of a `_headers` file, in order: a path line, then indented `Name: value` or `! Name` lines. */
function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: pathPattern(line.trim()), set: [], unset: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`header line before any path: ${line}`);
    const [, unsetName] = /^\s+!\s*(\S+)\s*$/.exec(line) ?? [];
    const [, setName, setValue] = /^\s+([\w-]+):\s*(.+)$/.exec(line) ?? [];
    if (unsetName) rule.unset.push(unsetName.toLowerCase());
    else if (setName && setValue) rule.set.push([setName.toLowerCase(), setValue.trim()]);
    else throw new Error(`not a header line: ${line}`);
  }
  return rules;
}

/** Netlify: every matching rule applies in order, and a later rule's value of a header replaces an earlier one. */
function netlify(text: string, url: string): Sent {
  const sent: Sent = new Map();
  for (const rule of parseHeadersFile(text).filter((r) => r.pattern.test(url))) {
    for (const [name, value] of rule.set) sent.set(name, [value]);
  }
  return sent;
}

/** Cloudflare Pages: matching rules apply in order; `!` removes a header, and a header set again is joined with a comma. */
function cloudflare(text: string, url: string): Sent {
  const sent = new Map<string, string>();
  const setBefore = new Set<string>();
  for (const rule of parseHeadersFile(text).filter((r) => r.pattern.test(url))) {
    for (const name of rule.unset) sent.delete(name);
    for (const [name, value] of rule.set) {
      const current = sent.get(name);
      sent.set(name, setBefore.has(name) && current !== undefined ? `${current}, ${value}` : value);
      setBefore.add(name);
    }
  }
  return new Map([...sent].map(([name, value]) => [name, [value]]));
}

/**
 * Apache with mod_headers: top-level `Header` lines first, then each `<If>` whose condition holds (or its `<Else>`).
 * `Header set` and `Header always set` fill two tables, and a header in both is sent twice.
 */
function apache(text: string, url: string): Sent {
  const tables = { onsuccess: new Map<string, string>(), always: new Map<string, string>() };
  type Directive = { table: 'onsuccess' | 'always'; name: string; value: string };
  const top: Directive[] = [];
  const conditionals: { matches: boolean; directives: Directive[] }[] = [];
  let current: Directive[] = top;
  let lastIfMatched = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const ifOpen = /^<If "%\{REQUEST_URI\} =~ m#(.+)#">$/.exec(line);
    const header = /^Header (always )?set ([\w-]+) "(.*)"$/.exec(line);
    if (ifOpen) {
      lastIfMatched = new RegExp(ifOpen[1] ?? '').test(url);
      conditionals.push({ matches: lastIfMatched, directives: (current = []) });
    } else if (line === '<Else>') {
      conditionals.push({ matches: !lastIfMatched, directives: (current = []) });
    } else if (line === '</If>' || line === '</Else>') {
      current = top;
    } else if (header) {
      current.push({ table: header[1] ? 'always' : 'onsuccess', name: (header[2] ?? '').toLowerCase(), value: header[3] ?? '' });
    } else if (line.startsWith('<')) {
      throw new Error(`the test does not read this Apache section: ${line}`);
    }
  }
  const apply = (directives: Directive[]) => directives.forEach((d) => tables[d.table].set(d.name, d.value));
  apply(top);
  conditionals.filter((c) => c.matches).forEach((c) => apply(c.directives));
  const sent: Sent = new Map();
  for (const table of [tables.onsuccess, tables.always]) {
    for (const [name, value] of table) sent.set(name, [...(sent.get(name) ?? []), value]);
  }
  return sent;
}

interface NginxLocation {
  prefix: string;
  headers: [string, string][];
  children: NginxLocation[];
  parent?: NginxLocation;
}

/**
 * nginx: the longest matching prefix location, searched level by level; a location with any `add_header` of its own
 * inherits none from the level above.
 */
function nginx(text: string, url: string): Sent {
  const root: NginxLocation = { prefix: '', headers: [], children: [] };
  let current = root;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const open = /^location (\/\S*) \{$/.exec(line);
    const header = /^add_header ([\w-]+) "(.*)"( always)?;$/.exec(line);
    if (open) {
      const child: NginxLocation = { prefix: open[1] ?? '', headers: [], children: [], parent: current };
      current.children.push(child);
      current = child;
    } else if (line === '}') {
      current = current.parent ?? root;
    } else if (header) {
      current.headers.push([(header[1] ?? '').toLowerCase(), header[2] ?? '']);
    }
  }
  let chosen = root;
  for (;;) {
    const next = chosen.children.filter((c) => url.startsWith(c.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
    if (!next) break;
    chosen = next;
  }
  let giver: NginxLocation | undefined = chosen;
  while (giver && giver.headers.length === 0) giver = giver.parent;
  const sent: Sent = new Map();
  for (const [name, value] of giver?.headers ?? []) sent.set(name, [...(sent.get(name) ?? []), value]);
  return sent;
}

const SERVERS = [
  ['Netlify', (url: string) => netlify(example('netlify-headers'), url)],
  ['Cloudflare Pages', (url: string) => cloudflare(example('cloudflare-headers'), url)],
  ['Apache', (url: string) => apache(example('apache-headers'), url)],
  ['nginx', (url: string) => nginx(example('nginx-headers'), url)],
] as const;

const SUBPATH_DIR = BUILDS[1].dir;
/** The address of a built file: folders for index.html pages, as a browser asks for them. */
const urlOf = (file: string) => BASE + file.replace(/(^|\/)index\.html$/, '$1');
const pages = htmlPages(SUBPATH_DIR).map(urlOf);
const files = listFiles(SUBPATH_DIR).map(urlOf);

describe.each(SERVERS)('docs/hosting.md, %s example', (_, headersFor) => {
  it('covers the pages that matter: home, timeline, templates, a guide and both embeds', () => {
    for (const page of ['', 'timeline/', 'templates/', 'guides/timing/', 'embed/timeline/', 'embed/templates/']) {
      expect(pages).toContain(BASE + page);
    }
  });

  it("lets only the site itself frame every page but embed/* (frame-ancestors 'self')", () => {
    const wrong = pages
      .filter((url) => !url.startsWith(`${BASE}embed/`))
      .map((url) => [url, headersFor(url).get('content-security-policy')] as const)
      .filter(([, csp]) => JSON.stringify(csp) !== JSON.stringify(["frame-ancestors 'self'"]));
    expect(wrong).toEqual([]);
  });

  it("lets the host's own origin frame embed/* too, with one policy (not joined to the stricter one)", () => {
    const embeds = pages.filter((url) => url.startsWith(`${BASE}embed/`));
    expect(embeds.length).toBeGreaterThanOrEqual(2);
    for (const url of embeds) expect(headersFor(url).get('content-security-policy')).toEqual([`frame-ancestors 'self' ${OWN_ORIGIN}`]);
  });

  it('also covers an address with no page (the 404 page is served there)', () => {
    expect(headersFor(`${BASE}no-such-page/`).get('content-security-policy')).toEqual(["frame-ancestors 'self'"]);
  });

  it('caches hashed assets for a year and checks everything else on each visit, one value each', () => {
    for (const url of files) {
      const expected = url.startsWith(`${BASE}_astro/`) ? 'public, max-age=31536000, immutable' : 'no-cache';
      expect([url, headersFor(url).get('cache-control')]).toEqual([url, [expected]]);
    }
  });

  it('sends nosniff with every file', () => {
    for (const url of files) expect([url, headersFor(url).get('x-content-type-options')]).toEqual([url, ['nosniff']]);
  });
});

describe('the readers above read _headers as those hosts do', () => {
  const file = ['/a/*', '  X: one', '', '/a/b/*', '  X: two', '', '/a/c/*', '  ! X', '  X: three'].join('\n');
  it('Netlify: the later rule wins', () => expect(netlify(file, '/a/b/page').get('x')).toEqual(['two']));
  it('Cloudflare Pages: values are joined unless removed first', () => {
    expect(cloudflare(file, '/a/b/page').get('x')).toEqual(['one, two']);
    expect(cloudflare(file, '/a/c/page').get('x')).toEqual(['three']);
  });
  it('nginx: a nested location with its own add_header drops the outer ones', () => {
    const conf = 'location /a/ {\n  add_header X "outer" always;\n  add_header Y "kept";\n  location /a/b/ {\n    add_header X "inner";\n  }\n}';
    expect(nginx(conf, '/a/b/page')).toEqual(new Map([['x', ['inner']]]));
    expect(nginx(conf, '/a/page')).toEqual(new Map([['x', ['outer']], ['y', ['kept']]]));
  });
  it('Apache: the same header in both tables is sent twice', () => {
    const conf = 'Header always set X "one"\n<If "%{REQUEST_URI} =~ m#/b/#">\n  Header set X "two"\n</If>';
    expect(apache(conf, '/a/b/')).toEqual(new Map([['x', ['two', 'one']]]));
    expect(apache(conf, '/a/c/')).toEqual(new Map([['x', ['one']]]));
  });
});
