// The newsroom's templates: built-in ones to look at, custom ones to rename, edit and delete.
import { useEffect, useState } from 'react';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';
import { FormButtons } from '../dialogs/FormButtons';
import { useModalDialog } from '../dialogs/useModalDialog';
import { HERO_SPEC } from '../../shared/editor/imageSlot';
import { section, type SectionBlock, type Template, type TemplateDefinition } from '../../shared/templates/templateSchema';
import { bridge } from '../transport/bridge';

function describe(definition: TemplateDefinition): string {
  const parts: string[] = [];
  if (definition.hero) parts.push('hero image');
  for (const block of definition.blocks) {
    if (block.kind === 'image') parts.push('image');
    else parts.push(`${block.repeat > 1 ? `${block.repeat} × ` : ''}${block.numbered ? 'numbered ' : ''}${block.role.replace(/-/g, ' ')}`);
  }
  return parts.join(', ') || 'empty';
}

export function TemplateManager({ onClose }: { onClose(): void }) {
  const ref = useModalDialog();
  const [templates, setTemplates] = useState<Template[]>([]);
  const [editing, setEditing] = useState<Template | null>(null);
  const [deleting, setDeleting] = useState<Template | null>(null);
  const [message, setMessage] = useState<string | null>(null);

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
    setMessage(`Saved “${result.value.name}”.`);
    reload();
  }

  async function remove(template: Template) {
    setDeleting(null);
    const result = await bridge.call('templates:delete', { id: template.id });
    setMessage(result.ok ? `Deleted “${template.name}”.` : result.error.message);
    reload();
  }

  return (
    <dialog ref={ref} aria-label="Templates" className="confirm-dialog template-manager" onCancel={onClose}>
      <h2>Templates</h2>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {editing ? (
        <TemplateEditor template={editing} onSave={(t) => void save(t)} onCancel={() => setEditing(null)} />
      ) : (
        <ul className="template-list" aria-label="All templates">
          {templates.map((t) => (
            <li key={t.id}>
              <div>
                <strong>{t.name}</strong> {t.builtin && <span className="status-pill">built-in</span>}
                <p className="hint">{describe(t.definition)}</p>
              </div>
              {!t.builtin && (
                <div className="button-row">
                  <button type="button" aria-label={`Edit ${t.name}`} onClick={() => setEditing(t)}>
                    Edit
                  </button>
                  <button type="button" className="danger" aria-label={`Delete ${t.name}`} onClick={() => setDeleting(t)}>
                    Delete
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
            Close
          </button>
        </div>
      )}
      {deleting && (
        <ConfirmDialog
          title="Delete template?"
          message={`“${deleting.name}” will be deleted. Articles made from it keep their structure.`}
          confirmLabel="Delete template"
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </dialog>
  );
}

/** Name, description, hero slot and the list of sections of one custom template. */
function TemplateEditor({ template, onSave, onCancel }: { template: Template; onSave(t: Template): void; onCancel(): void }) {
  const [draft, setDraft] = useState(template);
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
        <span>Template name</span>
        <input type="text" value={draft.name} maxLength={120} required onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      </label>
      <label className="field">
        <span>Description</span>
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
        Hero image slot (16:9)
      </label>
      <ol className="block-list">
        {blocks.map((block, index) => (
          <li key={index}>
            {block.kind === 'image' ? (
              <p>Image slot ({block.spec.aspectRatio ?? 'any ratio'})</p>
            ) : (
              <fieldset>
                <legend>Section {index + 1}</legend>
                <div className="field-row two">
                  <label className="field">
                    <span>Role</span>
                    <input
                      type="text"
                      value={block.role}
                      maxLength={40}
                      onChange={(e) => patchBlock(index, { role: e.target.value || 'section' })}
                    />
                  </label>
                  <label className="field">
                    <span>Copies</span>
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
                    Numbered
                  </label>
                  <label className="check">
                    <input type="checkbox" checked={block.titled} onChange={(e) => patchBlock(index, { titled: e.target.checked })} /> Has a
                    heading
                  </label>
                  <label className="check">
                    <input type="checkbox" checked={block.required} onChange={(e) => patchBlock(index, { required: e.target.checked })} />{' '}
                    Required
                  </label>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={block.repeatable}
                      onChange={(e) => patchBlock(index, { repeatable: e.target.checked })}
                    />{' '}
                    Writer chooses how many
                  </label>
                </div>
                {(['titleGuidance', 'bodyGuidance'] as const).map((key) =>
                  (['en', 'id'] as const).map((lang) => (
                    <label className="field" key={`${key}-${lang}`}>
                      <span>
                        {key === 'titleGuidance' ? 'Heading guidance' : 'Text guidance'} ({lang === 'en' ? 'English' : 'Indonesian'})
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
              <button type="button" aria-label={`Move block ${index + 1} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                ↑
              </button>
              <button
                type="button"
                aria-label={`Move block ${index + 1} down`}
                disabled={index === blocks.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={`Remove block ${index + 1}`}
                onClick={() => setBlocks(blocks.filter((_, i) => i !== index))}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button type="button" onClick={() => setBlocks([...blocks, section({ role: 'section', required: false })])}>
          Add section
        </button>
      </div>
      <FormButtons confirmLabel="Save template" onCancel={onCancel} />
    </form>
  );
}
