const CONTROL = "mt-1 block w-full min-h-10 rounded-md border border-slate-300 bg-white px-2 text-sm";

/** One labelled select of a GET filter form: the empty first option means "no filter". */
export function FilterSelect({
  label,
  name,
  value,
  anyLabel,
  options,
}: {
  label: string;
  name: string;
  value: string | null | undefined;
  anyLabel: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <label className="text-sm font-medium">
      {label}
      <select name={name} defaultValue={value ?? ""} className={CONTROL}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export const FILTER_CONTROL_CLASS = CONTROL;
