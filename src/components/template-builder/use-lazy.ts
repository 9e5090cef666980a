// A component downloaded only once it is wanted (a notice, a dialog): undefined until it has arrived.
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** Loads the component the first time `wanted` is true; a failed download is tried again the next time it is wanted. */
export function useLazy<P>(wanted: boolean, load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> | undefined {
  const [component, setComponent] = useState<{ value?: FunctionComponent<P> }>({});
  useEffect(() => {
    if (!wanted || component.value) return undefined;
    let current = true;
    load().then((value) => { if (current) setComponent({ value }); }, () => undefined);
    return () => { current = false; };
  }, [wanted, component.value]);
  return component.value;
}
