import { useId, useState, type FormEvent } from 'react';

interface ProvinceOption {
  slug: string;
  name: string;
  aliases?: readonly string[];
}

interface ProvincePickerProps {
  provinces: readonly ProvinceOption[];
  selected: string | null;
  onSelect: (slug: string | null) => void;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z]/g, '');
}

/** The province a typed name means: exact name, slug or alias first, then a unique prefix. */
export function findProvince<T extends ProvinceOption>(provinces: readonly T[], typed: string): T | null {
  const key = normalise(typed);
  if (!key) return null;
  const names = (p: T) => [p.name, p.slug, ...(p.aliases ?? [])].map(normalise);
  const exact = provinces.find((p) => names(p).includes(key));
  if (exact) return exact;
  const prefixed = provinces.filter((p) => names(p).some((n) => n.startsWith(key)));
  return prefixed.length === 1 ? (prefixed[0] as T) : null;
}

/** A searchable province list: a text box with the browser's own suggestion list. */
export function ProvincePicker({ provinces, selected, onSelect }: ProvincePickerProps) {
  const id = useId();
  const selectedName = provinces.find((p) => p.slug === selected)?.name ?? '';
  const [text, setText] = useState(selectedName);
  const [problem, setProblem] = useState<string | null>(null);
  // A province chosen elsewhere (on the map, in the table) starts the text afresh. Adjusted here
  // rather than by remounting, which would drop the focus of a reader who just pressed Show.
  const [shownFor, setShownFor] = useState({ selected, selectedName });
  if (shownFor.selected !== selected || shownFor.selectedName !== selectedName) {
    setShownFor({ selected, selectedName });
    setText(selectedName);
    setProblem(null);
  }

  const choose = (value: string, fromSubmit: boolean) => {
    setText(value);
    const match = findProvince(provinces, value);
    if (match) {
      setProblem(null);
      if (match.slug !== selected) onSelect(match.slug);
    } else if (fromSubmit) {
      setProblem(value.trim() ? `No province called “${value.trim()}”.` : null);
      if (!value.trim()) onSelect(null);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    choose(text, true);
  };

  return (
    <form className="province-picker" role="search" onSubmit={onSubmit}>
      <label htmlFor={`${id}-input`}>Province</label>
      <div className="province-picker__row">
        <input
          id={`${id}-input`}
          list={`${id}-list`}
          value={text}
          placeholder="Type a name, e.g. Ghazni"
          autoComplete="off"
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => {
            // A pick from the suggestion list arrives as a full name: select it at once.
            const value = e.target.value;
            if (provinces.some((p) => p.name === value)) choose(value, false);
            else setText(value);
          }}
        />
        <button type="submit" className="button">
          Show
        </button>
        {selected && (
          <button type="button" className="button button--quiet" onClick={() => onSelect(null)}>
            Clear
          </button>
        )}
      </div>
      <datalist id={`${id}-list`}>
        {provinces.map((p) => (
          <option key={p.slug} value={p.name} />
        ))}
      </datalist>
      {problem && (
        <p id={`${id}-problem`} className="field-problem" role="status">
          {problem}
        </p>
      )}
    </form>
  );
}
