import type { ClaimantSide } from '../domain/vocabulary';

/** Okabe–Ito based, so sides stay apart with colour-vision deficiencies. */
export const SIDE_COLORS: Record<ClaimantSide, string> = {
  taliban: '#D55E00',
  afghan_government: '#0072B2',
  us_forces: '#56B4E9',
  residents: '#009E73',
  media: '#E69F00',
  other: '#7F7F7F',
};
