package cnnlab.timeline;

import cnnlab.engine.ConvSpec;

/**
 * Where a sliding window sits on its input: the input cells from ({@code top}, {@code left})
 * over {@code height × width} cells, the span of the (dilated) kernel. Top and left are
 * negative while the window overlaps the top or left padding.
 *
 * @param top    input row of the window's first tap
 * @param left   input column of the window's first tap
 * @param height rows the window spans
 * @param width  columns the window spans
 */
public record Window(int top, int left, int height, int width) {

    /** The window of {@code spec} with its first tap at ({@code top}, {@code left}). */
    static Window of(ConvSpec spec, int top, int left) {
        return new Window(top, left, spec.spanHeight(), spec.spanWidth());
    }

    /** Input row just below the window. */
    public int bottom() {
        return top + height;
    }

    /** Input column just right of the window. */
    public int right() {
        return left + width;
    }
}
