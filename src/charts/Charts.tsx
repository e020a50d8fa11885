import { memo } from 'react';
import type { Claim } from '../data/schema';
import { useElementWidth } from '../ui/use-element-width';
import { CasualtyChart } from './CasualtyChart';
import { ClaimsTimeline } from './ClaimsTimeline';

interface ChartsProps {
  claims: readonly Claim[];
  year: number | null;
  filterWords: string;
  /** Show one chart only (the embed layout has room for the casualty chart). */
  only?: 'casualties';
}

// The charts follow the claims, the year and the lens, not the month: a slider step (or each step
// of the animation) leaves them alone instead of redrawing both of them.
export const Charts = memo(function Charts({ claims, year, filterWords, only }: ChartsProps) {
  const [casualtyRef, casualtyWidth] = useElementWidth<HTMLDivElement>();
  const [timelineRef, timelineWidth] = useElementWidth<HTMLDivElement>();
  return (
    <div className="charts__grid">
      <div ref={casualtyRef} className="charts__cell">
        <CasualtyChart claims={claims} filterWords={filterWords} width={casualtyWidth} />
      </div>
      {only !== 'casualties' && (
        <div ref={timelineRef} className="charts__cell">
          <ClaimsTimeline claims={claims} year={year} filterWords={filterWords} width={timelineWidth} />
        </div>
      )}
    </div>
  );
});
