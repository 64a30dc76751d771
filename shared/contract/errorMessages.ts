// What the main side says when it refuses or fails, as phrases (see shared/text/phrases.ts): the
// English below is the error's `message` (the CLI and logs print it); the interface says the same
// phrase in its language (`error.*`). Details that come from elsewhere (a library's reason, a
// server's answer) stay as they came, inside the translated sentence.
import type { ArticleStatus } from '../articles/status';
import { phraseOf, phraseSchemaOf, sayPhrase, type Phrase, type PhraseKey } from '../text/phrases';
import { ServiceError, type ContractError, type ErrorCode } from './errors';

export const ERROR_MESSAGES = {
  shuttingDown: 'Redaksi is shutting down.',
  storeNotOpen: 'The article store is not open.',
  storeNotOpenBecause: 'The article store is not open: {{reason}}',
  unexpected: '{{channel}} failed unexpectedly. Nothing was changed.',
  // The checks' own words (zod's, in English and in Indonesian: its id locale), so the window says them in its language.
  invalidInput: 'Invalid input for {{channel}}: {{problems}}',
  storeNotWritten: 'The article store could not be written ({{code}}). Your text is kept in the editor.',
  articleNotFound: 'No article with id {{id}}.',
  archiveJobGone: 'That archive import is no longer running: import the file again (posts already imported are skipped).',
  articleRefNotFound: 'No article with id or slug "{{ref}}".',
  claimNotFound: 'No claim with id {{id}}.',
  imageNotFound: 'No image with id {{id}}.',
  documentNotFound: 'No document for article {{id}}.',
  templateNotFound: 'No template with id {{id}}.',
  versionNotFound: 'This desk keeps no version {{revision}} of the article.',
  versionNoSection: 'Version {{revision}} has no section {{section}}.',
  savedElsewhere: 'This article was saved elsewhere (revision {{current}}) after revision {{base}} was opened.',
  statusChangedElsewhere: 'The status is now {{now}}, not {{was}}: someone changed it.',
  cannotMove: 'An article cannot go from {{from}} to {{to}}.',
  onlyDesk: 'Only the desk may mark an article {{status}} (this desk is {{account}}, {{role}}).',
  suggestionsPending_one: '{{count}} suggestion is still pending: accept or reject it before publishing.',
  suggestionsPending_other: '{{count}} suggestions are still pending: accept or reject them before publishing.',
  purgeOnlyTrash: 'Only an article in the trash can be deleted for good.',
  claimNotAnchored: 'This claim is not anchored in the saved text; re-anchor it before signing off.',
  articleTooBig: 'The article is too big or malformed to store: {{problem}}.',
  bodyTooLarge: 'The article body is too large to save ({{mb}} MB).',
  importTooBig: 'This file is too big to import as one article: its {{problem}}. Split it into several files.',
  importTooManyParagraphs:
    'This file is too big to import as one article: it has more than {{count}} paragraphs. Split it into several files.',
  pasteTooBig: 'The pasted content is too big for one article: its {{problem}}.',
  workerStopped: 'This {{what}} is too large or too complex to process (the worker stopped, code {{code}}). Nothing was changed.',
  workerTimeout: 'This {{what}} took longer than {{seconds}} s to process and was stopped. Nothing was changed.',
  jobExport: 'export',
  jobPaste: 'paste',
  jobFile: 'file',
  wordRefused: 'This Word document cannot be imported: {{reason}}. Nothing was changed.',
  wordUnreadable: 'This is not a Word document Redaksi can read ({{reason}}).',
  wordDamaged: 'This Word document is damaged ({{reason}}).',
  archiveRefused: 'This zip file cannot be imported: {{reason}}. Nothing was changed.',
  archiveUnreadable: 'This is not a zip file Redaksi can read ({{reason}}).',
  archiveDamaged: 'This zip file is damaged ({{reason}}).',
  archiveNoDraft: 'There is no draft to import among these files (an .html, .md or .txt file). Nothing was changed.',
  wordTooDeep:
    'This Word document cannot be imported: its content is nested too deeply (tables within tables, thousands of levels). Nothing was changed.',
  theFile: 'The file',
  namedFile: '{{name}}',
  imageEmpty: '{{label}} is empty.',
  imageTooBig: '{{label}} is {{mb}} MB; images up to {{max}} MB can be used.',
  notAnImage: '{{label}} is not an image (or not one Redaksi can read). Use a JPEG, PNG, WebP, GIF or AVIF file.',
  imageFormatUnshown: '{{label}} is a {{format}} image, which browsers do not show. Save it as JPEG, PNG or WebP.',
  imageTooManyPixels: '{{label}} is {{width}}×{{height}} pixels, more than the {{max}} megapixels Redaksi accepts.',
  imageDamaged: '{{label}} is damaged or incomplete and cannot be used ({{reason}}).',
  templateDamaged: 'The template "{{name}}" is damaged and cannot be used.',
  templateNameTaken: 'A template called "{{name}}" already exists; choose another name.',
  builtinTemplateUnchangeable: 'Built-in templates cannot be changed; save an article made from one as a new template instead.',
  builtinTemplateUndeletable: 'Built-in templates cannot be deleted.',
  noNewsroom: 'No newsroom server is configured.',
  newsroomFromCommandLine: 'The newsroom server was given on the command line (--server); restart without it to change it here.',
  newsroomAppOnly: 'Only the app connects to a newsroom server.',
  newsroomBadAddress: '"{{url}}" is not a server address (ws://host:port or wss://host:port).',
  newsroomBadScheme: 'A newsroom server is reached over ws, wss, http or https, not {{scheme}}',
  newsroomNoAnswer: 'The newsroom server did not answer in time.',
  newsroomRefused: 'The newsroom server refused: {{detail}}',
  newsroomSlowChanges: 'The newsroom server did not take the changes in time.',
  newsroomBadListing: 'The newsroom server sent a listing this version cannot read.',
  newsroomBadImageList: 'The newsroom server sent an image list this version cannot read.',
  newsroomImageRefused: 'The newsroom server refused image {{id}}… ({{status}}).',
  newsroomNoImage: 'The newsroom server has no image {{id}}….',
  newsroomUnreachable: 'The newsroom server at {{address}} cannot be reached ({{reason}}).',
  newsroomBadToken: 'The newsroom server refused this token.',
  newsroomAnswered: 'The newsroom server answered {{status}}.',
  newsroomNoSuchArticle: 'The newsroom server has no such article.',
  newsroomBadDictionary: 'The newsroom server sent a dictionary this version cannot read.',
  newsroomViewerDictionary: 'A viewer account cannot add words to the newsroom’s dictionary.',
  noBackup: 'There is no backup called {{name}}.',
  storePathNotAbsolute: 'Give the full path of the store file, not "{{path}}".',
  noFileAt: 'There is no file at {{path}}.',
  exportSavedByApp: 'Saving an export to a file is done by the desktop app; here the page downloads it.',
  noVerdictScale: 'No verdict scale called "{{id}}".',
  destinationNotFound: 'No publishing destination called "{{name}}".',
  destinationUnreadable: '{{reason}}',
  cmsUnreachable: '{{site}} cannot be reached ({{reason}}). Check the connection and the address; nothing was published.',
  cmsTimeout: '{{site}} did not answer in time; nothing more was sent. Try again (what went up is reused).',
  cmsTls: 'The secure connection to {{site}} failed ({{reason}}): its certificate is not trusted. Nothing was sent.',
  cmsRedirected:
    '{{site}} sent the request on to {{other}}; Redaksi does not follow it there (the password goes only to the address you gave). Give the site’s address as it answers: {{other}}?',
  cmsNotApi:
    '{{site}} answered with a web page instead of its API (HTTP {{status}}: “{{gist}}”). Check the address: is it the site itself?',
  cmsAnswerTooBig: 'The site’s answer was larger than {{mb}} MB, so it was not read.',
  cmsRefusedCredentials: '{{site}} refused the credentials: {{detail}}',
  cmsAnswered: '{{site}} refused (HTTP {{status}}): {{detail}}',
  cmsOddAnswer: '{{site}} answered in a form Redaksi does not know ({{what}}).',
  cmsNeedsFutureTime: 'Scheduling needs a publish time in the future; this article’s is {{when}}.',
  cmsNotPublished: 'This article has not been sent to {{name}}.',
  cmsCorrectionUnpublished: 'A correction goes with an article already published on {{name}}; publish it first.',
  cmsNoteBylineWordPress: 'The byline “{{byline}}” is no user’s name on this site: the post’s author is {{user}}.',
  cmsNoteBylineGhost: 'The byline “{{byline}}” is no staff user’s name on this site: Ghost keeps its default author.',
  cmsNoteNoCanonical: 'WordPress keeps no canonical address of its own (an SEO plugin does): it was not sent.',
  cmsNotePostGone: 'The post was no longer on {{name}}: a new one was made.',
  cmsRemoteGone: 'The post is no longer on {{name}} (deleted there?): publish again to make a new one.',
  statusDraft: 'Draft',
  statusInReview: 'In review',
  statusFactCheck: 'Fact-check',
  statusReady: 'Ready',
  statusPublished: 'Published',
};

