// Templates: the built-in ones (code, read-only) and the newsroom's custom ones (in the store).
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { BUILTIN_TEMPLATES, findBuiltinTemplate } from '../shared/templates/builtinTemplates';
import { templateDefinitionSchema, type Template, type TemplateDefinition } from '../shared/templates/templateSchema';
import { serviceError } from '../shared/contract/errorMessages';

interface TemplateRow {
  id: string;
  name: string;
  description: string;
  definition: string;
}

function toTemplate(row: TemplateRow): Template {
  // Stored definitions are re-validated: a template written by hand or by an older version must not break new articles.
  const definition = templateDefinitionSchema.safeParse(JSON.parse(row.definition));
  if (!definition.success) throw serviceError('internal', 'templateDamaged', { name: row.name });
  return { id: row.id, name: row.name, description: row.description, builtin: false, definition: definition.data };
}

export class TemplateStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): Template[] {
    const custom = (
      this.db.prepare('SELECT id, name, description, definition FROM templates ORDER BY name COLLATE NOCASE').all() as TemplateRow[]
    ).map(toTemplate);
    return [...BUILTIN_TEMPLATES, ...custom];
  }

  get(id: string): Template {
    const builtin = findBuiltinTemplate(id);
    if (builtin) return builtin;
    const row = this.db.prepare('SELECT id, name, description, definition FROM templates WHERE id = ?').get(id) as TemplateRow | undefined;
    if (!row) throw serviceError('not_found', 'templateNotFound', { id });
    return toTemplate(row);
  }

  private checkName(name: string, ownId: string | null): void {
    const clash =
      BUILTIN_TEMPLATES.some((t) => t.name.toLowerCase() === name.toLowerCase()) ||
      this.db.prepare('SELECT 1 FROM templates WHERE name = ? COLLATE NOCASE AND id IS NOT ?').get(name, ownId);
    if (clash) throw serviceError('invalid_input', 'templateNameTaken', { name });
  }

  create(name: string, description: string, definition: TemplateDefinition): Template {
    this.checkName(name, null);
    const id = randomUUID();
    const now = this.now().toISOString();
    this.db
      .prepare('INSERT INTO templates (id, name, description, definition, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, name, description, JSON.stringify(definition), now, now);
    return this.get(id);
  }

  update(id: string, name: string, description: string, definition: TemplateDefinition): Template {
    if (findBuiltinTemplate(id)) throw serviceError('invalid_input', 'builtinTemplateUnchangeable');
    this.get(id);
    this.checkName(name, id);
    this.db
      .prepare('UPDATE templates SET name = ?, description = ?, definition = ?, updated_at = ? WHERE id = ?')
      .run(name, description, JSON.stringify(definition), this.now().toISOString(), id);
    return this.get(id);
  }

  delete(id: string): void {
    if (findBuiltinTemplate(id)) throw serviceError('invalid_input', 'builtinTemplateUndeletable');
    const info = this.db.prepare('DELETE FROM templates WHERE id = ?').run(id);
    if (info.changes === 0) throw serviceError('not_found', 'templateNotFound', { id });
  }
}
