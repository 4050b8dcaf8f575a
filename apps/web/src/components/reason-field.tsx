/**
 * A labelled free-text answer (a reason, a note, instructions): two rows, at most the 1 000
 * characters the API takes.
 */
export function ReasonField({
  label,
  value,
  onChange,
  name,
  required = true,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  name?: string;
  required?: boolean;
}) {
  return (
    <label>
      {label}
      <textarea
        name={name}
        required={required}
        rows={2}
        maxLength={1000}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
