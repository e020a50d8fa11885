// Labelled form controls whose problems stand beside them and are read with them (aria-describedby).

import type { ReactNode, Ref } from 'react';

interface Common {
  id: string;
  label: string;
  problems?: readonly string[] | undefined;
  hint?: string | undefined;
  className?: string | undefined;
}

function describedBy(id: string, problems: readonly string[] | undefined, hint: string | undefined) {
  const ids = [hint ? `${id}-hint` : null, problems?.length ? `${id}-problems` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Around({ id, label, problems, hint, className, children }: Common & { children: ReactNode }) {
  return (
    <div className={`field${problems?.length ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      {problems?.length ? (
        <ul className="field__problems" id={`${id}-problems`}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function TextField(
  props: Common & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'date' | 'url' | 'number';
    inputRef?: Ref<HTMLInputElement>;
    required?: boolean;
    autoComplete?: string;
  },
) {
  const {
    id,
    value,
    onChange,
    type = 'text',
    inputRef,
    problems,
    hint,
    required,
    autoComplete = 'off',
  } = props;
  return (
    <Around {...props}>
      <input
        id={id}
        ref={inputRef}
        type={type}
        value={value}
        required={required}
        autoComplete={autoComplete}
        step={type === 'number' ? 'any' : undefined}
        aria-invalid={problems?.length ? true : undefined}
        aria-describedby={describedBy(id, problems, hint)}
        onChange={(e) => onChange(e.target.value)}
      />
    </Around>
  );
}

export function TextArea(
  props: Common & {
    value: string;
    onChange: (value: string) => void;
    rows?: number;
    textareaRef?: Ref<HTMLTextAreaElement>;
    onSelect?: (start: number, end: number) => void;
    onDropFile?: (file: File) => void;
  },
) {
  const { id, value, onChange, rows = 3, textareaRef, problems, hint, onSelect, onDropFile } = props;
  return (
    <Around {...props}>
      <textarea
        id={id}
        ref={textareaRef}
        rows={rows}
        value={value}
        spellCheck={false}
        aria-invalid={problems?.length ? true : undefined}
        aria-describedby={describedBy(id, problems, hint)}
        onChange={(e) => onChange(e.target.value)}
        onSelect={
          onSelect ? (e) => onSelect(e.currentTarget.selectionStart, e.currentTarget.selectionEnd) : undefined
        }
        onDragOver={onDropFile ? (e) => e.preventDefault() : undefined}
        onDrop={
          onDropFile
            ? (e) => {
                const file = e.dataTransfer.files[0];
                if (file) {
                  e.preventDefault();
                  onDropFile(file);
                }
              }
            : undefined
        }
      />
    </Around>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(
  props: Common & {
    value: string;
    onChange: (value: string) => void;
    options: readonly Option[];
    groups?: ReadonlyArray<{ label: string; options: readonly Option[] }>;
    selectRef?: Ref<HTMLSelectElement>;
  },
) {
  const { id, value, onChange, options, groups, selectRef, problems, hint } = props;
  return (
    <Around {...props}>
      <select
        id={id}
        ref={selectRef}
        value={value}
        aria-invalid={problems?.length ? true : undefined}
        aria-describedby={describedBy(id, problems, hint)}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Around>
  );
}

/** Options from one of the vocabulary's lists: the codebook's own words. */
export function vocabulary(values: readonly string[]): Option[] {
  return values.map((v) => ({ value: v, label: v }));
}
