// "New article": pick a template (or blank), how many sections, and the article's language.
import { useEffect, useState } from 'react';
import { FormButtons } from '../dialogs/FormButtons';
import { useModalDialog } from '../dialogs/useModalDialog';
import type { Template } from '../../shared/templates/templateSchema';
import { bridge } from '../transport/bridge';
import { useTranslation } from 'react-i18next';
import { isOwnTemplate, templateDescription, templateName } from './templateText';

export interface NewArticleChoice {
  templateId: string | null;
  sectionCount?: number;
  language: string;
}

function repeatableBlock(template: Template | undefined) {
  return template?.definition.blocks.find((b) => b.kind === 'section' && b.repeatable);
}

interface Props {
  onCreate(choice: NewArticleChoice): void;
  onCancel(): void;
}

// The dialog opens once the templates are listed (a local read): opened before, it grew under the
// pointer as they came in, and a click meant for "Create article" could land on a template instead.
export function NewArticleDialog(props: Props) {
  const [listed, setListed] = useState<{ templates: Template[]; error: string | null } | null>(null);
  useEffect(() => {
    let live = true;
    void bridge.call('templates:list', {}).then((r) => {
      if (live) setListed(r.ok ? { templates: r.value.items, error: null } : { templates: [], error: r.error.message });
    });
    return () => void (live = false);
  }, []);
  return listed && <NewArticleForm {...props} templates={listed.templates} error={listed.error} />;
}

function NewArticleForm({ onCreate, onCancel, templates, error }: Props & { templates: Template[]; error: string | null }) {
  const ref = useModalDialog();
  const [templateId, setTemplateId] = useState<string>('');
  const [count, setCount] = useState<number | null>(null);
  const [language, setLanguage] = useState('id');
  const { t } = useTranslation();

  const selected = templates.find((template) => template.id === templateId);
  const repeatable = repeatableBlock(selected);
  const sectionCount = count ?? (repeatable?.kind === 'section' ? repeatable.repeat : undefined);

  return (
    <dialog ref={ref} aria-label={t('newArticle.title')} className="confirm-dialog new-article-dialog" onCancel={onCancel}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onCreate({ templateId: templateId || null, sectionCount: repeatable ? sectionCount : undefined, language });
        }}
      >
        <h2>{t('newArticle.title')}</h2>
        {error && <p role="alert">{error}</p>}
        <fieldset className="template-choice">
          <legend>{t('newArticle.template')}</legend>
          <label>
            <input type="radio" name="template" value="" checked={templateId === ''} onChange={() => setTemplateId('')} />
            <span>
              <strong>{t('newArticle.blank')}</strong>
              <small>{t('newArticle.blankHint')}</small>
            </span>
          </label>
          {templates.map((template) => (
            <label key={template.id}>
              <input
                type="radio"
                name="template"
                value={template.id}
                checked={templateId === template.id}
                onChange={() => {
                  setTemplateId(template.id);
                  setCount(null);
                }}
              />
              <span translate={isOwnTemplate(template) ? 'no' : undefined}>
                <strong>{templateName(template)}</strong>
                {isOwnTemplate(template) && !template.description ? (
                  <small translate="yes">{t('newArticle.custom')}</small>
                ) : (
                  <small>{templateDescription(template)}</small>
                )}
              </span>
            </label>
          ))}
        </fieldset>
        <div className="field-row two">
          {repeatable && (
            <label className="field">
              <span>{t('newArticle.sections')}</span>
              <input
                type="number"
                min={1}
                max={30}
                value={sectionCount}
                onChange={(e) => setCount(Math.max(1, Math.min(30, Number(e.target.value) || 1)))}
              />
            </label>
          )}
          <label className="field">
            <span>{t('newArticle.language')}</span>
            <select value={language} onChange={(e) => setLanguage(e.target.value)}>
              <option value="id">{t('settings.languageChoice.id')}</option>
              <option value="en">{t('settings.languageChoice.en')}</option>
            </select>
          </label>
        </div>
        <FormButtons confirmLabel={t('newArticle.create')} onCancel={onCancel} />
      </form>
    </dialog>
  );
}
