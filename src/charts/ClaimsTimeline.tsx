import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { claimsPerMonth } from '../domain/aggregation';
import { formatMonth, formatMonthShort, monthAt } from '../domain/dates';
import { sideLabel } from '../domain/labels';
import { CLAIMANT_SIDES } from '../domain/vocabulary';
import type { Claim } from '../data/schema';
import { SIDE_COLORS } from '../ui/theme';
import { ChartFrame } from './ChartFrame';

interface ClaimsTimelineProps {
  claims: readonly Claim[];
  year: number | null;
  filterWords: string;
  width: number;
}

export function ClaimsTimeline({ claims, year, filterWords, width }: ClaimsTimelineProps) {
  const rows = useMemo(() => {
    // Across all years every January is labelled ("Jan 2016"); within one year every month is, by
    // its name alone ("Mar"): twelve "Mar 2018" labels run into each other in a column's width.
    const all = claimsPerMonth(claims).map((row) => ({
      ...row,
      label: formatMonthShort(monthAt(row.month)).slice(0, year === null ? undefined : 3),
    }));
    return year === null ? all : all.filter((row) => monthAt(row.month).startsWith(`${year}-`));
  }, [claims, year]);
  const sides = CLAIMANT_SIDES.filter((side) => rows.some((row) => row[side] > 0));
  const busy = rows.filter((row) => sides.some((side) => row[side] > 0));
  return (
    <ChartFrame
      title="Claims per month by claimant side"
      subtitle={`How many claims each side made, month by month, ${filterWords || 'in all reports'}.`}
      empty={busy.length === 0 ? `No claims ${filterWords || 'in the reports'}.` : null}
      alternative={
        <table>
          <caption>Claims per month by claimant side {filterWords}</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              {sides.map((side) => (
                <th key={side} scope="col">
                  {sideLabel(side)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {busy.map((row) => (
              <tr key={row.month}>
                <th scope="row">{formatMonth(monthAt(row.month))}</th>
                {sides.map((side) => (
                  <td key={side}>{row[side]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <BarChart
        width={width}
        height={210}
        data={rows}
        margin={{ top: 4, right: 8, bottom: 4, left: 0 }}
        accessibilityLayer
      >
        <CartesianGrid vertical={false} stroke="#E5E7EB" />
        <XAxis dataKey="label" tick={{ fontSize: 10 }} interval={year === null ? 11 : 0} />
        <YAxis
          allowDecimals={false}
          width={40}
          tick={{ fontSize: 11 }}
          // Recharts' default grey axis title (#808080) is below 4.5:1 on white.
          label={{
            value: 'Claims',
            angle: -90,
            position: 'insideLeft',
            offset: 10,
            fontSize: 11,
            fill: '#4b5563',
          }}
        />
        <Tooltip
          labelFormatter={(_label, payload) =>
            formatMonth(monthAt(Number(payload?.[0]?.payload?.month ?? 0)))
          }
        />
        {/* Recharts writes each legend label in its series colour; most side colours are too light for text. */}
        <Legend wrapperStyle={{ fontSize: 11 }} labelStyle={{ color: '#111827' }} />
        {sides.map((side) => (
          <Bar
            key={side}
            dataKey={side}
            name={sideLabel(side)}
            stackId="claims"
            fill={SIDE_COLORS[side]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
