// The host's locale from site.config.ts, checked, for the pages and islands that write dates.
import siteConfig from '../../site.config';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../lib/locale';

/** site.config.ts's `locale`, or 'en-US' when it is left out (the build refuses any other value). */
export const SITE_LOCALE: Locale = isLocale(siteConfig.locale) ? siteConfig.locale : DEFAULT_LOCALE;
