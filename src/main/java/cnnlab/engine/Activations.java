package cnnlab.engine;

/** Element-wise activation functions. */
public final class Activations {
    private Activations() {
    }

    /**
     * The rectified linear unit, {@code relu(v) = max(0, v)} for every value.
     * Not modified: {@code input}.
     */
    public static Tensor relu(Tensor input) {
        float[] data = input.toArray();
        for (int i = 0; i < data.length; i++) {
            data[i] = Math.max(0f, data[i]);
        }
        return Tensor.adopt(input.shape(), data);
    }
}
