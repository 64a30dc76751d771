// The saved body as a public page shows it: pending suggestions' structure undone — suggested
// splits joined back, suggested joins not made, moved sections back where they stood. (Suggested
// words and formats are undone by the renderers as they write each piece of text.)
import type { SerializedBody } from '../contract/lexicalState';
import { withBlockSuggestionsRejected } from './blockSuggestionJson';
import { withMovesRejected } from './moveSuggestionJson';

export function withStructureAsIfRejected(body: SerializedBody): SerializedBody {
  return withMovesRejected(withBlockSuggestionsRejected(body));
}
