package cnnlab.timeline;

import cnnlab.engine.ConvSpec;
import cnnlab.engine.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * The window positions a strided walk jumps over: between two neighbouring output cells, the
 * positions a stride-1 window would have visited, in row-major order. A move to the next column
 * skips {@code stride − 1} positions; a move to the next row also skips the rest of the row and
 * the rows in between.
 */
final class StrideSkips {
    private final ConvSpec spec;
    private final int positionsPerRow;
    private final int planeSize;

    /**
     * @param spec   the window geometry (a pooling's {@code spec().window()})
     * @param input  the input shape the window slides over
     * @param output the output shape, to tell when two cells are neighbours in one plane
     */
    StrideSkips(ConvSpec spec, Shape input, Shape output) {
        this.spec = spec;
        this.positionsPerRow = ConvSpec.outputSize(input.width(), spec.kernelWidth(), 1, spec.padding().left(),
                spec.padding().right(), spec.dilation());
        this.planeSize = output.planeSize();
    }

    /**
     * The positions skipped moving from flat output cell {@code previous} at {@code from} to
     * {@code current} at {@code to}; none at stride 1, or when the two cells are not neighbours
     * in one plane (a walk that picks cells freely skips nothing by stride).
     */
    List<Window> between(int previous, Window from, int current, Window to) {
        boolean neighbours = previous >= 0 && current == previous + 1 && current / planeSize == previous / planeSize;
        if (spec.stride() == 1 || !neighbours) {
            return List.of();
        }
        List<Window> skipped = new ArrayList<>();
        for (int p = position(from) + 1; p < position(to); p++) {
            skipped.add(Window.of(spec, p / positionsPerRow - spec.padding().top(),
                    p % positionsPerRow - spec.padding().left()));
        }
        return List.copyOf(skipped);
    }

    /** Row-major index of a window among the stride-1 positions. */
    private int position(Window w) {
        return (w.top() + spec.padding().top()) * positionsPerRow + w.left() + spec.padding().left();
    }
}
