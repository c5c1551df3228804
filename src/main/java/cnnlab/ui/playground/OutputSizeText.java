package cnnlab.ui.playground;

import cnnlab.engine.ConvSpec;

/**
 * The output-size formula with the numbers filled in, as shown beside the maps:
 * {@code ⌊(n + p₁ + p₂ − d·(k − 1) − 1) / s⌋ + 1}, from {@link ConvSpec#outputSize}.
 */
public final class OutputSizeText {
    private OutputSizeText() {
    }

    /** E.g. {@code ⌊(28 + 1 + 1 − 1·(3 − 1) − 1) / 1⌋ + 1 = 28}. */
    public static String rows(ConvSpec spec, int inputHeight) {
        return line(inputHeight, spec.padding().top(), spec.padding().bottom(), spec.dilation(), spec.kernelHeight(),
                spec.stride());
    }

    /** The same for columns. */
    public static String columns(ConvSpec spec, int inputWidth) {
        return line(inputWidth, spec.padding().left(), spec.padding().right(), spec.dilation(), spec.kernelWidth(),
                spec.stride());
    }

    /** The pooled size: {@code ⌊(n − k) / k⌋ + 1}. */
    public static String pooled(int n, int size) {
        return "⌊(" + n + " − " + size + ") / " + size + "⌋ + 1 = " + ConvSpec.outputSize(n, size, size, 0, 0, 1);
    }

    private static String line(int n, int before, int after, int d, int k, int s) {
        return "⌊(" + n + " + " + before + " + " + after + " − " + d + "·(" + k + " − 1) − 1) / " + s + "⌋ + 1 = "
                + ConvSpec.outputSize(n, k, s, before, after, d);
    }
}
