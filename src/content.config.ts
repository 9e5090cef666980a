// The guides collection: MDX files in src/content/guides, each naming the rules it rests on.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { RULE_IDS } from './lib/rules';

const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/guides' }),
  schema: z.object({
    /** The page's heading and title. */
    title: z.string().min(1),
    /** One or two sentences for the guide list and search engines. */
    description: z.string().min(1),
    /** Position in the guide list, smallest first. */
    order: z.number().int(),
    /** Ids of the rules (src/lib/rules.ts) this guide explains; their sources are cited on the page. */
    rules: z.array(z.enum(RULE_IDS as [string, ...string[]])).min(1),
  }),
});

export const collections = { guides };
