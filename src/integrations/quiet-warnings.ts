// Build warnings known to be harmless, silenced where Vite reports them so a host's build prints only what needs action.
import type { Plugin } from 'vite';

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

type OnWarn = (warning: BuildWarning, warn: (warning: BuildWarning) => void) => void;

/**
 * A Vite plugin that wraps the bundler's `onwarn`: harmless warnings stop here, every other one goes on to the handler
 * set before it (@preact/preset-vite sets one for "use client"), or to Vite. It runs last ('post'), so that handler exists.
 */
export default function quietWarnings(): Plugin {
  return {
    name: 'after-the-interview:quiet-warnings',
    enforce: 'post',
    config(config) {
      const options = config.build?.rolldownOptions ?? config.build?.rollupOptions;
      const previous = options?.onwarn as OnWarn | undefined;
      const onwarn: OnWarn = (warning, warn) => {
        if (isHarmlessWarning(warning)) return;
        if (previous) previous(warning, warn);
        else warn(warning);
      };
      return { build: { rollupOptions: { onwarn } } } as never;
    },
  };
}
