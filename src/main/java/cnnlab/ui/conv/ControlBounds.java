package cnnlab.ui.conv;

import cnnlab.engine.ConvSpec;
import cnnlab.engine.Shape;

/**
 * The values a convolution step's spinners offer for the input on stage, so the student only
 * meets settings the engine accepts and that change something: beyond {@code maxStride} the
 * output stays one cell, beyond {@code maxPadding} the window would see only zeros, beyond
 * {@code maxDilation} the spread-out kernel would no longer fit the padded input. Each bound is
 * at least the current value, so a spinner never moves a value by itself.
 *
 * @param maxStride   the largest stride offered (the smallest is 1)
 * @param maxPadding  the largest padding offered (the smallest is 0, or "same")
 * @param maxDilation the largest dilation offered (the smallest is 1)
 */
public record ControlBounds(int maxStride, int maxPadding, int maxDilation) {

    /**
     * The bounds around the current settings {@code spec} (with its padding resolved) on an input
     * of {@code input}: stride up to {@code max(n + p_before + p_after − span) + 1} over both axes,
     * where the output is one cell along the longer axis; padding up to {@code span − 1}, the most
     * that still lets every window touch the input; dilation up to the largest {@code d} with
     * {@code d(k − 1) + 1 ≤ n + p_before + p_after} on every axis whose kernel side {@code k > 1}
     * (none for a 1×1 kernel, which dilation does not change).
     */
    public static ControlBounds of(Shape input, ConvSpec spec) {
        int paddedHeight = input.height() + spec.padding().top() + spec.padding().bottom();
        int paddedWidth = input.width() + spec.padding().left() + spec.padding().right();
        int stride = Math.max(paddedHeight - spec.spanHeight(), paddedWidth - spec.spanWidth()) + 1;
        int padding = Math.max(spec.spanHeight(), spec.spanWidth()) - 1;
        int dilation = Math.min(largestDilation(paddedHeight, spec.kernelHeight()),
                largestDilation(paddedWidth, spec.kernelWidth()));
        int currentPadding = Math.max(Math.max(spec.padding().top(), spec.padding().bottom()),
                Math.max(spec.padding().left(), spec.padding().right()));
        return new ControlBounds(Math.max(stride, spec.stride()), Math.max(padding, currentPadding),
                dilation == Integer.MAX_VALUE ? spec.dilation() : Math.max(dilation, spec.dilation()));
    }

    /** The largest d with {@code d(k − 1) + 1 ≤ padded}; unbounded for a one-cell side, where d changes nothing. */
    private static int largestDilation(int padded, int kernel) {
        return kernel <= 1 ? Integer.MAX_VALUE : Math.max(1, (padded - 1) / (kernel - 1));
    }
}
