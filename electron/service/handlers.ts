// The main side of the contract as plain Node functions: no Electron here. Assembled only by the
// composition root (createService.ts), which serves the Electron bridge, browser mode, the CLI,
// the tests and the benchmarks alike.
import { archiveHandlers } from './archiveHandlers';
import { publishHandlers } from './publishHandlers';
import { claimContexts } from '../../shared/claims/claimContext';
import { renderFactCheckReport } from '../../shared/claims/factCheckReport';
import { findScale } from '../../shared/claims/verdictScales';
import { renderBody } from '../../shared/publish/renderBody';
import { renderDocument } from '../../shared/publish/renderDocument';
import { instantiateTemplate } from '../../shared/templates/instantiateTemplate';
import { templateFromArticle } from '../../shared/templates/templateFromArticle';
import { assetCreditsOf, buildExport, claimReviewOf, inlineImages, zipEntries } from '../export/exportArticle';
import { emptyBody, findBodyProblem } from '../../shared/contract/lexicalState';
import type { Claim } from '../../shared/claims/claimSchema';
import { DESK_ONLY_STATUSES, ROLE_RIGHTS } from '../../shared/contract/newsroom';
import { STATUS_LABELS } from '../../shared/articles/status';
import { colourFor, initialsOf, profileSchema } from '../../shared/people/profile';
import type { HeavyWork } from '../worker/heavyWork';
import type { Article, ArticleFields, RevisionSummary } from '../../shared/contract/channels';
import type { VersionSnapshot } from '../../shared/history/compareVersions';
import { restorePart } from '../../shared/history/restorePart';
import { versionParts } from '../../shared/history/versionBlocks';
import { pendingSuggestionIds } from '../../shared/suggestions/pendingInBody';
import { syncArticleImages } from './newsroomImages';
import type { Handlers, ServiceContext, Stores } from './serviceTypes';
import { serviceError, statusPhrase } from '../../shared/contract/errorMessages';
import { MAX_DROPPED_PASSAGES } from '../../shared/import/siteFurniture';
import { importedFields, placePictures } from './importPictures';

function fieldsOf(article: Article): ArticleFields {
  const { headline, dek, byline, language, timeZone, publishAt, hero, tags, body } = article;
  return { headline, dek, byline, language, timeZone, publishAt, hero, tags, body };
}

