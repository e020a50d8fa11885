import { useId } from 'react';
import {
  PALE_OPACITY,
  PATTERN_TILE,
  patternShapes,
  SHADE_STYLES,
  type Pattern,
  type Shade,
} from '../encoding/reading-encoding';

/** An SVG <pattern> drawn from the shared encoding: the same stripes as the WebGL map's. */
export function SvgPattern({ id, pattern }: { id: string; pattern: Pattern }) {
  const { background, lines } = patternShapes(pattern);
  return (
    <pattern id={id} width={PATTERN_TILE} height={PATTERN_TILE} patternUnits="userSpaceOnUse">
      {background && <rect width={PATTERN_TILE} height={PATTERN_TILE} fill={background} />}
      {lines.map((line, i) => (
        <line
          key={i}
          x1={line.x1}
          y1={line.y1}
          x2={line.x2}
          y2={line.y2}
          stroke={line.color}
          strokeWidth={line.width}
        />
      ))}
    </pattern>
  );
}

/** A small sample of how a reading is drawn, for legends. */
export function Swatch({
  shade,
  pale = false,
  width = 22,
  height = 16,
}: {
  shade: Shade;
  pale?: boolean;
  width?: number;
  height?: number;
}) {
  // useId's characters are not all valid in url(#…).
  const id = `swatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const style = SHADE_STYLES[shade];
  return (
    <svg className="swatch" width={width} height={height} aria-hidden="true" focusable="false">
      {style.pattern && (
        <defs>
          <SvgPattern id={id} pattern={style.pattern} />
        </defs>
      )}
      <g opacity={pale ? PALE_OPACITY : 1}>
        <rect width={width} height={height} fill={style.fill} />
        {style.pattern && <rect width={width} height={height} fill={`url(#${id})`} />}
      </g>
    </svg>
  );
}
