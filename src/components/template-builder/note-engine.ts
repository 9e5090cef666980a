// The note engine as the template builder downloads it, once the person starts on the form: writing and checking every note, and showing a written one.
export { alikePairs, checksAreCurrent, mustCheckNow, reviewPanel, withFindings, writePanel } from '../../lib/builder/panel';
export { WrittenNote } from './WrittenNote';
