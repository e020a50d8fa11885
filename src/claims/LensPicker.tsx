import { lensLabel } from '../domain/labels';
import { LENSES, type Lens } from '../domain/vocabulary';

interface LensPickerProps {
  lens: Lens;
  compare: Lens | null;
  onLens: (lens: Lens) => void;
  onCompare: (lens: Lens | null) => void;
}

export function LensPicker({ lens, compare, onLens, onCompare }: LensPickerProps) {
  return (
    <div className="lens">
      <fieldset className="lens__sides">
        <legend>Whose claims</legend>
        {LENSES.map((value) => (
          <label key={value} className={`chip${value === lens ? ' chip--on' : ''}`}>
            <input
              type="radio"
              name="lens"
              value={value}
              checked={value === lens}
              onChange={() => onLens(value)}
            />
            {lensLabel(value)}
          </label>
        ))}
      </fieldset>
      <label className="lens__compare">
        Compare side by side with{' '}
        <select value={compare ?? ''} onChange={(e) => onCompare((e.target.value || null) as Lens | null)}>
          <option value="">— no comparison —</option>
          {LENSES.filter((value) => value !== lens).map((value) => (
            <option key={value} value={value}>
              {lensLabel(value)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
