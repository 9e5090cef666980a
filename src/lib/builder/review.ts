// The coach's check of a note as it stands (edited or not), as the builder calls it: the panel's notes checked at once, and the shape of a note's text.
export { reviewTexts } from '../coach';
/** A note as the person will send it: free text, and a subject for an email. */
export type { EditedText as NoteText } from '../coach';
