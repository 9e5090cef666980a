// Branding a host can change: the site's name, logo, accent colour, contact line and locale. Read at build time only.
import type { Locale } from './src/lib/locale';

export interface SiteConfig {
  /** The site's name, shown in the header and page titles. */
  name: string;
  /** One line under the name on the home page. */
  tagline: string;
  /** Path of the logo inside `public/` (SVG or PNG), shown beside the name; decorative. */
  logo: string;
  /** Accent colour for links, buttons and focus rings (a hex colour such as '#1d4ed8'). */
  accentColor: string;
  /** The host's contact line, shown in the footer. */
  contact: string;
  /** Optional link back to the host's own site. */
  hostLink?: { label: string; href: string };
  /**
   * How dates are written in notes, the timeline and calendar files ('en-GB': '10 March 2026'; 'en-US': 'March 10, 2026'),
   * the timeline's default public holidays, and the pages' language. One of 'en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IE',
   * 'en-NZ'; 'en-US' when left out. The guides' spelling stays as written.
   */
  locale?: Locale;
}

const siteConfig: SiteConfig = {
  name: 'After the Interview',
  tagline: 'Plain advice and two free tools for following up after a job interview.',
  logo: 'logo.svg',
  accentColor: '#1d4ed8',
  contact: 'Questions about this site? Ask the career center that sent you here.',
  locale: 'en-US',
};

export default siteConfig;
