// The contract's side of publishing to a CMS: destinations (added with their credential, listed
// without it) and the publication steps (publishToCms.ts).
import type { Handlers, Stores } from './serviceTypes';
import { Publisher } from './publishToCms';

type PublishHandlers = Pick<
  Handlers,
  'destinations:list' | 'destinations:add' | 'destinations:remove' | 'publish:toCms' | 'publish:unpublish' | 'publish:publications'
>;

export function publishHandlers(stores: Stores, person: () => string | null): PublishHandlers {
  const publisher = new Publisher(stores, stores.destinations, undefined, person);
  // The article as last typed, not as derived a second ago: what is sent is what is on screen.
  const fresh = (articleId: string): void => void stores.live.flush(articleId);
  return {
    'destinations:list': () => ({ items: stores.destinations.list() }),
    'destinations:add': (input) => stores.destinations.add(input),
    'destinations:remove': (input) => {
      stores.destinations.remove(input.name);
      return {};
    },
    'publish:toCms': async (input) => {
      fresh(input.articleId);
      return publisher.step(input);
    },
    'publish:unpublish': async (input) => publisher.unpublish(input.articleId, input.destination),
    'publish:publications': (input) => ({ items: stores.destinations.publications(input.articleId) }),
  };
}
