package cnnlab.timeline;

import cnnlab.engine.Shape;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * When each output cell of a sliding-window animation plays, independent of what the cell
 * holds. The walked cells come first, {@link Pace#secondsPerCell()} each, split into the
 * phases of {@link Phase}; then every other cell, in trace order, gets an equal slot of the
 * fast-forward stretch. Cells are flat output indices. Every time is computed by one
 * expression, so a time this class hands out (a step start, a cell's time) lands in exactly
 * the phase it names.
 */
final class CellSchedule {
    private static final Phase[] WALKED =
            {Phase.MOVE_WINDOW, Phase.SHOW_TERMS, Phase.CARRY_RESULT, Phase.REVEAL_OUTPUT};

    private final int[] order;
    private final int walked;
    private final int[] position;
    private final double[] starts;
    private final Shape output;
    private final Pace pace;

    /**
     * Where playback is at one moment.
     *
     * @param cell     the flat output cell on stage
     * @param previous the cell played before it, or −1 for the first
     * @param played   how many cells came before it (its position in playing order)
     * @param phase    the stage of the cell
     * @param progress how far through the phase, 0 to 1
     */
    record Moment(int cell, int previous, int played, Phase phase, double progress) {
    }

    /**
     * @param output the output shape, one slot per cell
     * @param walk   which cells to walk, in which order
     * @throws IllegalArgumentException when the walk names a cell outside the output or twice
     */
    CellSchedule(Shape output, Walk walk, Pace pace) {
        this.output = output;
        this.pace = pace;
        int cellCount = output.size();
        List<Integer> walkOrder = walk.order(output);
        this.walked = walkOrder.size();
        this.order = new int[cellCount];
        this.position = new int[cellCount];
        BitSet chosen = new BitSet(cellCount);
        int n = 0;
        for (int cell : walkOrder) {
            chosen.set(cell);
            order[n++] = cell;
        }
        for (int cell = chosen.nextClearBit(0); cell < cellCount; cell = chosen.nextClearBit(cell + 1)) {
            order[n++] = cell;
        }
        for (int p = 0; p < cellCount; p++) {
            position[order[p]] = p;
        }
        double walkEnd = walked * pace.secondsPerCell();
        int rest = cellCount - walked;
        starts = new double[cellCount + 1];
        for (int p = 0; p < cellCount; p++) {
            starts[p] = p < walked ? p * pace.secondsPerCell()
                    : walkEnd + (p - walked) * pace.fastForwardSeconds() / rest;
        }
        starts[cellCount] = walkEnd + (rest > 0 ? pace.fastForwardSeconds() : 0);
    }

    double duration() {
        return starts[order.length];
    }

    /** Start of every cell's slot and the end, ascending, without repeats. */
    double[] stepStarts() {
        return Arrays.stream(starts).distinct().toArray();
    }

    /** Where playback is at time {@code t}, clamped to the timeline; at the end, the last cell's last phase. */
    Moment at(double time) {
        double t = Math.max(time, 0);
        int last = order.length - 1;
        if (!(t < duration())) {
            return moment(last, last < walked ? Phase.REVEAL_OUTPUT : Phase.FAST_FORWARD, 1);
        }
        int p = slotAt(t);
        if (p >= walked) {
            return moment(p, Phase.FAST_FORWARD, fraction(t, starts[p], starts[p + 1]));
        }
        for (int i = WALKED.length - 1; i >= 0; i--) {
            double phaseStart = phaseStart(p, WALKED[i]);
            if (phaseStart <= t) {
                double phaseEnd = i + 1 < WALKED.length ? phaseStart(p, WALKED[i + 1]) : starts[p + 1];
                return moment(p, WALKED[i], fraction(t, phaseStart, phaseEnd));
            }
        }
        throw new IllegalStateException("time " + t + " before the slot of cell " + p);
    }

    /** The output cells revealed at moment {@code m}: all played before it, and its own once revealing. */
    RevealedCells revealedAt(Moment m) {
        BitSet revealed = new BitSet(order.length);
        for (int p = 0; p < m.played(); p++) {
            revealed.set(order[p]);
        }
        if (m.phase().revealsOutput()) {
            revealed.set(m.cell());
        }
        return new RevealedCells(output, revealed);
    }

    /**
     * The first moment output (channel, y, x) is revealed: its reveal phase, or its fast-forward slot.
     *
     * @throws IllegalArgumentException when the cell is outside the output
     */
    double timeOfCell(int channel, int y, int x) {
        int p = position[new Walk.Cell(channel, y, x).indexIn(output)];
        return p < walked ? phaseStart(p, Phase.REVEAL_OUTPUT) : starts[p];
    }

    /**
     * How many terms (products or pooled cells) of a cell are on screen at {@code m}: none while
     * the window moves; in the terms phase one more per equal share of it when they come one by
     * one, else all; all of them afterwards.
     */
    int termsVisible(Moment m, int terms) {
        if (m.phase() == Phase.MOVE_WINDOW) {
            return 0;
        }
        if (m.phase() == Phase.SHOW_TERMS && pace.termsOneByOne()) {
            return Math.min(terms, 1 + (int) (m.progress() * terms));
        }
        return terms;
    }

    /** The last slot starting at or before {@code t}. */
    private int slotAt(double t) {
        int low = 0;
        int high = order.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts[mid] <= t) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private double phaseStart(int p, Phase phase) {
        double before = 0;
        for (Phase walkedPhase : WALKED) {
            if (walkedPhase == phase) {
                break;
            }
            before += walkedPhase.fraction();
        }
        return starts[p] + before * pace.secondsPerCell();
    }

    private Moment moment(int p, Phase phase, double progress) {
        return new Moment(order[p], p == 0 ? -1 : order[p - 1], p, phase, progress);
    }

    private static double fraction(double t, double from, double to) {
        return to > from ? Math.min(1, Math.max(0, (t - from) / (to - from))) : 1;
    }
}
