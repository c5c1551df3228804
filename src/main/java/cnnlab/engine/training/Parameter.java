package cnnlab.engine.training;

import java.util.Arrays;
import java.util.List;

/**
 * A block of trainable numbers and the gradient of the loss with respect to each of them, both
 * flat {@code float[]} arrays of the same length. Layers read {@link #values()} in their forward
 * pass and add into {@link #gradients()} in their backward pass; optimisers read the gradients
 * and update the values. Not thread-safe: one training thread owns a parameter at a time.
 */
public final class Parameter {
    private final String name;
    private final List<Integer> dims;
    private final float[] values;
    private final float[] gradients;

    /**
     * A parameter of zeros with zero gradients, laid out row-major over {@code dims}.
     *
     * @param name for example {@code conv_1.weights}
     * @param dims the axes, e.g. {@code F, C, k_h, k_w} for convolution weights; their product is the size
     */
    public Parameter(String name, int... dims) {
        int size = 1;
        for (int d : dims) {
            size = Math.multiplyExact(size, d);
        }
        this.name = name;
        this.dims = Arrays.stream(dims).boxed().toList();
        this.values = new float[size];
        this.gradients = new float[size];
    }

    public String name() {
        return name;
    }

    /** The axes of the values, e.g. {@code [F, C, k_h, k_w]}; row-major, last axis fastest. */
    public List<Integer> dims() {
        return dims;
    }

    /** Number of values. */
    public int size() {
        return values.length;
    }

    /** The live values (not a copy). Modified by optimisers, weight initialisation and {@link #copyFrom}. */
    public float[] values() {
        return values;
    }

    /** The live gradients {@code ∂L/∂θ} (not a copy). Modified: added into by backward passes. */
    public float[] gradients() {
        return gradients;
    }

    /** Sets every gradient to 0. Modified: {@link #gradients()}. */
    public void zeroGradients() {
        Arrays.fill(gradients, 0f);
    }

    /** Multiplies every gradient by {@code factor}, e.g. {@code 1/batch} for a mean. Modified: gradients. */
    public void scaleGradients(float factor) {
        for (int i = 0; i < gradients.length; i++) {
            gradients[i] *= factor;
        }
    }

    /** Copies the values of {@code other}, which must have the same size. Modified: values. Not modified: other. */
    public void copyFrom(Parameter other) {
        if (other.values.length != values.length) {
            throw new IllegalArgumentException(name + " has " + values.length + " values but " + other.name
                    + " has " + other.values.length);
        }
        System.arraycopy(other.values, 0, values, 0, values.length);
    }

    @Override
    public String toString() {
        return name + "[" + values.length + "]";
    }
}
