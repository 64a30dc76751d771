// A comparison as an editor reads it: what changed in the fields, then section by section (with
// "Restore this section" where the older version has it), then claims and images.
import type { BlockChange, Comparison, SectionChange, WordPart } from '../../../shared/contract/history';

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
  if (section.title === null) return 'Text outside the sections';
  return `Section “${section.title || 'untitled'}”`;
}

const SECTION_CHANGES: Record<SectionChange['change'], string> = {
  changed: 'changed',
  added: 'added',
  removed: 'removed',
  moved: 'moved',
};

function Block({ change }: { change: BlockChange }) {
  switch (change.change) {
    case 'added':
      return (
        <li className="change-added">
          <span className="change-kind">Added {change.block.kind}:</span> <ins>{change.block.text}</ins>
        </li>
      );
    case 'removed':
      return (
        <li className="change-removed">
          <span className="change-kind">Removed {change.block.kind}:</span> <del>{change.block.text}</del>
        </li>
      );
    case 'changed':
      return (
        <li>
          <span className="change-kind">Changed {change.kind}:</span> <Words parts={change.words} />
        </li>
      );
    case 'formatting':
      return (
        <li>
          <span className="change-kind">Formatting in {change.block.kind}:</span> {change.formats.join('; ')}
        </li>
      );
    case 'split':
      return (
        <li>
          <span className="change-kind">
            {change.before.kind} split in {change.after.length}:
          </span>{' '}
          {change.after.map((b) => `“${b.text}”`).join(' | ')}
        </li>
      );
    case 'merged':
      return (
        <li>
          <span className="change-kind">{change.before.length} blocks merged:</span> “{change.after.text}”
        </li>
      );
    case 'moved in':
      return (
        <li>
          <span className="change-kind">Moved here from “{change.from}”:</span> {change.block.text}
        </li>
      );
    case 'moved out':
      return (
        <li>
          <span className="change-kind">Moved to “{change.to}”:</span> {change.block.text}
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
  const empty =
    comparison.fields.length === 0 &&
    comparison.sections.length === 0 &&
    comparison.images.length === 0 &&
    (comparison.claims?.length ?? 0) === 0;
  return (
    <div className="comparison">
      <p className="comparison-counts">
        {counts.added} added · {counts.removed} removed · {counts.changed} changed · {counts.moved} moved
      </p>
      {empty && <p>No changes.</p>}
      {comparison.fields.length > 0 && (
        <section aria-label="Fields">
          <h3>Fields</h3>
          <ul>
            {comparison.fields.map((field) => (
              <li key={field.field}>
                <span className="change-kind">{field.field[0]!.toUpperCase() + field.field.slice(1)}:</span> <Words parts={field.words} />
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
              {name} — {SECTION_CHANGES[section.change]}
              {section.renamedFrom !== null && ` (was “${section.renamedFrom}”)`}
              {section.change === 'moved' && ` from part ${section.from! + 1} to part ${section.to! + 1}`}
            </h3>
            {section.blocks.length > 0 && (
              <ul>
                {section.blocks.map((block, k) => (
                  <Block key={k} change={block} />
                ))}
              </ul>
            )}
            {onRestoreSection && section.from !== null && section.change !== 'moved' && (
              <button type="button" onClick={() => onRestoreSection(section.from!, name)} aria-label={`Restore ${name}`}>
                Restore this section
              </button>
            )}
          </section>
        );
      })}
      {comparison.claims === null ? (
        <p className="hint">Claims were not kept with one of these versions.</p>
      ) : (
        comparison.claims.length > 0 && (
          <section aria-label="Claims">
            <h3>Claims</h3>
            <ul>
              {comparison.claims.map((claim) => (
                <li key={claim.claimId}>
                  <span className="change-kind">
                    “{claim.quote}” {claim.change}
                  </span>
                  {claim.details.length > 0 && (
                    <ul>
                      {claim.details.map((d, k) => (
                        <li key={k}>
                          {d.what}: {d.before && <del>{d.before}</del>} {d.after && <ins>{d.after}</ins>}
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
        <section aria-label="Images">
          <h3>Images</h3>
          <ul>
            {comparison.images.map((image, k) => (
              <li key={k}>
                <span className="change-kind">{image.image}</span>
                <ul>
                  {image.details.map((d, j) => (
                    <li key={j}>
                      {d.what}: <del>{d.before}</del> <ins>{d.after}</ins>
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
