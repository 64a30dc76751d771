// The ready-to-publish checklist's messages as phrases (see shared/text/phrases.ts). The English
// below is the CLI's and the main side's text, and the interface's English messages (`check.*`).
import { phraseOf, phraseSchemaOf, sayPhrase as sayGenericPhrase, type Phrase as GenericPhrase, type PhraseKey } from '../text/phrases';

export const CHECK_MESSAGES = {
  headlineEmpty: 'The headline is empty',
  heroImage: 'the hero image',
  image: 'the image',
  imageIn: 'the image {{where}}',
  galleryPicture: 'picture {{number}} of the gallery',
  galleryPictureIn: 'picture {{number}} of the gallery {{where}}',
  slotEmpty: '{{name, capitalize}} is empty',
  slotNeedsAlt: '{{name, capitalize}} needs alt text',
  slotNeedsCredit: '{{name, capitalize}} needs a credit',
  slotTooSmall: '{{name, capitalize}} is {{width}}×{{height}} px, smaller than the {{minWidth}}×{{minHeight}} px wanted',
  headingSkips: 'The heading “{{heading}}” skips a level (H{{from}} to H{{to}})',
  embedPostNoText: 'The {{platform}} post embedded{{at}} has no quoted text: add the words it says (readers without {{platform}} see them)',
  embedVideoNoText:
    'The {{platform}} video embedded{{at}} has no quoted text: add what it says or shows (readers without {{platform}} see it)',
  embedNoLink: 'An embed{{at}} has no link to a post or video on X, Instagram, Facebook, TikTok, YouTube or Vimeo',
  tableNoHeader: 'The table{{at}} starting {{words}} has no header row or column: mark the cells that head the others',
  sectionNumber: 'section {{number}}',
  sectionTitled: '“{{title}}”',
  sectionRole: 'the {{role}} section',
  inSection: 'in {{name}}',
  at: ' {{where}}',
  suggestionPending: 'A suggestion{{at}} is pending ({{words}}): accept or reject it',
  splitSuggested: 'A new paragraph is suggested{{at}} (at {{words}}): accept or reject it',
  joinSuggested: 'Joining paragraphs is suggested{{at}} (at {{words}}): accept or reject it',
  retypeSuggested: 'Making {{from}} {{to}} is suggested{{at}} ({{words}}): accept or reject it',
  kindParagraph: 'a paragraph',
  kindQuote: 'a quote',
  kindHeading: 'a heading {{level}}',
  kindBullet: 'a bulleted list item',
  kindNumber: 'a numbered list item',
  kindListItem: 'a list item',
  formatSuggested: 'A formatting change is suggested{{at}} ({{words}}): accept or reject it',
  newBlockSuggested: 'A new block is suggested{{at}} ({{words}}): accept or reject it',
  newQuoteSuggested: 'A new quote is suggested{{at}} ({{words}}): accept or reject it',
  deleteBlockSuggested: 'Deleting a block is suggested{{at}} ({{words}}): accept or reject it',
  deleteQuoteSuggested: 'Deleting a quote is suggested{{at}} ({{words}}): accept or reject it',
  linkAddedSuggested: 'A link added is suggested{{at}} ({{words}}): accept or reject it',
  linkChangedSuggested: 'A link to a new address is suggested{{at}} ({{words}}): accept or reject it',
  linkRemovedSuggested: 'A link taken away is suggested{{at}} ({{words}}): accept or reject it',
  tk: 'TK{{at}}: {{excerpt}}',
  moveSectionSuggested: 'Moving {{name}} is suggested: accept or reject it',
  addSectionSuggested: 'Adding {{name}} is suggested: accept or reject it',
  deleteSectionSuggested: 'Deleting {{name}} is suggested: accept or reject it',
  sectionNoHeading: '{{name, capitalize}} has no heading',
  sectionNoText: '{{name, capitalize}} has no text',
  claimsUnchecked_one: '{{count}} claim is not checked yet',
  claimsUnchecked_other: '{{count}} claims are not checked yet',
  claimRated: 'Claim rated {{verdict}}: {{quote}}',
  /** Redaksi's own scale's blocking verdicts; a published scale's ratings keep their own words. */
  verdictFalse: 'False',
  verdictMisleading: 'Misleading',
  vagueAttribution: 'Vague attribution: {{quote}}',
  noSignOff_one: 'No fact-check sign-off on {{unsigned}} of {{count}} claim',
  noSignOff_other: 'No fact-check sign-off on {{unsigned}} of {{count}} claims',
  fieldHeadline: 'headline',
  fieldDek: 'dek',
  fieldByline: 'byline',
  fieldHeroAlt: 'hero image’s alt text',
  fieldHeroCaption: 'hero image’s caption',
  fieldHeroCredit: 'hero image’s credit',
  fieldSuggested: 'A change of the {{field}} is suggested (by {{author}}): accept or reject it',
};

export type CheckKey = PhraseKey<typeof CHECK_MESSAGES>;

/** A checklist message to show: its key and values; a value may be a phrase of its own, said first. */
export type Phrase = GenericPhrase<CheckKey>;

/** A checklist phrase as it crosses from the analysis worker. */
export const phraseSchema = phraseSchemaOf<CheckKey>(CHECK_MESSAGES);

export const phrase = (key: CheckKey, values?: Phrase['values']): Phrase => phraseOf(key, values);

/** The phrase in English (the CLI's and the main side's words). */
export function sayPhrase(said: Phrase): string {
  return sayGenericPhrase(said, CHECK_MESSAGES);
}
