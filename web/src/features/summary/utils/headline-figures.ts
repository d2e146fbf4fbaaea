import type { HeadlineFigures, Summary } from "@ldd/shared/series";

export interface HeadlineFigure {
  id: string;
  label: string;
  value: number;
  /** "of 33" style context, when the figure is part of a whole. */
  outOf: number | null;
  /** Difference from the comparison date; null when no date was chosen. */
  change: number | null;
}

interface FigureDefinition {
  id: string;
  label: string;
  read: (figures: HeadlineFigures) => number;
  outOf?: (figures: HeadlineFigures) => number;
}

const FIGURES: readonly FigureDefinition[] = [
  {
    id: "authorities-signed",
    label: "Authorities signed",
    read: (f) => f.authoritiesSigned,
    outOf: (f) => f.authorities,
  },
  { id: "loti-members", label: "LOTI members", read: (f) => f.lotiMembers, outOf: (f) => f.authorities },
  { id: "commitments", label: "Commitments", read: (f) => f.commitments },
  { id: "commitments-done", label: "Commitments done", read: (f) => f.commitmentsByStatus.done },
  { id: "commitments-overdue", label: "Commitments overdue", read: (f) => f.overdueCommitments },
  { id: "active-partnerships", label: "Active partnerships", read: (f) => f.activePartnerships },
];

/** The six headline figures, each with its change since the comparison date when there is one. */
export function getHeadlineFigures(summary: Summary): HeadlineFigure[] {
  return FIGURES.map((figure) => {
    const value = figure.read(summary.current);
    return {
      id: figure.id,
      label: figure.label,
      value,
      outOf: figure.outOf ? figure.outOf(summary.current) : null,
      change: summary.since ? value - figure.read(summary.since.figures) : null,
    };
  });
}
