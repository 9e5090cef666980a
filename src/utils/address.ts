// Browser-only: the parameters a tool reads from its page address. What a reader types lives after the #, which browsers never send to the server.

/**
 * The address's `?` parameters (from a link a career center wrote) with those after the `#` laid over them.
 * @example addressParams() // for '/timeline/?region=GB#interviewDate=2026-11-16': region=GB&interviewDate=2026-11-16
 */
export function addressParams(): URLSearchParams {
  const params = new URLSearchParams(window.location.search);
  for (const [key, value] of new URLSearchParams(window.location.hash.slice(1))) params.set(key, value);
  return params;
}

/** Removes these parameters from both parts of the address, leaving anything else (a plain `#section` included) as it was. */
export function dropAddressParams(keys: readonly string[]): void {
  const url = new URL(window.location.href);
  const hash = new URLSearchParams(url.hash.slice(1));
  const hashHadThem = keys.some((key) => hash.has(key));
  for (const key of keys) {
    url.searchParams.delete(key);
    hash.delete(key);
  }
  const rest = hash.toString();
  const newHash = hashHadThem ? (rest ? `#${rest}` : '') : url.hash;
  history.replaceState(history.state, '', url.pathname + url.search + newHash);
}
