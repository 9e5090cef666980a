// Build warnings known to be harmless, silenced where Vite reports them so a host's build prints only what needs action.
import type { Plugin, Rolldown } from 'vite';

type RolldownOptions = Rolldown.RolldownOptions;

/** The part of a Rolldown/Rollup warning this filter reads. */
export interface BuildWarning {
  code?: string;
  message: string;
  id?: string;
}

/**
 * Module-level directives that bundling may drop without harm, each with the package that writes it.
 * Astro marks every MDX page with "use astro:head-inject" and reads the marker itself before Vite bundles the page.
 */
export const HARMLESS_DIRECTIVES: readonly { directive: string; writtenBy: string }[] = [
  { directive: 'use astro:head-inject', writtenBy: 'astro (its MDX pages)' },
];

/**
 * True for a warning that needs no action: a module-level directive from the table above. Every other warning is kept.
 * @example isHarmlessWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use astro:head-inject" in …' }) // true
 */
export function isHarmlessWarning(warning: BuildWarning): boolean {
  if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') return false;
  return HARMLESS_DIRECTIVES.some(({ directive }) => warning.message.includes(`"${directive}"`));
}

type OnLog = NonNullable<RolldownOptions['onLog']>;

/**
 * A Vite plugin that sets the bundler's `onLog`: harmless warnings stop there; every other log goes on to the handler Vite
 * passes in, which still runs any `onwarn` a plugin set (@preact/preset-vite sets one for "use client") and then prints.
 */
export default function quietWarnings(): Plugin {
  const onLog: OnLog = (level, log, handler) => {
    if (level === 'warn' && isHarmlessWarning(log)) return;
    handler(level, log);
  };
  return {
    name: 'after-the-interview:quiet-warnings',
    config: () => ({ build: { rolldownOptions: { onLog } } }),
  };
}
