// Browser-side: the host's locale as the page states it in <html lang> (set from site.config.ts), so an island needs no configuration of its own.
import { DEFAULT_LOCALE, isLocale, type Locale } from '../lib/locale';

/** The page's `<html lang>` when it is one of the site's locales, else 'en-US' (also outside a browser). */
export function pageLocale(): Locale {
  const lang = typeof document === 'undefined' ? undefined : document.documentElement.lang;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}
