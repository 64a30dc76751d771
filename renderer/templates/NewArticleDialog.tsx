// "New article": pick a template (or blank), how many sections, and the article's language.
import { useEffect, useState } from 'react';
import { FormButtons } from '../dialogs/FormButtons';
import { useModalDialog } from '../dialogs/useModalDialog';
import type { Template } from '../../shared/templates/templateSchema';
import { bridge } from '../transport/bridge';

export interface NewArticleChoice {
  templateId: string | null;
  sectionCount?: number;
  language: string;
}

function repeatableBlock(template: Template | undefined) {
  return template?.definition.blocks.find((b) => b.kind === 'section' && b.repeatable);
}

export function NewArticleDialog({ onCreate, onCancel }: { onCreate(choice: NewArticleChoice): void; onCancel(): void }) {
  const ref = useModalDialog();
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [templateId, setTemplateId] = useState<string>('');
  const [count, setCount] = useState<number | null>(null);
  const [language, setLanguage] = useState('id');

  useEffect(() => {
    void bridge.call('templates:list', {}).then((r) => (r.ok ? setTemplates(r.value.items) : setError(r.error.message)));
  }, []);

  const selected = templates?.find((t) => t.id === templateId);
  const repeatable = repeatableBlock(selected);
  const sectionCount = count ?? (repeatable?.kind === 'section' ? repeatable.repeat : undefined);

  return (
    <dialog ref={ref} aria-label="New article" className="confirm-dialog new-article-dialog" onCancel={onCancel}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onCreate({ templateId: templateId || null, sectionCount: repeatable ? sectionCount : undefined, language });
        }}
      >
        <h2>New article</h2>
        {error && <p role="alert">{error}</p>}
        <fieldset className="template-choice">
          <legend>Template</legend>
          <label>
            <input type="radio" name="template" value="" checked={templateId === ''} onChange={() => setTemplateId('')} />
            <span>
              <strong>Blank article</strong>
              <small>Just a body to write in.</small>
            </span>
          </label>
          {templates?.map((t) => (
            <label key={t.id}>
              <input
                type="radio"
                name="template"
                value={t.id}
                checked={templateId === t.id}
                onChange={() => {
                  setTemplateId(t.id);
                  setCount(null);
                }}
              />
              <span>
                <strong>{t.name}</strong>
                <small>{t.description || (t.builtin ? '' : 'Custom template')}</small>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="field-row two">
          {repeatable && (
            <label className="field">
              <span>Number of sections</span>
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
            <span>Language</span>
            <select value={language} onChange={(e) => setLanguage(e.target.value)}>
              <option value="id">Bahasa Indonesia</option>
              <option value="en">English</option>
            </select>
          </label>
        </div>
        <FormButtons confirmLabel="Create article" onCancel={onCancel} />
      </form>
    </dialog>
  );
}
