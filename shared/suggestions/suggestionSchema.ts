// Who suggested a change and when: the record beside the suggestion's marks (the marks carry its
// id). Pending suggestions are the ids on marks in the text; a record outlives its marks harmlessly.
import { z } from 'zod';
import { PROFILE_COLOURS } from '../people/profile';

export const suggestionRecordSchema = z.strictObject({
  id: z.string().uuid(),
  author: z.string().trim().min(1).max(120),
  colour: z.enum(PROFILE_COLOURS),
  at: z.string().max(40),
});
export type SuggestionRecord = z.infer<typeof suggestionRecordSchema>;
