// The report as it will be saved, each claim's quote marked, and the passage a person selects in it
// (or in the "Report text" field) kept for "Use selection as quote" and "Add claim from selection".

import { useEffect, useRef } from 'react';
import { markRuns, type QuoteSpan } from './marks';

export interface TextSelection {
  start: number;
  end: number;
}

interface Props {
  text: string;
  quotes: readonly (QuoteSpan & { status: string })[];
  onSelect: (selection: TextSelection | null) => void;
}

/** Characters of `root`'s text before (node, offset). */
function offsetIn(root: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

export function ReportView({ text, quotes, onSelect }: Props) {
  const view = useRef<HTMLDivElement>(null);
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const read = () => {
      const root = view.current;
      const selection = document.getSelection();
      if (!root || !selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
      if (range.collapsed) {
        onSelectRef.current(null);
        return;
      }
      const start = offsetIn(root, range.startContainer, range.startOffset);
      const end = offsetIn(root, range.endContainer, range.endOffset);
      onSelectRef.current({ start, end });
    };
    document.addEventListener('selectionchange', read);
    return () => document.removeEventListener('selectionchange', read);
  }, []);

  const status = new Map(quotes.map((q) => [q.key, q.status]));
  const runs = markRuns(text, quotes);
  return (
    <div className="report-view" ref={view}>
      {runs.map((run) => {
        const part = text.slice(run.start, run.end);
        if (run.keys.length === 0) return <span key={run.start}>{part}</span>;
        const accepted = run.keys.some((k) => status.get(k) === 'accepted');
        return (
          <mark
            key={run.start}
            className={accepted ? 'mark--accepted' : 'mark--pending'}
            data-claims={run.keys.join(' ')}
          >
            {part}
          </mark>
        );
      })}
    </div>
  );
}
