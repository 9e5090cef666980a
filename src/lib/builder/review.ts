// The coach's check of a note as it stands (edited or not), as the builder calls it: reviewText from the coach, and the shape of a note's text.
export { reviewText } from '../coach';

/** A note as the person will send it: free text, and a subject for an email. */
export interface NoteText {
  subject?: string;
  text: string;
}
