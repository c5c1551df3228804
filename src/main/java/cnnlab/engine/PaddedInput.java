package cnnlab.engine;

/**
 * An input copied into planes with a ring of padding around each, so a sliding window never
 * needs a bounds check.
 */
record PaddedInput(float[] data, int height, int width) {

    /** Copies {@code input} into planes grown by {@code padding}, filled with zeros. */
    static PaddedInput of(Tensor input, Padding padding) {
        return of(input, padding, 0f);
    }

    /** Copies {@code input} into planes grown by {@code padding}, filled with {@code fill}. */
    static PaddedInput of(Tensor input, Padding padding, float fill) {
        Shape s = input.shape();
        int h = s.height() + padding.top() + padding.bottom();
        int w = s.width() + padding.left() + padding.right();
        Budget.checkElements((long) s.channels() * h * w, "the padded input");
        float[] data = new float[s.channels() * h * w];
        if (fill != 0f) {
            java.util.Arrays.fill(data, fill);
        }
        float[] src = input.data();
        for (int c = 0; c < s.channels(); c++) {
            for (int y = 0; y < s.height(); y++) {
                System.arraycopy(src, s.index(c, y, 0), data, (c * h + y + padding.top()) * w + padding.left(),
                        s.width());
            }
        }
        return new PaddedInput(data, h, w);
    }
}
