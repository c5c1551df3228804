package cnnlab.engine;

/**
 * Padding as a network description states it: a fixed amount on every side, or Keras'
 * {@code "same"}, which depends on the input size and is resolved per layer.
 *
 * @param same   true for {@code "same"} (output ⌈n/s⌉)
 * @param amount cells on every side when not {@code same}
 */
public record PaddingRule(boolean same, int amount) {
    public static final PaddingRule VALID = new PaddingRule(false, 0);
    public static final PaddingRule SAME = new PaddingRule(true, 0);

    public PaddingRule {
        EngineException.require(amount >= 0, "padding cannot be negative, got " + amount);
    }

    /** A fixed amount of zero padding on every side. */
    public static PaddingRule of(int amount) {
        return new PaddingRule(false, amount);
    }

    /** The concrete padding for an input of {@code height × width} under this window. */
    public Padding resolve(int height, int width, int kernelHeight, int kernelWidth, int stride, int dilation) {
        return same ? Padding.same(height, width, kernelHeight, kernelWidth, stride, dilation) : Padding.uniform(amount);
    }

    @Override
    public String toString() {
        return same ? "same" : Integer.toString(amount);
    }
}
