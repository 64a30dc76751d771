// The main side of the contract as plain Node functions: no Electron here, so the same handlers
// serve the Electron IPC bridge, browser mode and the tests.
import type { ArticleStore } from '../../db/articleStore';
import type { AssetStore } from '../../db/assetStore';
import type { ClaimStore } from '../../db/claimStore';
import { claimContexts } from '../../shared/claims/claimContext';
import { claimReviewJsonLd, renderFactCheckReport } from '../../shared/claims/factCheckReport';
import { findScale } from '../../shared/claims/verdictScales';
import { assetPath } from '../../shared/editor/imageSlot';
import { renderBody } from '../../shared/publish/renderBody';
import { renderDocument } from '../../shared/publish/renderDocument';
import type { TemplateStore } from '../../db/templateStore';
import { instantiateTemplate } from '../../shared/templates/instantiateTemplate';
import { templateFromArticle } from '../../shared/templates/templateFromArticle';
import { buildExportZip } from './exportArticle';
import { importDraft } from './importDraft';
import { pastedBlocks } from '../../shared/import/importHtml';
import {
  channels,
  isChannel,
  type Article,
  type ArticleFields,
  type Channel,
  type ChannelOutput,
  type ParsedInput,
} from '../../shared/contract/channels';
import { ServiceError, type ContractError, type Result } from '../../shared/contract/errors';

export interface ServiceContext {
  mode: 'electron' | 'browser';
  version: string;
  dbPath: string;
}

