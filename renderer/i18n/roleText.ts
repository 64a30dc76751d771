// A newsroom account's role in the interface's language ("fact-checker", "pemeriksa fakta").
import { ROLES } from '../../shared/contract/newsroom';
import { t } from './i18n';

export function roleText(role: string): string {
  return (ROLES as readonly string[]).includes(role) ? t(`role.${role as (typeof ROLES)[number]}`) : role;
}
