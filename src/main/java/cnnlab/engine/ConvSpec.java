package cnnlab.engine;

/**
 * The geometry of a sliding window: kernel size, stride, zero padding and dilation.
 * Shared by convolution and pooling so both use one output-size formula.
 *
 * @param kernelHeight rows of the window, at least 1
 * @param kernelWidth  columns of the window, at least 1
 * @param stride       cells the window moves per step, at least 1
 * @param padding      zeros added around the input
 * @param dilation     spacing between kernel taps, at least 1 (1 = ordinary kernel)
 */
public record ConvSpec(int kernelHeight, int kernelWidth, int stride, Padding padding, int dilation) {

    public ConvSpec {
        EngineException.require(kernelHeight >= 1 && kernelWidth >= 1,
                "kernel size must be at least 1×1, got " + kernelHeight + "×" + kernelWidth);
        EngineException.require(stride >= 1, "stride must be at least 1, got " + stride);
        EngineException.require(dilation >= 1, "dilation must be at least 1, got " + dilation);
        EngineException.require(padding != null, "padding is missing");
    }

    /** A square {@code k×k} window with the same padding on every side. */
    public static ConvSpec square(int kernel, int stride, int padding, int dilation) {
        return new ConvSpec(kernel, kernel, stride, Padding.uniform(padding), dilation);
    }

    /**
     * Output cells along one axis: {@code ⌊(n + p_before + p_after − d(k−1) − 1)/s⌋ + 1},
     * or 0 when the dilated kernel does not fit in the padded input.
     */
    public static int outputSize(int n, int kernel, int stride, int paddingBefore, int paddingAfter, int dilation) {
        int span = n + paddingBefore + paddingAfter - dilation * (kernel - 1) - 1;
        return span < 0 ? 0 : span / stride + 1;
    }

    /** Output rows for an input of {@code height} rows. */
    public int outputHeight(int height) {
        return outputSize(height, kernelHeight, stride, padding.top(), padding.bottom(), dilation);
    }

    /** Output columns for an input of {@code width} columns. */
    public int outputWidth(int width) {
        return outputSize(width, kernelWidth, stride, padding.left(), padding.right(), dilation);
    }

    /** Rows the dilated kernel covers: {@code d(k_h − 1) + 1}. */
    public int spanHeight() {
        return dilation * (kernelHeight - 1) + 1;
    }

    /** Columns the dilated kernel covers: {@code d(k_w − 1) + 1}. */
    public int spanWidth() {
        return dilation * (kernelWidth - 1) + 1;
    }

    /**
     * Checks that the window fits the padded input at least once.
     *
     * @throws EngineException saying which axis is too small and by how much
     */
    public void requireFits(int height, int width) {
        requireAxis("tall", height, spanHeight(), padding.top() + padding.bottom(), "rows");
        requireAxis("wide", width, spanWidth(), padding.left() + padding.right(), "columns");
    }

    private static void requireAxis(String adjective, int n, int span, int pad, String unit) {
        EngineException.require(n + pad >= span, "the window is " + span + " " + unit + " " + adjective
                + " but the padded input is only " + (n + pad) + " (" + n + " + padding " + pad
                + "), so the output would be empty; use a smaller kernel or dilation, or more padding");
    }
}
