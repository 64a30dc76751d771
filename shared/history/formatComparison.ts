// A comparison as plain text, for the CLI (`redaksi diff`) and the golden tests. Words use git's
// word-diff notation: [-removed-]{+added+}.
import type { BlockChange, BlockView, Comparison, FormatChange, SectionChange, StyleChange, WordPart } from '../contract/history';

export function wordsAsText(parts: WordPart[]): string {
  return parts.map((p) => (p.op === 'added' ? `{+${p.text}+}` : p.op === 'removed' ? `[-${p.text}-]` : p.text)).join('');
}

const one = (text: string) => text.replace(/\n/g, ' ⏎ ');
const block = (b: BlockView) => `${b.kind}: ${one(b.text)}`;

function sectionName(section: SectionChange): string {
  if (section.title === null) return 'Text outside the sections';
  return `Section “${section.title || 'untitled'}”`;
}

/** A style change in English: "bold added", "link added (https://…)", "marked as language en". */
function styleChangeText(change: StyleChange): string {
  switch (change.kind) {
    case 'format':
      return `${change.name} ${change.added ? 'added' : 'removed'}`;
    case 'link':
      return change.was === null
        ? `link added (${change.now})`
        : change.now === null
          ? `link removed (${change.was})`
          : `link changed: ${change.was} → ${change.now}`;
    case 'language':
      return change.was === null
        ? `marked as language ${change.now}`
        : change.now === null
          ? `language mark removed (${change.was})`
          : `language changed: ${change.was} → ${change.now}`;
  }
}

/** Words whose look changed, in English: "bold added, italic added: “kata”". */
export function formatChangeText(change: FormatChange): string {
  return `${change.changes.map(styleChangeText).join(', ')}: “${change.words}”`;
}

function blockLine(change: BlockChange): string {
  switch (change.change) {
    case 'added':
      return `+ ${block(change.block)}`;
    case 'removed':
      return `- ${block(change.block)}`;
    case 'changed':
      return `~ ${change.kind}: ${one(wordsAsText(change.words))}`;
    case 'formatting':
      return `* formatting in ${change.block.kind}: ${change.formats.map(formatChangeText).join('; ')}`;
    case 'split':
      return `⑂ ${change.before.kind} split in ${change.after.length}: ${change.after.map((b) => `“${one(b.text)}”`).join(' | ')}`;
    case 'merged':
      return `⑃ ${change.before.length} blocks merged: “${one(change.after.text)}”`;
    case 'moved in':
      return `> moved here from “${change.from}”: ${block(change.block)}`;
    case 'moved out':
      return `< moved to “${change.to}”: ${block(change.block)}`;
  }
}

function sectionHead(section: SectionChange): string {
  const place = (n: number | null) => (n === null ? '' : String(n + 1));
  const renamed = section.renamedFrom !== null ? ` (was “${section.renamedFrom}”)` : '';
  switch (section.change) {
    case 'added':
      return `+ ${sectionName(section)} added, part ${place(section.to)}`;
    case 'removed':
      return `- ${sectionName(section)} removed (was part ${place(section.from)})`;
    case 'moved':
      return `> ${sectionName(section)}${renamed} moved from part ${place(section.from)} to part ${place(section.to)}`;
    case 'changed':
      return `~ ${sectionName(section)}${renamed}`;
  }
}

export function formatComparison(comparison: Comparison): string {
  const lines: string[] = [];
  const { counts } = comparison;
  lines.push(`${counts.added} added, ${counts.removed} removed, ${counts.changed} changed, ${counts.moved} moved`);
  for (const field of comparison.fields)
    lines.push('', `${field.field[0]!.toUpperCase()}${field.field.slice(1)}`, `  ${wordsAsText(field.words)}`);
  if (comparison.sections.length > 0) {
    lines.push('', 'Structure and text');
    for (const section of comparison.sections) {
      lines.push(`  ${sectionHead(section)}`);
      for (const change of section.blocks) lines.push(`    ${blockLine(change)}`);
    }
  }
  if (comparison.claims === null) lines.push('', 'Claims', '  (not recorded in one of these versions)');
  else if (comparison.claims.length > 0) {
    lines.push('', 'Claims');
    for (const claim of comparison.claims) {
      lines.push(`  ${claim.change === 'added' ? '+' : claim.change === 'removed' ? '-' : '~'} “${one(claim.quote)}” ${claim.change}`);
      for (const d of claim.details) lines.push(`    ${d.what}: ${d.before ? `${one(d.before)} → ` : ''}${one(d.after) || '(none)'}`);
    }
  }
  if (comparison.images.length > 0) {
    lines.push('', 'Images');
    for (const image of comparison.images) {
      lines.push(`  ~ ${image.image}`);
      for (const d of image.details) lines.push(`    ${d.what}: ${one(d.before)} → ${one(d.after)}`);
    }
  }
  if (lines.length === 1) lines.push('', 'No changes.');
  return `${lines.join('\n')}\n`;
}
