package cnnlab.engine;

/**
 * Zero padding added around each plane before a window slides over it.
 *
 * @param top    rows of zeros above
 * @param bottom rows of zeros below
 * @param left   columns of zeros on the left
 * @param right  columns of zeros on the right
 */
public record Padding(int top, int bottom, int left, int right) {
    public static final Padding NONE = new Padding(0, 0, 0, 0);

    public Padding {
        EngineException.require(top >= 0 && bottom >= 0 && left >= 0 && right >= 0,
                "padding cannot be negative, got " + top + "/" + bottom + "/" + left + "/" + right
                        + " (top/bottom/left/right)");
    }

    /** The same padding {@code p} on all four sides. */
    public static Padding uniform(int p) {
        EngineException.require(p >= 0, "padding cannot be negative, got " + p);
        return new Padding(p, p, p, p);
    }

    /**
     * Keras' {@code padding="same"}: the output has ⌈n/s⌉ cells along each axis. The total
     * padding along an axis is {@code max((⌈n/s⌉ − 1)·s + d(k−1) + 1 − n, 0)}; the smaller half
     * goes before (top/left), the larger after (bottom/right).
     */
    public static Padding same(int inputHeight, int inputWidth, int kernelHeight, int kernelWidth,
                               int stride, int dilation) {
        int vertical = sameTotal(inputHeight, kernelHeight, stride, dilation);
        int horizontal = sameTotal(inputWidth, kernelWidth, stride, dilation);
        return new Padding(vertical / 2, vertical - vertical / 2, horizontal / 2, horizontal - horizontal / 2);
    }

    private static int sameTotal(int n, int k, int stride, int dilation) {
        EngineException.require(stride >= 1, "stride must be at least 1, got " + stride);
        int out = (n + stride - 1) / stride;
        return Math.max((out - 1) * stride + dilation * (k - 1) + 1 - n, 0);
    }

    /** True when every side has the same padding. */
    public boolean isUniform() {
        return top == bottom && bottom == left && left == right;
    }

    @Override
    public String toString() {
        return isUniform() ? Integer.toString(top) : top + "/" + bottom + "/" + left + "/" + right;
    }
}
