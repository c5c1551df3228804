package cnnlab.lesson;

import cnnlab.engine.ConvSpec;

/**
 * The output-size formula of one axis of a convolution, ⌊(n + 2p − d(k−1) − 1)/s⌋ + 1, with the
 * numbers of the convolution on the stage, for steps with {@code "showSizeFormula": true}. The
 * result is the engine's ({@link ConvSpec#outputHeight}, {@link ConvSpec#outputWidth}), never
 * recomputed here.
 *
 * @param input         n, cells of the input along this axis
 * @param paddingBefore zeros before the input (top or left)
 * @param paddingAfter  zeros after it (bottom or right); equal to {@code paddingBefore} unless
 *                      {@code "same"} padding needed an odd total
 * @param kernel        k, kernel cells along this axis
 * @param dilation      d, spacing between kernel taps
 * @param stride        s, cells the window moves per step
 * @param output        the output cells along this axis, as the engine computes them
 */
public record SizeFormula(int input, int paddingBefore, int paddingAfter, int kernel, int dilation, int stride,
                          int output) {

    /** The formula for the rows of {@code setup}'s output (its height). */
    public static SizeFormula rows(ConvolutionSetup setup) {
        ConvSpec spec = setup.conv().spec();
        int n = setup.input().shape().height();
        return new SizeFormula(n, spec.padding().top(), spec.padding().bottom(), spec.kernelHeight(),
                spec.dilation(), spec.stride(), spec.outputHeight(n));
    }

    /** The formula for the columns of {@code setup}'s output (its width). */
    public static SizeFormula columns(ConvolutionSetup setup) {
        ConvSpec spec = setup.conv().spec();
        int n = setup.input().shape().width();
        return new SizeFormula(n, spec.padding().left(), spec.padding().right(), spec.kernelWidth(),
                spec.dilation(), spec.stride(), spec.outputWidth(n));
    }

    /**
     * The formula with its numbers, e.g. {@code ⌊(6 + 2·1 − 1·(3 − 1) − 1)/2⌋ + 1 = 3}; uneven
     * padding is written as its two parts, {@code (6 + 0 + 1 − …)}.
     */
    public String text() {
        String padding = paddingBefore == paddingAfter ? "2·" + paddingBefore : paddingBefore + " + " + paddingAfter;
        return "⌊(" + input + " + " + padding + " − " + dilation + "·(" + kernel + " − 1) − 1)/" + stride + "⌋ + 1 = "
                + output;
    }
}
