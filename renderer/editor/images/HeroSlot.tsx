// The hero image's slot above the text: while suggesting, its alt text, caption and credit take
// suggestions like the headline (shown under the slot to everyone, with Accept and Reject).
import type { ImageSlot } from '../../../shared/editor/imageSlot';
import type { HeroField } from '../../../shared/suggestions/suggestionSchema';
import { FieldSuggestionNotes, fieldInputId } from '../fieldSuggestions';
import { ownFieldSuggestion, useSuggestions } from '../suggestions/suggestionsState';
import { ImageSlotView, type SlotSuggestions } from './ImageSlotView';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const FIELD_OF = { alt: 'heroAlt', caption: 'heroCaption', credit: 'heroCredit' } as const satisfies Record<string, HeroField>;

export function HeroSlot({ slot, readOnly, onChange }: { slot: ImageSlot; readOnly: boolean; onChange(patch: Partial<ImageSlot>): void }) {
  const { records, suggester, suggestField } = useSuggestions();
  const { t } = useTranslation();
  const alt = ownFieldSuggestion(records, suggester, FIELD_OF.alt);
  const caption = ownFieldSuggestion(records, suggester, FIELD_OF.caption);
  const credit = ownFieldSuggestion(records, suggester, FIELD_OF.credit);
  const label = t('slot.hero');
  // The slot's form is drawn again only when the hero's own suggestions change, not with each new
  // suggestion in the text (its first keystroke changes the records).
  const view = useMemo(() => {
    const own = { alt, caption, credit };
    const suggestions: SlotSuggestions = {
      own: (name) => own[name],
      suggest: (name, value) => suggestField(FIELD_OF[name], value),
      idOf: (name) => fieldInputId(FIELD_OF[name]),
    };
    return <ImageSlotView slot={slot} label={label} onChange={onChange} suggestions={suggestions} />;
  }, [slot, label, onChange, alt, caption, credit, suggestField]);
  return (
    <div className="hero-slot">
      {view}
      {Object.values(FIELD_OF).map((field) => (
        <FieldSuggestionNotes key={field} field={field} readOnly={readOnly} />
      ))}
    </div>
  );
}
