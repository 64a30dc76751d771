// Templates in the interface's language: the built-in ones' names and descriptions, and section roles
// ("nut-graf"). A newsroom's own templates keep the names they were given.
import type { Template } from '../../shared/templates/templateSchema';
import { t } from '../i18n/i18n';

const BUILTIN = ['explainer', 'news', 'interview', 'analysis', 'fact-check'] as const;
type Builtin = (typeof BUILTIN)[number];

function builtinId(template: Pick<Template, 'id' | 'builtin'>): Builtin | null {
  return template.builtin && (BUILTIN as readonly string[]).includes(template.id) ? (template.id as Builtin) : null;
}

export function templateName(template: Pick<Template, 'id' | 'builtin' | 'name'>): string {
  const id = builtinId(template);
  return id ? t(`builtinTemplate.${id}.name`) : template.name;
}

export function templateDescription(template: Pick<Template, 'id' | 'builtin' | 'description'>): string {
  const id = builtinId(template);
  return id ? t(`builtinTemplate.${id}.description`) : template.description;
}

/** Whether the name is the newsroom's own words (shown as written), not the interface's. */
export function isOwnTemplate(template: Pick<Template, 'id' | 'builtin'>): boolean {
  return builtinId(template) === null;
}

/** A template's section role ("nut-graf") as the interface names it; a newsroom's own role as written. */
export function sectionRoleText(role: string): string {
  return t(`sectionRole.${role}` as 'sectionRole.section', { defaultValue: role.replace(/-/g, ' ') });
}
