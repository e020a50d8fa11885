import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { casualtiesByClaimant, casualtySumWords, type CasualtyRow } from '../domain/aggregation';
import { claimantInSentence, claimSummary } from '../domain/claim-text';
import { measureLabel, sideLabel, victimLabel } from '../domain/labels';
import type { Claim } from '../data/schema';
import { SIDE_COLORS } from '../ui/theme';
import { ChartFrame } from './ChartFrame';

interface ChartRow extends CasualtyRow {
  label: string;
  /** [below, above] the bar's value: the whisker to the high end when a range is given. */
  error: [number, number];
  valueLabel: string;
}

function toChartRow(row: CasualtyRow): ChartRow {
  return {
    ...row,
    label: `${sideLabel(row.side)}: ${victimLabel(row.victim)} ${measureLabel(row.measure).toLowerCase()}`,
    error: [0, row.high !== null && row.high > row.low ? row.high - row.low : 0],
    valueLabel: casualtySumWords(row),
  };
}

const NARROW_PX = 480;

/** A bar's name written above the bar, from the chart's left edge. */
function NameAbove({ x, y, value }: { x?: number | string; y?: number | string; value?: unknown }) {
  return (
    <text x={Number(x)} y={Number(y) - 5} fontSize={11} fill="#111827">
      {String(value)}
    </text>
  );
}

interface CasualtyChartProps {
  claims: readonly Claim[];
  filterWords: string;
  width: number;
}

export function CasualtyChart({ claims, filterWords, width }: CasualtyChartProps) {
  const rows = useMemo(() => casualtiesByClaimant(claims).map(toChartRow), [claims]);
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  // In a narrow column (a phone) each bar's name goes above it, across the chart's width: beside
  // the bars it took three lines, ran into its neighbours and left the bars a sliver.
  const stacked = width < NARROW_PX;
  const height = Math.max(120, rows.length * (stacked ? 44 : 30) + 50);
  return (
    <ChartFrame
      title="Reported casualties by claimant"
      subtitle={`Sum of the numbers each side gave ${filterWords || 'in all reports'}. Bars start at the lowest number; whiskers reach the highest where a range was given.`}
      empty={rows.length === 0 ? `No casualty claims ${filterWords || 'in the reports'}.` : null}
      alternative={
        <table>
          <caption>Reported casualties by claimant {filterWords}</caption>
          <thead>
            <tr>
              <th scope="col">Claimant side</th>
              <th scope="col">Who</th>
              <th scope="col">Measure</th>
              <th scope="col">Reported number</th>
              <th scope="col">Claims</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <td>{sideLabel(row.side)}</td>
                <td>{victimLabel(row.victim)}</td>
                <td>{measureLabel(row.measure)}</td>
                <td>{row.valueLabel}</td>
                <td>{row.claimIds.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <BarChart
        layout="vertical"
        width={width}
        height={height}
        data={rows}
        margin={{ top: 4, right: 150, bottom: 22, left: 4 }}
        accessibilityLayer
      >
        <CartesianGrid horizontal={false} stroke="#E5E7EB" />
        <XAxis
          type="number"
          allowDecimals={false}
          tick={{ fontSize: 11 }}
          // Recharts' default grey axis title (#808080) is below 4.5:1 on white.
          label={{
            value: 'Number reported (people)',
            position: 'insideBottom',
            offset: -14,
            fontSize: 11,
            fill: '#4b5563',
          }}
        />
        <YAxis
          type="category"
          dataKey="label"
          hide={stacked}
          width={Math.min(230, width * 0.42)}
          tick={{ fontSize: 11 }}
          interval={0}
        />
        <Tooltip
          cursor={{ fill: 'rgba(0,0,0,0.05)' }}
          content={({ active, payload }) => {
            const row = active ? (payload?.[0]?.payload as ChartRow | undefined) : undefined;
            if (!row) return null;
            return (
              <div className="chart-tooltip">
                <p>
                  <strong>{row.label}</strong>: {row.valueLabel}
                </p>
                <ul>
                  {row.claimIds.map((id) => {
                    const claim = byId.get(id);
                    return claim ? (
                      <li key={id}>
                        According to {claimantInSentence(claim.claimant)}, {claimSummary(claim)}: “
                        {claim.casualties?.count.words}”
                      </li>
                    ) : null;
                  })}
                </ul>
              </div>
            );
          }}
        />
        <Bar
          dataKey="low"
          name="Lowest number reported"
          isAnimationActive={false}
          minPointSize={2}
          barSize={stacked ? 14 : undefined}
        >
          {rows.map((row) => (
            <Cell key={row.label} fill={SIDE_COLORS[row.side]} />
          ))}
          <ErrorBar
            dataKey="error"
            width={6}
            stroke="#111827"
            strokeWidth={1.5}
            direction="x"
            isAnimationActive={false}
          />
          <LabelList dataKey="valueLabel" position="right" style={{ fontSize: 11, fill: '#111827' }} />
          {stacked && <LabelList dataKey="label" content={NameAbove} />}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
