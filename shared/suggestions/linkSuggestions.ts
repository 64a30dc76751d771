// A link as a suggestion: a new link, a new address or a link taken away is suggested on the link
// node itself (its state, which travels through the live document). The new link or address takes
// effect in the draft at once; a link suggested away stays until accepted. Accept keeps the change,
// reject undoes it; a public page shows the links as they were. All `$` functions: run inside
// editor.update.
import { $isLinkNode, $toggleLink, type LinkNode } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';
import { $getSelection, $getState, $isRangeSelection, $setState, createState, type LexicalNode, type RangeSelection } from 'lexical';
import { LINK_SUGGESTION_KEY, parseLinkSuggestion, type LinkSuggestion } from './linkSuggestionJson';
import { $nodesWhere } from './nodesWhere';

export const linkSuggestionState = createState(LINK_SUGGESTION_KEY, {
  parse: parseLinkSuggestion,
  isEqual: (a, b) => a === b || (a !== null && b !== null && a.id === b.id && a.was === b.was && a.removed === b.removed),
});

export function $linkSuggestion(node: LexicalNode): LinkSuggestion | null {
  return $isLinkNode(node) ? $getState(node, linkSuggestionState) : null;
}

/** The links a selection touches (the link around a caret too), each once, in document order. */
function $linksIn(selection: RangeSelection): LinkNode[] {
  const links: LinkNode[] = [];
  for (const node of selection.getNodes()) {
    const link = $isLinkNode(node) ? node : ($findMatchingParent(node, $isLinkNode) as LinkNode | null);
    if (link && !links.some((l) => l.is(link))) links.push(link);
  }
  return links;
}

/** Takes a link away as Lexical would: its words stay where it stood. */
function $unwrap(link: LinkNode): void {
  for (const child of link.getChildren()) link.insertBefore(child);
  link.remove();
}

/**
 * The Link dialog's Apply (`url`) or Remove (null) in suggestion mode. Returns the new suggestion's
 * id, or null when nothing new was suggested (one's own pending link was changed or taken back).
 */
export function $suggestLink(selection: RangeSelection, url: string | null, newId: () => string): string | null {
  const links = $linksIn(selection);
  let id: string | null = null;
  if (url === null) {
    for (const link of links) {
      const pending = $getState(link, linkSuggestionState);
      // A link only suggested goes away at once; an existing one is suggested away.
      if (pending && pending.was === null) $unwrap(link);
      else if (pending) {
        link.setURL(pending.was!);
        $setState(link, linkSuggestionState, { ...pending, removed: true });
      } else $setState(link, linkSuggestionState, { id: (id ??= newId()), was: link.getURL(), removed: true });
    }
    return id;
  }
  if (links.length > 0) {
    for (const link of links) {
      const pending = $getState(link, linkSuggestionState);
      const was = pending ? pending.was : link.getURL();
      link.setURL(url);
      // Back to the address it had: nothing is suggested any more.
      if (was === url) $setState(link, linkSuggestionState, null);
      else $setState(link, linkSuggestionState, { id: pending?.id ?? (id ??= newId()), was, removed: false });
    }
    return id;
  }
  if (selection.isCollapsed()) return null;
  $toggleLink(url);
  const after = $getSelection();
  id = newId();
  for (const link of $isRangeSelection(after) ? $linksIn(after) : [])
    if (!$getState(link, linkSuggestionState)) $setState(link, linkSuggestionState, { id, was: null, removed: false });
  return id;
}

/** The links under the link suggestion `id`, in document order. */
export function $linksSuggestedBy(id: string): LinkNode[] {
  return $nodesWhere((node): node is LinkNode => $isLinkNode(node) && $getState(node, linkSuggestionState)?.id === id);
}

/** Accepts or rejects the link suggestion `id`, if there is one. */
export function $resolveLinkSuggestion(id: string, accept: boolean): void {
  for (const link of $linksSuggestedBy(id)) {
    const suggestion = $getState(link, linkSuggestionState)!;
    $setState(link, linkSuggestionState, null);
    if (suggestion.removed) {
      if (accept) $unwrap(link);
    } else if (!accept) {
      if (suggestion.was === null) $unwrap(link);
      else link.setURL(suggestion.was);
    }
  }
}
