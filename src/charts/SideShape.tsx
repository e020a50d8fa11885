import type { ReactElement } from 'react';
import type { ClaimantSide } from '../domain/vocabulary';
import { SIDE_COLORS } from '../ui/theme';

/**
 * Each side's shape: the cue that does not rest on colour (a triangle for the Taliban, a circle
 * for the Afghan government…), in a 14 px box centred on (7, 7).
 */
const SHAPES: Record<
  ClaimantSide,
  (props: { fill: string; stroke: string; strokeWidth: number }) => ReactElement
> = {
  taliban: (p) => <polygon points="7,1 13.2,12.2 0.8,12.2" {...p} />,
  afghan_government: (p) => <circle cx="7" cy="7" r="5.6" {...p} />,
  us_forces: (p) => <rect x="1.8" y="1.8" width="10.4" height="10.4" {...p} />,
  residents: (p) => <polygon points="7,0.6 13.4,7 7,13.4 0.6,7" {...p} />,
  media: (p) => <polygon points="0.8,1.8 13.2,1.8 7,13" {...p} />,
  other: (p) => <polygon points="5,1 9,1 9,5 13,5 13,9 9,9 9,13 5,13 5,9 1,9 1,5 5,5" {...p} />,
};

const INK = '#111827';

/**
 * A side's mark: its shape in its colour, outlined in ink so even the light colours stand out on
 * white. Hollow (a ring in the side's colour) for a figure with no number.
 */
export function SideShape({
  side,
  hollow = false,
  size = 14,
}: {
  side: ClaimantSide;
  hollow?: boolean;
  size?: number;
}) {
  const Shape = SHAPES[side];
  return (
    <svg
      className="side-shape"
      width={size}
      height={size}
      viewBox="-1 -1 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {hollow ? (
        <>
          <Shape fill="#fff" stroke={INK} strokeWidth={4} />
          <Shape fill="#fff" stroke={SIDE_COLORS[side]} strokeWidth={2} />
        </>
      ) : (
        <Shape fill={SIDE_COLORS[side]} stroke={INK} strokeWidth={1} />
      )}
    </svg>
  );
}
