import type { LeverEffect, Sensitivity } from '../../model/sensitivity';

export type SensitivityHeadline =
  | { kind: 'none' }
  | { kind: 'alone'; strongest: LeverEffect }
  | { kind: 'tie'; strongest: LeverEffect; second: LeverEffect }
  | {
      kind: 'compare';
      strongest: LeverEffect;
      second: LeverEffect;
      /** strongest / second, rounded as the sentence shows it. */
      ratio: number;
    };

/** «3,04» reads as «3», «2,46» as «2,5», «12,4» as «12». */
function roundRatio(ratio: number): number {
  return ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10;
}

/**
 * The one-line summary: the lever that adds the most to V_T and how many
 * times more it adds than the runner-up. Levers that lower the value
 * (more retention of customers who lose money) never headline. A ratio
 * that rounds to 1 reads as «about as much».
 */
export function sensitivityHeadline(
  sensitivity: Sensitivity,
): SensitivityHeadline {
  const gains = sensitivity.effects
    .filter((effect) => effect.change > 0)
    .sort((a, b) => b.change - a.change);
  const [strongest, second] = gains;

  if (!strongest) return { kind: 'none' };
  if (!second) return { kind: 'alone', strongest };

  const ratio = roundRatio(strongest.change / second.change);
  return ratio <= 1
    ? { kind: 'tie', strongest, second }
    : { kind: 'compare', strongest, second, ratio };
}
