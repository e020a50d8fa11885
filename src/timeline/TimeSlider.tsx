import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { MonthCounts } from '../domain/aggregation';
import { addMonths, formatMonth, monthAt, monthIndex, MONTH_COUNT } from '../domain/dates';
import { sideLabel } from '../domain/labels';
import { CLAIMANT_SIDES } from '../domain/vocabulary';
import { SIDE_COLORS } from '../ui/theme';

export const SPEEDS = [
  { label: 'Slow', ms: 1200 },
  { label: 'Normal', ms: 700 },
  { label: 'Fast', ms: 350 },
] as const;

interface TimeSliderProps {
  month: string;
  /** `replace` is true for steps of the animation, which should not fill the history. */
  onChange: (month: string, replace?: boolean) => void;
  histogram: MonthCounts[];
}

/** Steps closer together than this are one run, and one entry in the browser's history. */
const RUN_MS = 700;

/** The keys that step the slider. */
const STEP_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

const YEARS = Array.from({ length: MONTH_COUNT / 12 }, (_, i) => 2015 + i);

export function TimeSlider({ month, onChange, histogram }: TimeSliderProps) {
  const id = useId();
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(SPEEDS[1].ms);
  const index = monthIndex(month);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      const next = addMonths(month, 1);
      onChange(next, true);
      if (monthIndex(next) >= MONTH_COUNT - 1) setPlaying(false);
    }, speed);
    return () => window.clearTimeout(timer);
  }, [playing, month, speed, onChange]);

  const togglePlay = () => {
    if (!playing && index >= MONTH_COUNT - 1) onChange(monthAt(0), true);
    setPlaying((p) => !p);
  };

  // A run of steps (an arrow key held or pressed in a row, a drag) is one entry in the history:
  // its first step adds one, the steps that follow within RUN_MS of the last replace it. The gap is
  // the reader's: from the last step's commit to the key press behind the next one (the key event's
  // own time, which a busy page does not delay), so a slow frame is not taken for a pause. A key
  // pressed before the last step was even drawn is part of its run (a negative gap).
  const lastStep = useRef(-Infinity);
  const keyAt = useRef<number | null>(null);
  const stepped = useRef(false);
  const step = (next: string) => {
    const at = keyAt.current ?? performance.now();
    keyAt.current = null;
    const inRun = at - lastStep.current < RUN_MS;
    lastStep.current = performance.now();
    stepped.current = true;
    onChange(next, inRun);
  };
  // The step's month is committed: the run's clock starts from here. Only a step restarts it, not
  // Play or choosing an event.
  useLayoutEffect(() => {
    if (!stepped.current) return;
    stepped.current = false;
    lastStep.current = performance.now();
  }, [month]);

  // Arrows step a month (native); PageUp/PageDown step a year; Home/End jump (native).
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (STEP_KEYS.has(event.key)) keyAt.current = event.timeStamp;
    if (event.key === 'PageUp' || event.key === 'PageDown') {
      event.preventDefault();
      step(addMonths(month, event.key === 'PageUp' ? 12 : -12));
    }
  };

  const max = useMemo(
    () => Math.max(1, ...histogram.map((row) => CLAIMANT_SIDES.reduce((sum, side) => sum + row[side], 0))),
    [histogram],
  );

  return (
    <div className="timeline">
      <div className="timeline__controls">
        <button
          type="button"
          className="button button--play"
          onClick={togglePlay}
          // The name says what a press does (Play / Pause); a pressed state as well would say it twice.
          aria-label={playing ? 'Pause' : 'Play through the months'}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? 'Pause' : 'Play'}
        </button>
        <label className="timeline__speed">
          Speed{' '}
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s.label} value={s.ms}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <output className="timeline__month" htmlFor={id} aria-live="off">
          {formatMonth(month)}
        </output>
      </div>
      <div className="timeline__track">
        <svg
          className="timeline__histogram"
          viewBox={`0 0 ${MONTH_COUNT} 100`}
          preserveAspectRatio="none"
          aria-hidden="true"
        >
          {histogram.map((row) => {
            let y = 100;
            return CLAIMANT_SIDES.map((side) => {
              const h = (row[side] / max) * 100;
              if (h === 0) return null;
              y -= h;
              return (
                <rect
                  key={`${row.month}-${side}`}
                  x={row.month + 0.1}
                  y={y}
                  width={0.8}
                  height={h}
                  fill={SIDE_COLORS[side]}
                >
                  <title>{`${formatMonth(monthAt(row.month))}: ${row[side]} ${sideLabel(side)}`}</title>
                </rect>
              );
            });
          })}
        </svg>
        <input
          id={id}
          className="timeline__range"
          type="range"
          min={0}
          max={MONTH_COUNT - 1}
          step={1}
          value={index}
          aria-label="Month"
          aria-valuetext={formatMonth(month)}
          onChange={(e) => step(monthAt(Number(e.target.value)))}
          onKeyDown={onKeyDown}
          // A key that stepped nothing (an arrow at either end) leaves no press behind for a later drag.
          onKeyUp={() => (keyAt.current = null)}
        />
        <div className="timeline__years" aria-hidden="true">
          {YEARS.map((year) => (
            <span key={year}>{year}</span>
          ))}
        </div>
      </div>
    </div>
  );
}
