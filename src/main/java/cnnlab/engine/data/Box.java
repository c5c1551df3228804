package cnnlab.engine.data;

/**
 * A rectangle of pixels, bounds included.
 *
 * @param top    first row
 * @param left   first column
 * @param bottom last row
 * @param right  last column
 */
public record Box(int top, int left, int bottom, int right) {

    /** True when (y, x) lies inside. */
    public boolean contains(int y, int x) {
        return y >= top && y <= bottom && x >= left && x <= right;
    }

    /** Number of pixels inside: {@code (bottom − top + 1)·(right − left + 1)}. */
    public int area() {
        return (bottom - top + 1) * (right - left + 1);
    }
}