export type ErrorKey = PhraseKey<typeof ERROR_MESSAGES>;
export type ErrorPhrase = Phrase<ErrorKey>;

export const errorPhraseSchema = phraseSchemaOf<ErrorKey>(ERROR_MESSAGES);

/** A refusal or failure of the main side, in English and as a phrase the interface says in its language. */
export function serviceError(code: ErrorCode, key: ErrorKey, values?: ErrorPhrase['values'], currentRevision?: number): ServiceError {
  const text = phraseOf(key, values);
  return new ServiceError(code, sayPhrase(text, ERROR_MESSAGES), currentRevision, text);
}

/** The same, as the typed error that crosses the boundary. */
export function contractError(code: ErrorCode, key: ErrorKey, values?: ErrorPhrase['values']): ContractError {
  const text = phraseOf(key, values);
  return { code, message: sayPhrase(text, ERROR_MESSAGES), text };
}

const STATUS_KEYS: Record<ArticleStatus, ErrorKey> = {
  draft: 'statusDraft',
  in_review: 'statusInReview',
  fact_check: 'statusFactCheck',
  ready: 'statusReady',
  published: 'statusPublished',
};

/** A status named inside an error, said in the interface's language too. */
export function statusPhrase(status: ArticleStatus): ErrorPhrase {
  return { key: STATUS_KEYS[status] };
}

/** An image's file named inside an error: its name, or "the file". */
export function filePhrase(name: string | null | undefined): ErrorPhrase {
  return name ? { key: 'namedFile', values: { name } } : { key: 'theFile' };
}
