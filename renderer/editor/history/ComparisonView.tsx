// A comparison as an editor reads it: what changed in the fields, then section by section (with
// "Restore this section" where the older version has it), then claims and images.
import { Fragment } from 'react';
import type { BlockChange, Comparison, ImagePlace, SectionChange, StyleChange, WordPart } from '../../../shared/contract/history';
import { Trans, useTranslation } from 'react-i18next';
import { t } from '../../i18n/i18n';

export function Words({ parts }: { parts: WordPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.op === 'added' ? (
          <ins key={i}>{part.text}</ins>
        ) : part.op === 'removed' ? (
          <del key={i}>{part.text}</del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

function sectionName(section: SectionChange): string {
  if (section.title === null) return t('compare.outside');
  return t('compare.section', { title: section.title || t('compare.untitled') });
}

/** A block kind as the comparison names it ("paragraph", "heading h2"), in the interface's language. */
/** What happened to some words' look, in the interface's language ("bold added", "link added (…)"). */
function styleChangeText(change: StyleChange): string {
  switch (change.kind) {
    case 'format':
      return t(change.added ? 'formatChange.added' : 'formatChange.removed', { name: t(`formatName.${change.name}`) });
    case 'link':
      return change.was === null
        ? t('formatChange.linkAdded', { url: change.now })
        : change.now === null
          ? t('formatChange.linkRemoved', { url: change.was })
          : t('formatChange.linkChanged', { was: change.was, now: change.now });
    case 'language':
      return change.was === null
        ? t('formatChange.languageMarked', { language: change.now })
        : change.now === null
          ? t('formatChange.languageUnmarked', { language: change.was })
          : t('formatChange.languageChanged', { was: change.was, now: change.now });
  }
}

function kindText(kind: string): string {
  return t(`compare.kind.${kind}` as 'compare.kind.paragraph', { defaultValue: kind });
}

/** Which image changed: the hero, "Image 3 in “Section”", or one removed. */
function placeText(place: ImagePlace): string {
  if (place.kind === 'hero') return t('compare.heroImage');
  if (place.kind === 'image')
    return place.section
      ? t('compare.imageIn', { number: place.number, section: place.section })
      : t('compare.image', { number: place.number });
  return place.section ? t('compare.imageRemovedFrom', { section: place.section }) : t('compare.imageRemoved');
}

/** What changed in a claim or an image ("verdict", "alt text"), in the interface's language. */
function whatText(what: string): string {
  return t(`compare.what.${what}` as 'compare.what.verdict', { defaultValue: what });
}

function Block({ change }: { change: BlockChange }) {
  switch (change.change) {
    case 'added':
      return (
        <li className="change-added">
          <span className="change-kind">{t('compare.added', { kind: kindText(change.block.kind) })}</span>{' '}
          <ins translate="no">{change.block.text}</ins>
        </li>
      );
    case 'removed':
      return (
        <li className="change-removed">
          <span className="change-kind">{t('compare.removed', { kind: kindText(change.block.kind) })}</span>{' '}
          <del translate="no">{change.block.text}</del>
        </li>
      );
    case 'changed':
      return (
        <li>
          <span className="change-kind">{t('compare.changed', { kind: kindText(change.kind) })}</span>{' '}
          <span translate="no">
            <Words parts={change.words} />
          </span>
        </li>
      );
    case 'formatting':
      return (
        <li>
          <span className="change-kind">{t('compare.formatting', { kind: kindText(change.block.kind) })}</span>{' '}
          {change.formats.map((format, i) => (
            <Fragment key={i}>
              {i > 0 && '; '}
              <Trans
                i18nKey="formatChange.words"
                values={{ changes: format.changes.map(styleChangeText).join(', '), words: format.words }}
                components={{ words: <span translate="no" /> }}
              />
            </Fragment>
          ))}
        </li>
      );
    case 'split':
      return (
        <li>
          <span className="change-kind">{t('compare.split', { kind: kindText(change.before.kind), count: change.after.length })}</span>{' '}
          <span translate="no">{change.after.map((b) => `“${b.text}”`).join(' | ')}</span>
        </li>
      );
    case 'merged':
      return (
        <li>
          <span className="change-kind">{t('compare.merged', { count: change.before.length })}</span>{' '}
          <span translate="no">“{change.after.text}”</span>
        </li>
      );
    case 'moved in':
      return (
        <li>
          <span className="change-kind">{t('compare.movedIn', { from: change.from })}</span> <span translate="no">{change.block.text}</span>
        </li>
      );
    case 'moved out':
      return (
        <li>
          <span className="change-kind">{t('compare.movedOut', { to: change.to })}</span> <span translate="no">{change.block.text}</span>
        </li>
      );
  }
}

export function ComparisonView({
  comparison,
  onRestoreSection,
}: {
  comparison: Comparison;
  /** Restores the older version's part `from`; absent when nothing may be restored (two old versions). */
  onRestoreSection?: (from: number, name: string) => void;
}) {
  const { counts } = comparison;
  useTranslation();
  const empty =
    comparison.fields.length === 0 &&
    comparison.sections.length === 0 &&
    comparison.images.length === 0 &&
    (comparison.claims?.length ?? 0) === 0;
  return (
    <div className="comparison">
      <p className="comparison-counts">{t('compare.counts', counts)}</p>
      {empty && <p>{t('compare.none')}</p>}
      {comparison.fields.length > 0 && (
        <section aria-label={t('compare.fields')}>
          <h3>{t('compare.fields')}</h3>
          <ul>
            {comparison.fields.map((field) => (
              <li key={field.field}>
                <span className="change-kind">
                  {t(`compare.field.${field.field}` as 'compare.field.headline', { defaultValue: field.field })}:
                </span>{' '}
                <span translate="no">
                  <Words parts={field.words} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {comparison.sections.map((section, i) => {
        const name = sectionName(section);
        return (
          <section key={i} aria-label={name} className="comparison-section">
            <h3>
              {name} — {t(`compare.change.${section.change}`)}
              {section.renamedFrom !== null && t('compare.renamed', { title: section.renamedFrom })}
              {section.change === 'moved' && t('compare.movedParts', { from: section.from! + 1, to: section.to! + 1 })}
            </h3>
            {section.blocks.length > 0 && (
              <ul>
                {section.blocks.map((block, k) => (
                  <Block key={k} change={block} />
                ))}
              </ul>
            )}
            {onRestoreSection && section.from !== null && section.change !== 'moved' && (
              <button type="button" onClick={() => onRestoreSection(section.from!, name)} aria-label={t('compare.restoreNamed', { name })}>
                {t('compare.restoreSection')}
              </button>
            )}
          </section>
        );
      })}
      {comparison.claims === null ? (
        <p className="hint">{t('compare.noClaims')}</p>
      ) : (
        comparison.claims.length > 0 && (
          <section aria-label={t('compare.claims')}>
            <h3>{t('compare.claims')}</h3>
            <ul>
              {comparison.claims.map((claim) => (
                <li key={claim.claimId}>
                  <span className="change-kind">
                    <span translate="no">“{claim.quote}”</span> {t(`compare.change.${claim.change}`)}
                  </span>
                  {claim.details.length > 0 && (
                    <ul>
                      {claim.details.map((d, k) => (
                        <li key={k}>
                          {whatText(d.what)}: {d.before && <del translate="no">{d.before}</del>}{' '}
                          {d.after && <ins translate="no">{d.after}</ins>}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )
      )}
      {comparison.images.length > 0 && (
        <section aria-label={t('compare.images')}>
          <h3>{t('compare.images')}</h3>
          <ul>
            {comparison.images.map((image, k) => (
              <li key={k}>
                <span className="change-kind">{placeText(image.place)}</span>
                <ul>
                  {image.details.map((d, j) => (
                    <li key={j}>
                      {whatText(d.what)}: <del translate="no">{d.before}</del> <ins translate="no">{d.after}</ins>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
