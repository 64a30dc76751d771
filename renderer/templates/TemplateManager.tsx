// The newsroom's templates: built-in ones to look at, custom ones to rename, edit and delete.
import { useEffect, useState } from 'react';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';
import { FormButtons } from '../dialogs/FormButtons';
import { useModalDialog } from '../dialogs/useModalDialog';
import { HERO_SPEC } from '../../shared/editor/imageSlot';
import { section, type SectionBlock, type Template, type TemplateDefinition } from '../../shared/templates/templateSchema';
import { bridge } from '../transport/bridge';
import { useTranslation } from 'react-i18next';
import { t as translate } from '../i18n/i18n';
import { isOwnTemplate, sectionRoleText, templateName } from './templateText';

function describe(definition: TemplateDefinition): string {
  const parts: string[] = [];
  if (definition.hero) parts.push(translate('templates.part.hero'));
  for (const block of definition.blocks) {
    if (block.kind === 'image') parts.push(translate('templates.part.image'));
    else
      parts.push(
        translate('templates.part.section', {
          times: block.repeat > 1 ? `${block.repeat} × ` : '',
          numbered: block.numbered ? translate('templates.part.numbered') : '',
          role: sectionRoleText(block.role),
        }),
      );
  }
  return parts.join(', ') || translate('templates.empty');
}

