import { useEffect, useId, useRef, useState } from 'react';
import { copyText } from '../ui/copy-text';
import type { Theme, UrlState } from '../url/url-state';
import { appBaseUrl, embedSnippet, embedTitle, embedUrl } from './snippet';

const THEME_CHOICES: ReadonlyArray<{ theme: Theme; label: string }> = [
  { theme: 'light', label: 'Light' },
  { theme: 'dark', label: 'Dark' },
  { theme: 'auto', label: 'As the reader’s system' },
];

const PREVIEWS = [
  { label: 'Phone', width: 375 },
  { label: 'Desktop', width: 1000 },
] as const;

interface EmbedDialogProps {
  state: UrlState;
  onClose: () => void;
}

/** The snippet for the current view, a Copy button and a live preview at two widths. */
export default function EmbedDialog({ state, onClose }: EmbedDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [preview, setPreview] = useState<(typeof PREVIEWS)[number]>(PREVIEWS[0]);
  const [copied, setCopied] = useState<string | null>(null);
  const [theme, setTheme] = useState<Theme>(state.theme);
  const base = appBaseUrl(window.location);
  const embedded = { ...state, theme };
  const snippet = embedSnippet(base, embedded);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  // The preview frame is scaled to fit the dialog, as it would sit in an article column.
  const frameWidth = preview.width;
  const shown = Math.min(frameWidth, 560);
  const scale = shown / frameWidth;
  const [height, setHeight] = useState(680);
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: unknown; height?: unknown } | null;
      if (event.origin !== window.location.origin || data?.type !== 'claimed-ground:resize') return;
      if (typeof data.height === 'number') setHeight(data.height);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const copy = async () => {
    try {
      await copyText(snippet);
      setCopied('Snippet copied.');
    } catch (error) {
      setCopied(error instanceof Error ? error.message : 'Could not copy.');
    }
  };

  return (
    <dialog ref={ref} className="dialog dialog--wide" aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className="dialog__head">
        <h2 id={`${id}-title`}>Embed this map</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <p>
        Paste this into your page. The map keeps the view you see now and resizes itself to fit; it loads
        nothing from any other site.
      </p>
      <label htmlFor={`${id}-snippet`} className="field-label">
        Embed code
      </label>
      <textarea
        id={`${id}-snippet`}
        className="snippet"
        readOnly
        value={snippet}
        rows={5}
        onFocus={(e) => e.target.select()}
      />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy embed code
        </button>
        <span role="status" className="dialog__status">
          {copied}
        </span>
      </div>
      <fieldset className="preview-switch">
        <legend>Colours</legend>
        {THEME_CHOICES.map((option) => (
          <label key={option.theme} className={`chip${option.theme === theme ? ' chip--on' : ''}`}>
            <input
              type="radio"
              name={`${id}-theme`}
              checked={option.theme === theme}
              onChange={() => setTheme(option.theme)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="preview-switch">
        <legend>Preview</legend>
        {PREVIEWS.map((option) => (
          <label key={option.label} className={`chip${option === preview ? ' chip--on' : ''}`}>
            <input
              type="radio"
              name={`${id}-preview`}
              checked={option === preview}
              onChange={() => setPreview(option)}
            />
            {option.label} ({option.width} px)
          </label>
        ))}
      </fieldset>
      <div className="preview" style={{ width: shown, height: height * scale }}>
        <iframe
          key={`${preview.label}-${theme}`}
          src={embedUrl(base, embedded)}
          title={`Preview: ${embedTitle(embedded)}`}
          style={{
            width: frameWidth,
            height,
            transform: `scale(${scale})`,
            transformOrigin: '0 0',
            border: 0,
          }}
          scrolling="no"
        />
      </div>
    </dialog>
  );
}
