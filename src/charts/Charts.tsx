import type { Claim } from '../data/schema';
import { useElementWidth } from '../app/use-element-width';
import { CasualtyChart } from './CasualtyChart';
import { ClaimsTimeline } from './ClaimsTimeline';

interface ChartsProps {
  claims: readonly Claim[];
  year: number | null;
  filterWords: string;
}

export function Charts({ claims, year, filterWords }: ChartsProps) {
  const [casualtyRef, casualtyWidth] = useElementWidth<HTMLDivElement>();
  const [timelineRef, timelineWidth] = useElementWidth<HTMLDivElement>();
  return (
    <div className="charts__grid">
      <div ref={casualtyRef} className="charts__cell">
        <CasualtyChart claims={claims} filterWords={filterWords} width={casualtyWidth} />
      </div>
      <div ref={timelineRef} className="charts__cell">
        <ClaimsTimeline claims={claims} year={year} filterWords={filterWords} width={timelineWidth} />
      </div>
    </div>
  );
}
