// The hero image's slot above the text: while suggesting, its alt text, caption and credit take
// suggestions like the headline (shown under the slot to everyone, with Accept and Reject).
import type { ImageSlot } from '../../../shared/editor/imageSlot';
import type { HeroField } from '../../../shared/suggestions/suggestionSchema';
import { FieldSuggestionNotes, fieldInputId } from '../fieldSuggestions';
import { ownFieldSuggestion, useSuggestions } from '../suggestions/suggestionsState';
import { ImageSlotView, type SlotSuggestions } from './ImageSlotView';
import { useTranslation } from 'react-i18next';

const FIELD_OF = { alt: 'heroAlt', caption: 'heroCaption', credit: 'heroCredit' } as const satisfies Record<string, HeroField>;

export function HeroSlot({ slot, readOnly, onChange }: { slot: ImageSlot; readOnly: boolean; onChange(patch: Partial<ImageSlot>): void }) {
  const { records, suggester, suggestField } = useSuggestions();
  const { t } = useTranslation();
  const suggestions: SlotSuggestions = {
    own: (name) => ownFieldSuggestion(records, suggester, FIELD_OF[name]),
    suggest: (name, value) => suggestField(FIELD_OF[name], value),
    idOf: (name) => fieldInputId(FIELD_OF[name]),
  };
  return (
    <div className="hero-slot">
      <ImageSlotView slot={slot} label={t('slot.hero')} onChange={onChange} suggestions={suggestions} />
      {Object.values(FIELD_OF).map((field) => (
        <FieldSuggestionNotes key={field} field={field} readOnly={readOnly} />
      ))}
    </div>
  );
}
