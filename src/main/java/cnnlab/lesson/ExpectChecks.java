package cnnlab.lesson;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import cnnlab.imaging.NumberText;
import java.util.List;

/** Compares what a lesson expects with what the engine computes, reporting every disagreement. */
final class ExpectChecks {
    /** Mismatching cells reported one by one before the rest are summed up. */
    private static final int MAX_CELLS_REPORTED = 12;

    private ExpectChecks() {
    }

    /** Checks {@code expect} (at {@code path}) against the computed map. */
    static void map(MapExpect expect, Tensor computed, String path, Problems problems) {
        if (expect == null) {
            return;
        }
        Shape shape = computed.shape();
        if (expect.shape() != null && !expect.shape().equals(List.of(shape.channels(), shape.height(), shape.width()))) {
            problems.error(SourceNode.join(path, "shape"), "expected the shape " + expect.shape()
                    + " but the engine computes [" + shape.channels() + ", " + shape.height() + ", " + shape.width() + "]");
        }
        if (expect.max() != null && !close(expect.max(), computed.max())) {
            problems.error(SourceNode.join(path, "max"), "expected the largest value " + format(expect.max())
                    + " but the engine computes " + NumberText.format(computed.max()));
        }
        if (expect.min() != null && !close(expect.min(), computed.min())) {
            problems.error(SourceNode.join(path, "min"), "expected the smallest value " + format(expect.min())
                    + " but the engine computes " + NumberText.format(computed.min()));
        }
        if (expect.output() != null) {
            output(expect.output(), computed, SourceNode.join(path, "output"), problems);
        }
    }

    private static void output(TensorSpec expected, Tensor computed, String path, Problems problems) {
        boolean rows = expected instanceof TensorSpec.Rows;
        List<List<List<Double>>> planes = rows ? List.of(((TensorSpec.Rows) expected).rows())
                : ((TensorSpec.Planes) expected).planes();
        Shape shape = computed.shape();
        int h = planes.get(0).size();
        int w = planes.get(0).get(0).size();
        if (planes.size() != shape.channels() || h != shape.height() || w != shape.width()) {
            problems.error(path, "expected " + describe(planes.size(), h, w) + " but the engine computes "
                    + describe(shape.channels(), shape.height(), shape.width()));
            return;
        }
        int wrong = 0;
        for (int c = 0; c < planes.size(); c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double want = planes.get(c).get(y).get(x);
                    float got = computed.get(c, y, x);
                    if (!close(want, got) && ++wrong <= MAX_CELLS_REPORTED) {
                        String cell = (rows ? "" : "[" + c + "]") + "[" + y + "][" + x + "]";
                        problems.error(path + cell, "expected " + format(want) + " but the engine computes "
                                + NumberText.format(got) + " (" + (rows ? "" : "map " + c + ", ") + "row " + y
                                + ", column " + x + ", counted from 0)");
                    }
                }
            }
        }
        if (wrong > MAX_CELLS_REPORTED) {
            problems.error(path, (wrong - MAX_CELLS_REPORTED) + " more cells differ from what the engine computes");
        }
    }

    private static String describe(int maps, int h, int w) {
        return (maps == 1 ? "one " : maps + " ") + h + "×" + w + (maps == 1 ? " map" : " maps");
    }

    /** Equal up to float rounding: within 1e-4 of the larger magnitude (at least 1). */
    static boolean close(double expected, double computed) {
        return Math.abs(expected - computed) <= 1e-4 * Math.max(1, Math.max(Math.abs(expected), Math.abs(computed)));
    }

    static String format(double value) {
        return NumberText.format((float) value);
    }
}