export function createHandlers(
  stores: Stores,
  context: ServiceContext,
  heavy: HeavyWork,
  log: (message: string) => void = console.error,
): Handlers {
  const { articles: store, templates, assets, claims, live } = stores;
  const linked = () => {
    const newsroom = stores.newsroom();
    if (!newsroom) throw serviceError('invalid_input', 'noNewsroom');
    return newsroom;
  };
  /** The profile, and the account's name and role when this desk knows them (asked of the server by the sharing pass). */
  const profileState = () => {
    const account = stores.newsroom()?.knownAccount ?? null;
    const profile = stores.profile.get();
    const suggested =
      profile ?? (account ? { name: account.name, initials: initialsOf(account.name) || '?', colour: colourFor(account.name) } : null);
    return { profile, suggested: suggested && profileSchema.safeParse(suggested).success ? suggested : null, role: account?.role ?? null };
  };
  /** The derived copy is brought up to date before anything reads it whole (status, export, report, template, version). */
  const fresh = (articleId: string): void => void live.flush(articleId);
  /** The claims table and the document change in one store transaction. */
  const mirrored = (write: () => Claim): Claim =>
    live.transaction(() => {
      const claim = write();
      live.writeClaim(claim);
      return claim;
    });
  return {
    'app:info': () => ({ mode: context.mode, version: context.version, dbPath: context.dbPath }),
    // Electron's IPC bridge closes the window once this succeeds; browser mode has nothing to close.
    'app:closeReady': () => ({}),
    // Electron's IPC bridge rebuilds its menu in the language once this succeeds; browser mode has no menu.
    'app:interfaceLanguage': () => ({}),
    'articles:list': (input) => ({ items: store.list(input.filter, input.limit) }),
    'articles:search': (input) => ({ items: store.search(input.query, input.filter, input.limit) }),
    'articles:get': (input) => {
      const article = store.find(input.ref);
      return live.flush(article.id) ? store.get(article.id) : article;
    },
    // An editor window's: its fields and body come from the live document, so nothing is derived first.
    'articles:record': (input) => store.record(input.ref),
    'articles:create': (input) => {
      const { templateId, sectionCount, ...fields } = input;
      if (!templateId) return store.create(fields);
      const template = templates.get(templateId);
      const { body, hero } = instantiateTemplate(template.definition, { language: fields.language ?? 'id', sectionCount });
      return store.create({ ...fields, body, hero, templateId });
    },
    // A whole-article write (the CLI, scripts): checked against the revision it was based on, then
    // written into the live document so open windows see it, then stored as the derived copy.
    'articles:save': (input) => {
      fresh(input.id);
      const current = store.get(input.id).revision;
      if (current !== input.baseRevision) throw serviceError('conflict', 'savedElsewhere', { current, base: input.baseRevision }, current);
      return live.write(input.id, input.fields, { kind: input.kind, label: input.label ?? null });
    },
    'articles:saveVersion': (input) => live.saveVersion(input.id, input.label),
    'articles:setStatus': (input) => {
      fresh(input.id);
      // Said here rather than put back by the server a moment later (it enforces the same rule).
      const account = stores.newsroom()?.knownAccount;
      if (account && !ROLE_RIGHTS[account.role].publish && DESK_ONLY_STATUSES.includes(input.to)) {
        throw serviceError('forbidden', 'onlyDesk', { status: statusPhrase(input.to), account: account.name, role: account.role });
      }
      // A page is never published with suggestions waiting (they would be left out, silently).
      if (input.to === 'published') {
        const waiting = pendingSuggestionIds(store.get(input.id).body).size + live.fieldSuggestionsPending(input.id);
        if (waiting > 0) throw serviceError('invalid_input', 'suggestionsPending', { count: waiting });
      }
      // The table, the document and the version it makes in one transaction: the status travels
      // with the article, and the history says who changed it and when.
      return live.transaction(() => {
        store.setStatus(input.id, input.from, input.to);
        live.writeStatus(input.id, input.to);
        const person = profileState();
        live.snapshot(input.id, {
          kind: input.to === 'published' ? 'publish' : 'status',
          label: `Status: ${STATUS_LABELS[input.to]}`,
          author: person.profile?.name ?? null,
          role: person.role,
        });
        return store.summary(input.id);
      });
    },
    // The trash lists the article as it was last typed, not as it was a second earlier.
    'articles:trash': (input) => {
      fresh(input.id);
      return store.trash(input.id);
    },
    'articles:restore': (input) => store.restore(input.id),
    'articles:purge': (input) => {
      store.purge(input.id);
      live.forget(input.id);
      return {};
    },
    'newsroom:status': async () => {
      const newsroom = stores.newsroom();
      // The account is asked of the server once, then kept (the sharing pass refreshes it): the library
      // asks this after every change, which must not cost a request each time.
      const account = newsroom ? (newsroom.knownAccount ?? (await newsroom.account())) : null;
      return { configured: newsroom !== null, url: newsroom?.url ?? null, account };
    },
    'newsroom:list': async () => ({ items: (await linked().list()).map((item) => ({ ...item, local: store.has(item.id) })) }),
    'profile:get': async () => profileState(),
    'profile:set': async (input) => {
      stores.profile.set(input);
      return profileState();
    },
    'dictionary:newsroom': async () => {
      const newsroom = stores.newsroom();
      if (!newsroom) return { configured: false, canAdd: false, words: { id: [], en: [] } };
      let words = stores.newsroomDictionary.get(newsroom.url);
      try {
        words = await newsroom.dictionary();
        stores.newsroomDictionary.set(newsroom.url, words);
      } catch (error) {
        // Offline or refused: the words kept from the last time stand (spelling must not change with the network).
        log(`[redaksi] the newsroom's dictionary: ${(error as Error).message}`);
      }
      const account = newsroom.knownAccount ?? (await newsroom.account());
      return { configured: true, canAdd: account !== null && ROLE_RIGHTS[account.role].edit, words: words ?? { id: [], en: [] } };
    },
    'dictionary:addNewsroom': async (input) => {
      const server = linked();
      await server.addDictionaryWord(input);
      const words = stores.newsroomDictionary.get(server.url) ?? { id: [], en: [] };
      if (!words[input.language].includes(input.word)) words[input.language].push(input.word);
      stores.newsroomDictionary.set(server.url, words);
      return {};
    },
    'newsroom:standing': async () => {
      const configured = stores.newsroom() !== null;
      return { configured, articles: configured ? Object.fromEntries(stores.newsroomSync.states()) : {} };
    },
    'newsroom:open': async (input) => {
      const server = linked();
      if (!store.has(input.id)) {
        const listed = (await server.list()).find((item) => item.id === input.id);
        if (!listed) throw serviceError('not_found', 'newsroomNoSuchArticle');
        // Its document starts empty here: the content comes from the server, never made a second time.
        // (Checked again: another call may have brought it down while the listing was on its way.)
        if (!store.has(input.id))
          store.create({ id: input.id, headline: listed.headline, prepared: { state: new Uint8Array([0, 0]), body: emptyBody() } });
      }
      await live.bringDown(input.id);
      // Its images too, now: the article opens with its pictures (offline later, they are here).
      try {
        await syncArticleImages(store.get(input.id), assets, server);
      } catch (error) {
        log(`[redaksi] bringing down the images of ${input.id}: ${(error as Error).message}`);
      }
      return store.summary(input.id);
    },
    'revisions:list': (input) => ({ items: store.listRevisions(input.articleId) }),
    'revisions:compare': async (input) => {
      const from = store.getRevision(input.articleId, input.from);
      let to: VersionSnapshot;
      let toSummary: RevisionSummary | null = null;
      if (input.to === 'now') {
        fresh(input.articleId);
        const article = store.get(input.articleId);
        to = { ...article, claims: claims.list(article.id) };
      } else {
        const version = store.getRevision(input.articleId, input.to);
        to = version;
        toSummary = version.summary;
      }
      // In the worker: a long article's comparison must not hold up the windows' calls.
      const comparison = await heavy.run('compareVersions', from, to);
      return { from: from.summary, to: toSummary, comparison };
    },
    'revisions:restore': (input) => {
      fresh(input.articleId);
      const version = store.getRevision(input.articleId, input.revision);
      const current = store.get(input.articleId);
      if (input.part === undefined) {
        const { headline, dek, byline, hero, body } = version;
        return live.write(
          input.articleId,
          { ...fieldsOf(current), headline, dek, byline, hero, body },
          { kind: 'restore', label: `Restored version ${input.revision}` },
          version.claims ?? [],
        );
      }
      const parts = versionParts(version.body);
      const part = parts[input.part];
      if (!part) throw serviceError('invalid_input', 'versionNoSection', { revision: input.revision, section: input.part + 1 });
      const body = restorePart(current.body, version.body, input.part);
      const name = part.title === null ? 'the text outside the sections' : `section “${part.title || 'untitled'}”`;
      return live.write(
        input.articleId,
        { ...fieldsOf(current), body },
        { kind: 'restore', label: `Restored ${name} from version ${input.revision}` },
        version.claims ?? [],
      );
    },
    'templates:list': () => ({ items: templates.list() }),
    'templates:saveFromArticle': (input) => {
      fresh(input.articleId);
      const article = store.get(input.articleId);
      return templates.create(input.name, input.description ?? '', templateFromArticle(article.body, article.hero));
    },
    'templates:update': (input) => templates.update(input.id, input.name, input.description, input.definition),
    'templates:delete': (input) => {
      templates.delete(input.id);
      return {};
    },
    'assets:import': async (input) => {
      const { asset, created } = await assets.import(input.name, input.data);
      // Publication renditions are made in the background, off the typing path, and cached.
      if (created)
        void assets.renditions(asset.id).catch((error: unknown) => log(`[redaksi] renditions of ${asset.id} failed: ${String(error)}`));
      return asset;
    },
    'assets:get': (input) => assets.get(input.id),
    'claims:list': (input) => ({ items: claims.list(input.articleId), scaleId: claims.verdictScaleId() }),
    // Claim records live in the article's document (every window sees them at once, merges keep them);
    // the claims table is written in the same call and re-derived from the document after merges.
    'claims:create': (input) => mirrored(() => claims.create(input.articleId, input.quote, input.fields)),
    'claims:update': (input) => mirrored(() => claims.update(input.id, input.patch)),
    'claims:comment': (input) => mirrored(() => claims.addComment(input.id, input.author, input.text)),
    'claims:signOff': (input) => {
      const claim = claims.get(input.id);
      fresh(claim.articleId);
      const article = store.get(claim.articleId);
      const context = claimContexts(article.body).get(claim.id);
      if (!context) throw serviceError('invalid_input', 'claimNotAnchored');
      return mirrored(() => claims.signOff(claim.id, input.by, article.revision, context.marked));
    },
    'claims:delete': (input) => {
      const { articleId } = claims.get(input.id);
      live.transaction(() => {
        claims.delete(input.id);
        live.deleteClaim(articleId, input.id);
      });
      return {};
    },
    'claims:setScale': (input) => {
      claims.setVerdictScale(input.scaleId);
      return {};
    },
    'claims:report': (input) => {
      fresh(input.articleId);
      const article = store.get(input.articleId);
      const list = claims.list(article.id);
      const scale = findScale(claims.verdictScaleId());
      return {
        html: renderFactCheckReport(article, list, scale, claimReviewOf(stores, article, `${article.slug}.html`)),
        fileName: `${article.slug}-fact-check.html`,
      };
    },
    'articles:import': async (input) => {
      if (input.templateId) templates.get(input.templateId);
      // Parsing runs in the worker: a large or hostile file never holds up the windows' calls.
      const imported = await heavy.run('importDraft', input.format, input.data);
      const tooBig = findBodyProblem(imported.body);
      if (tooBig) throw serviceError('invalid_input', 'importTooBig', { problem: tooBig });
      // Pictures inside the file fill their slots; one that is not a usable image is reported and its slot waits.
      await placePictures(imported, assets, log);
      const fields = importedFields(imported);
      // The live document too is made in the worker: for a long file, that parse takes seconds.
      const prepared = await heavy.run('articleDoc', fields);
      // One write: the article, its document and its first version (dateline, dek, byline) together.
      const person = profileState();
      const { id } = store.create({
        ...fields,
        prepared,
        templateId: input.templateId ?? null,
        firstVersion: { kind: 'import', label: 'Imported', author: person.profile?.name ?? null, role: person.role },
      });
      return { article: store.get(id), report: imported.report, dropped: imported.dropped.slice(0, MAX_DROPPED_PASSAGES) };
    },
    ...archiveHandlers(stores, heavy, log, () => ({ name: profileState().profile?.name ?? null, role: profileState().role })),
    ...publishHandlers(stores, () => profileState().profile?.name ?? null),
    'import:paste': async (input) => {
      const blocks = await heavy.run('pasteBlocks', input.html);
      const tooBig = findBodyProblem({ root: { type: 'root', children: blocks } });
      if (tooBig) throw serviceError('invalid_input', 'pasteTooBig', { problem: tooBig });
      return { blocks };
    },
    'publish:export': async (input) => {
      fresh(input.articleId);
      const { article, files } = await buildExport(stores, input.articleId, {
        format: input.format,
        images: input.images,
        canonicalUrl: input.canonicalUrl,
        keepCredit: input.keepCredit,
      });
      return { fileName: `${article.slug}.zip`, zip: await heavy.run('zip', zipEntries(files)) };
    },
    'publish:fragment': async (input) => {
      fresh(input.articleId);
      // Images inside the HTML, so they show wherever it is pasted; never a link back into this app.
      const { article, files } = await buildExport(stores, input.articleId, {
        format: 'fragment',
        images: 'inline',
        keepCredit: input.keepCredit,
      });
      const html = new TextDecoder().decode([...files.values()][0]);
      // The fragment is the body; the hero goes to the CMS as its featured image.
      return { html, imageCount: assetCreditsOf(article, false).size };
    },
    'publish:preview': async (input) => {
      fresh(input.articleId);
      const article = store.get(input.articleId);
      const ctx = await inlineImages(stores, article);
      if (input.format === 'fragment') return { html: `${renderBody(article.body, ctx)}\n` };
      return { html: renderDocument(article, ctx, { claimReview: claimReviewOf(stores, article, `${article.slug}.html`) }) };
    },
  };
}