export function TemplateManager({ onClose }: { onClose(): void }) {
  const ref = useModalDialog();
  const [templates, setTemplates] = useState<Template[]>([]);
  const [editing, setEditing] = useState<Template | null>(null);
  const [deleting, setDeleting] = useState<Template | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { t } = useTranslation();

  const reload = () =>
    void bridge.call('templates:list', {}).then((r) => (r.ok ? setTemplates(r.value.items) : setMessage(r.error.message)));
  useEffect(reload, []);

  async function save(template: Template) {
    const result = await bridge.call('templates:update', {
      id: template.id,
      name: template.name,
      description: template.description,
      definition: template.definition,
    });
    if (!result.ok) {
      setMessage(result.error.message);
      return;
    }
    setEditing(null);
    setMessage(t('templates.saved', { name: result.value.name }));
    reload();
  }

  async function remove(template: Template) {
    setDeleting(null);
    const result = await bridge.call('templates:delete', { id: template.id });
    setMessage(result.ok ? t('templates.deleted', { name: template.name }) : result.error.message);
    reload();
  }

  return (
    <dialog ref={ref} aria-label={t('templates.title')} className="confirm-dialog template-manager" onCancel={onClose}>
      <h2>{t('templates.title')}</h2>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {editing ? (
        <TemplateEditor template={editing} onSave={(edited) => void save(edited)} onCancel={() => setEditing(null)} />
      ) : (
        <ul className="template-list" aria-label={t('templates.all')}>
          {templates.map((template) => (
            <li key={template.id}>
              <div>
                <strong translate={isOwnTemplate(template) ? 'no' : undefined}>{templateName(template)}</strong>{' '}
                {template.builtin && <span className="status-pill">{t('templates.builtin')}</span>}
                <p className="hint">{describe(template.definition)}</p>
              </div>
              {!template.builtin && (
                <div className="button-row">
                  <button type="button" aria-label={t('templates.editLabel', { name: template.name })} onClick={() => setEditing(template)}>
                    {t('templates.edit')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={t('templates.deleteLabel', { name: template.name })}
                    onClick={() => setDeleting(template)}
                  >
                    {t('templates.delete')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {!editing && (
        <div className="button-row">
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('templates.deleteTitle')}
          message={t('templates.deleteMessage', { name: deleting.name })}
          confirmLabel={t('templates.deleteConfirm')}
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </dialog>
  );
}

/** Name, description, hero slot and the list of sections of one custom template. */
function TemplateEditor({ template, onSave, onCancel }: { template: Template; onSave(edited: Template): void; onCancel(): void }) {
  const [draft, setDraft] = useState(template);
  const { t } = useTranslation();
  const blocks = draft.definition.blocks;
  const setBlocks = (next: TemplateDefinition['blocks']) => setDraft({ ...draft, definition: { ...draft.definition, blocks: next } });
  const patchBlock = (index: number, patch: Partial<SectionBlock>) =>
    setBlocks(blocks.map((b, i) => (i === index && b.kind === 'section' ? { ...b, ...patch } : b)));
  const move = (index: number, by: number) => {
    const next = [...blocks];
    const [block] = next.splice(index, 1);
    next.splice(index + by, 0, block!);
    setBlocks(next);
  };

  return (
    <form
      className="template-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
      }}
    >
      <label className="field">
        <span>{t('templates.name')}</span>
        <input type="text" value={draft.name} maxLength={120} required onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      </label>
      <label className="field">
        <span>{t('templates.description')}</span>
        <input
          type="text"
          value={draft.description}
          maxLength={500}
          onChange={(e) => setDraft({ ...draft, description: e.target.value })}
        />
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.definition.hero !== null}
          onChange={(e) => setDraft({ ...draft, definition: { ...draft.definition, hero: e.target.checked ? HERO_SPEC : null } })}
        />
        {t('templates.hero')}
      </label>
      <ol className="block-list">
        {blocks.map((block, index) => (
          <li key={index}>
            {block.kind === 'image' ? (
              <p>{t('templates.imageSlot', { ratio: block.spec.aspectRatio ?? t('templates.anyRatio') })}</p>
            ) : (
              <fieldset>
                <legend>{t('templates.section', { number: index + 1 })}</legend>
                <div className="field-row two">
                  <label className="field">
                    <span>{t('templates.role')}</span>
                    <input
                      type="text"
                      value={block.role}
                      maxLength={40}
                      onChange={(e) => patchBlock(index, { role: e.target.value || 'section' })}
                    />
                  </label>
                  <label className="field">
                    <span>{t('templates.copies')}</span>
                    <input
                      type="number"
                      min={1}
                      max={30}
                      value={block.repeat}
                      onChange={(e) => patchBlock(index, { repeat: Math.max(1, Math.min(30, Number(e.target.value) || 1)) })}
                    />
                  </label>
                </div>
                <div className="button-row">
                  <label className="check">
                    <input type="checkbox" checked={block.numbered} onChange={(e) => patchBlock(index, { numbered: e.target.checked })} />{' '}
                    {t('templates.numbered')}
                  </label>
                  <label className="check">
                    <input type="checkbox" checked={block.titled} onChange={(e) => patchBlock(index, { titled: e.target.checked })} />{' '}
                    {t('templates.titled')}
                  </label>
                  <label className="check">
                    <input type="checkbox" checked={block.required} onChange={(e) => patchBlock(index, { required: e.target.checked })} />{' '}
                    {t('templates.required')}
                  </label>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={block.repeatable}
                      onChange={(e) => patchBlock(index, { repeatable: e.target.checked })}
                    />{' '}
                    {t('templates.repeatable')}
                  </label>
                </div>
                {(['titleGuidance', 'bodyGuidance'] as const).map((key) =>
                  (['en', 'id'] as const).map((lang) => (
                    <label className="field" key={`${key}-${lang}`}>
                      <span>
                        {t(key === 'titleGuidance' ? 'templates.headingGuidance' : 'templates.textGuidance', {
                          language: t(lang === 'en' ? 'templates.english' : 'templates.indonesian'),
                        })}
                      </span>
                      <input
                        type="text"
                        maxLength={500}
                        value={block[key]?.[lang] ?? ''}
                        onChange={(e) => patchBlock(index, { [key]: { en: '', id: '', ...block[key], [lang]: e.target.value } })}
                      />
                    </label>
                  )),
                )}
              </fieldset>
            )}
            <div className="button-row">
              <button
                type="button"
                aria-label={t('templates.up', { number: index + 1 })}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t('templates.down', { number: index + 1 })}
                disabled={index === blocks.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={t('templates.removeLabel', { number: index + 1 })}
                onClick={() => setBlocks(blocks.filter((_, i) => i !== index))}
              >
                {t('templates.remove')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button type="button" onClick={() => setBlocks([...blocks, section({ role: 'section', required: false })])}>
          {t('templates.addSection')}
        </button>
      </div>
      <FormButtons confirmLabel={t('templates.save')} onCancel={onCancel} />
    </form>
  );
}
