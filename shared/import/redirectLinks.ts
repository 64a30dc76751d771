// Links that go through someone's redirector keep the reader's click on their servers: Google Docs
// and Google search (`https://www.google.com/url?q=…`), Facebook (`l.facebook.com/l.php?u=…`),
// Outlook's Safe Links (`…safelinks.protection.outlook.com/?url=…`). An import keeps the link's
// real target; one that is not a web address is left as it came.

/** Each redirector's hosts and the query parameter that holds the target. */
const REDIRECTORS: { host: RegExp; path: RegExp; parameters: string[] }[] = [
  { host: /^(www\.)?google\.[a-z.]{2,10}$/, path: /^\/url$/, parameters: ['q', 'url'] },
  { host: /^(l|lm)\.facebook\.com$/, path: /^\/l\.php$/, parameters: ['u'] },
  { host: /^[a-z0-9-]+\.safelinks\.protection\.outlook\.com$/, path: /^\/$/, parameters: ['url'] },
];

/** The target of a redirecting link, unwrapped as many times as it is wrapped (a few at most). */
export function unwrapRedirect(href: string): string {
  let current = href;
  for (let depth = 0; depth < 4; depth++) {
    let url: URL;
    try {
      url = new URL(current);
    } catch {
      return current;
    }
    const redirector = REDIRECTORS.find((r) => r.host.test(url.hostname.toLowerCase()) && r.path.test(url.pathname));
    const target = redirector?.parameters.map((name) => url.searchParams.get(name)).find((value) => value !== null && value !== undefined);
    if (!target || !/^https?:\/\//i.test(target)) return current;
    current = target;
  }
  return current;
}
