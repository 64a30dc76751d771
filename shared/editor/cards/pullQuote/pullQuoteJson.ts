// The saved types of a pull quote: the quote block, and the attribution block just after it.
export const PULL_QUOTE_TYPE = 'pull-quote';
export const PULL_QUOTE_CITE_TYPE = 'pull-quote-cite';
