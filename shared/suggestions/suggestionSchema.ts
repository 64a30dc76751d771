// Who suggested a change and when: the record beside the suggestion's marks (the marks carry its
// id). Pending suggestions are the ids on marks in the text; a record outlives its marks harmlessly.
// A suggested change of a field above the text (the headline, say) has no mark: the record itself
// holds the field and its suggested value, and is pending until it is accepted or rejected.
import { z } from 'zod';
import { PROFILE_COLOURS } from '../people/profile';

/** The fields whose changes can be suggested: the words above the text, and the hero image's texts. */
export const SUGGESTIBLE_FIELDS = ['headline', 'dek', 'byline', 'heroAlt', 'heroCaption', 'heroCredit'] as const;
export type SuggestibleField = (typeof SUGGESTIBLE_FIELDS)[number];
/** The hero slot's property each hero field is. */
export const HERO_FIELDS = { heroAlt: 'alt', heroCaption: 'caption', heroCredit: 'credit' } as const;
export type HeroField = keyof typeof HERO_FIELDS;

export function isHeroField(field: SuggestibleField): field is HeroField {
  return field in HERO_FIELDS;
}

/**
 * The longest value each field takes (the article's and the image slot's own limits): a longer
 * suggestion could never be accepted (a hero with too long a credit would not read back at all).
 */
export const FIELD_MAX: Record<SuggestibleField, number> = {
  headline: 500,
  dek: 2000,
  byline: 500,
  heroAlt: 1000,
  heroCaption: 2000,
  heroCredit: 500,
};

export const suggestionRecordSchema = z
  .strictObject({
    id: z.string().uuid(),
    author: z.string().trim().min(1).max(120),
    colour: z.enum(PROFILE_COLOURS),
    at: z.string().max(40),
    field: z.enum(SUGGESTIBLE_FIELDS).optional(),
    value: z.string().max(2000).optional(),
  })
  .refine((r) => r.field === undefined || r.value === undefined || r.value.length <= FIELD_MAX[r.field], {
    message: 'longer than the field takes',
  });
export type SuggestionRecord = z.infer<typeof suggestionRecordSchema>;

/** A suggested field change: pending while its record is there. */
export type FieldSuggestion = SuggestionRecord & { field: SuggestibleField; value: string };