type Handler<C extends Channel> = (input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
/** Channels about the store itself (open it, restore it, quit): answered by the store host, even without a store. */
export type HostChannel = 'app:quit' | 'store:status' | 'store:restoreBackup' | 'store:openOther';
export type ServiceChannel = Exclude<Channel, HostChannel>;
export type Handlers = { [C in ServiceChannel]: Handler<C> };
export type HostHandlers = { [C in HostChannel]: Handler<C> };
export type AllHandlers = Handlers & HostHandlers;

export interface Stores {
  articles: ArticleStore;
  templates: TemplateStore;
  assets: AssetStore;
  claims: ClaimStore;
}

export function createHandlers(stores: Stores, context: ServiceContext, log: (message: string) => void = console.error): Handlers {
  const { articles: store, templates, assets, claims } = stores;
  /** ClaimReview markup only for a fact-check article (Google allows one per page): its first claim. */
  const claimReviewFor = (article: Article) => {
    const first = claims.list(article.id)[0];
    if (article.templateId !== 'fact-check' || !first) return null;
    return claimReviewJsonLd({
      article,
      claim: first,
      scale: findScale(claims.verdictScaleId()),
      url: `${article.slug}.html`,
      organization: article.byline || 'Redaksi',
    });
  };
  return {
    'app:info': () => ({ mode: context.mode, version: context.version, dbPath: context.dbPath }),
    // Electron's IPC bridge closes the window once this succeeds; browser mode has nothing to close.
    'app:closeReady': () => ({}),
    'articles:list': (input) => ({ items: store.list(input.filter, input.limit) }),
    'articles:search': (input) => ({ items: store.search(input.query, input.filter, input.limit) }),
    'articles:get': (input) => store.find(input.ref),
    'articles:create': (input) => {
      const { templateId, sectionCount, ...fields } = input;
      if (!templateId) return store.create(fields);
      const template = templates.get(templateId);
      const { body, hero } = instantiateTemplate(template.definition, { language: fields.language ?? 'id', sectionCount });
      return store.create({ ...fields, body, hero, templateId });
    },
    'articles:save': (input) => store.save(input),
    'articles:setStatus': (input) => store.setStatus(input.id, input.from, input.to),
    'articles:trash': (input) => store.trash(input.id),
    'articles:restore': (input) => store.restore(input.id),
    'articles:purge': (input) => {
      store.purge(input.id);
      return {};
    },
    'revisions:list': (input) => ({ items: store.listRevisions(input.articleId) }),
    'revisions:keepCopy': (input) => store.keepCopy(input.articleId, input.baseRevision, input.fields),
    'templates:list': () => ({ items: templates.list() }),
    'templates:saveFromArticle': (input) => {
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
    'claims:create': (input) => claims.create(input.articleId, input.quote, input.fields),
    'claims:update': (input) => claims.update(input.id, input.patch),
    'claims:comment': (input) => claims.addComment(input.id, input.author, input.text),
    'claims:signOff': (input) => {
      const claim = claims.get(input.id);
      const article = store.get(claim.articleId);
      const context = claimContexts(article.body).get(claim.id);
      if (!context)
        throw new ServiceError('invalid_input', 'This claim is not anchored in the saved text; re-anchor it before signing off.');
      return claims.signOff(claim.id, input.by, article.revision, context.marked);
    },
    'claims:delete': (input) => {
      claims.delete(input.id);
      return {};
    },
    'claims:setScale': (input) => {
      claims.setVerdictScale(input.scaleId);
      return {};
    },
    'claims:report': (input) => {
      const article = store.get(input.articleId);
      const list = claims.list(article.id);
      const scale = findScale(claims.verdictScaleId());
      return { html: renderFactCheckReport(article, list, scale, claimReviewFor(article)), fileName: `${article.slug}-fact-check.html` };
    },
    'articles:import': async (input) => {
      if (input.templateId) templates.get(input.templateId);
      const imported = await importDraft(input.format, input.data);
      const article = store.create({
        headline: imported.headline,
        language: imported.language,
        timeZone: imported.timeZone,
        body: imported.body,
        hero: imported.hero,
        templateId: input.templateId ?? null,
      });
      // The dateline and dek are fields, saved as the first revision after creation.
      store.save({
        id: article.id,
        baseRevision: article.revision,
        kind: 'manual',
        label: 'Imported',
        fields: { ...fieldsOf(store.get(article.id)), dek: imported.dek, byline: imported.byline, publishAt: imported.publishAt },
      });
      return { article: store.get(article.id), report: imported.report };
    },
    'import:paste': (input) => ({ blocks: pastedBlocks(input.html) }),
    'publish:export': (input) =>
      buildExportZip(stores, input.articleId, {
        format: input.format,
        images: input.images,
        canonicalUrl: input.canonicalUrl,
        keepCredit: input.keepCredit,
      }),
    'publish:preview': (input) => {
      const article = store.get(input.articleId);
      const resolveImage = (assetId: string) => {
        const asset = assets.file(assetId) ? assets.get(assetId) : null;
        return asset ? { src: assetPath(asset.id), width: asset.width, height: asset.height, webp: [] } : null;
      };
      if (input.format === 'fragment') return { html: `${renderBody(article.body, { resolveImage })}\n` };
      return { html: renderDocument(article, { resolveImage }, { claimReview: claimReviewFor(article) }) };
    },
  };
}

/** The editable fields of an article, as articles:save takes them. */
function fieldsOf(article: Article): ArticleFields {
  const { headline, dek, byline, language, timeZone, publishAt, hero, body } = article;
  return { headline, dek, byline, language, timeZone, publishAt, hero, body };
}

function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .map((line) => (line.length > 300 ? `${line.slice(0, 299)}…` : line)) // hostile input can make one issue huge (100,000 unknown keys)
    .join('; ');
}

function storageFailure(error: unknown): ContractError | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (/^SQLITE_(FULL|READONLY|IOERR|BUSY|LOCKED|CANTOPEN|CORRUPT|NOTADB)/.test(code)) {
    return { code: 'storage_unavailable', message: `The article store could not be written (${code}). Your text is kept in the editor.` };
  }
  return null;
}

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

/** Validates the channel and input, runs the handler, and turns every failure into a typed error. */
export function createDispatch(handlers: Partial<AllHandlers>, log: (message: string) => void = console.error): Dispatch {
  return async (channel, rawInput) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: `Unknown channel ${JSON.stringify(String(channel)).slice(0, 80)}.` } };
    }
    const parsed = channels[channel].input.safeParse(rawInput);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'invalid_input', message: `Invalid input for ${channel}: ${describeIssues(parsed.error.issues)}` },
      };
    }
    if (!Object.hasOwn(handlers, channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: `${channel} is not available here.` } };
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      // Awaited inside the try, so an async failure is typed like a sync one.
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof ServiceError) {
        return {
          ok: false,
          error: {
            code: error.code,
            message: error.message,
            ...(error.currentRevision === undefined ? {} : { currentRevision: error.currentRevision }),
          },
        };
      }
      const storage = storageFailure(error);
      if (storage) return { ok: false, error: storage };
      log(`[redaksi] ${channel} failed: ${(error as Error).stack ?? String(error)}`);
      return { ok: false, error: { code: 'internal', message: `${channel} failed unexpectedly. Nothing was changed.` } };
    }
  };
}
