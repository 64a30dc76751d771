// A labelled <select> over [value, label] pairs, as the claims panel and editor use them.
export function SelectField({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  /** [value, label, kept as written (a name, not interface text)]. */
  options: ReadonlyArray<readonly [string, string, boolean?]>;
  onChange(value: string): void;
}) {
  return (
    <label className="claim-field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([optionValue, optionLabel, asWritten]) => (
          <option key={optionValue} value={optionValue} translate={asWritten ? 'no' : undefined}>
            {optionLabel}
          </option>
        ))}
      </select>
    </label>
  );
}
