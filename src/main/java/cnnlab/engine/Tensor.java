package cnnlab.engine;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable block of numbers laid out channel × height × width in one flat row-major
 * {@code float[]}. Every value the app shows is read from a tensor the engine produced.
 */
public final class Tensor {
    private final Shape shape;
    private final float[] data;

    private Tensor(Shape shape, float[] data) {
        this.shape = shape;
        this.data = data;
    }

    /**
     * A tensor holding a copy of {@code values}, read in channel-height-width order.
     *
     * @throws EngineException when the number of values is not {@code shape.size()}
     */
    public static Tensor of(Shape shape, float[] values) {
        EngineException.require(values.length == shape.size(),
                "a " + shape + " tensor needs " + shape.size() + " values, got " + values.length);
        return new Tensor(shape, values.clone());
    }

    /** Takes ownership of {@code data} without copying; the caller must never touch it again. */
    static Tensor adopt(Shape shape, float[] data) {
        return new Tensor(shape, data);
    }

    /** A tensor of zeros. */
    public static Tensor zeros(Shape shape) {
        return new Tensor(shape, new float[shape.size()]);
    }

    /**
     * A single-channel tensor from rows of equal length.
     *
     * @throws EngineException naming the first row whose length differs from row 1
     */
    public static Tensor of(float[][] rows) {
        return of(new float[][][] {rows});
    }

    /** A tensor from planes[channel][row][column]; every plane and row must have the same size. */
    public static Tensor of(float[][][] planes) {
        EngineException.require(planes.length > 0, "a tensor needs at least one channel");
        EngineException.require(planes[0].length > 0, "a tensor needs at least one row");
        EngineException.require(planes[0][0].length > 0, "a tensor needs at least one column");
        int height = planes[0].length;
        int width = planes[0][0].length;
        Shape shape = new Shape(planes.length, height, width);
        float[] data = new float[shape.size()];
        for (int c = 0; c < planes.length; c++) {
            EngineException.require(planes[c].length == height, "channel " + (c + 1) + " has "
                    + planes[c].length + " rows but channel 1 has " + height);
            for (int y = 0; y < height; y++) {
                EngineException.require(planes[c][y].length == width, "row " + (y + 1) + " has "
                        + planes[c][y].length + " values but row 1 has " + width);
                System.arraycopy(planes[c][y], 0, data, shape.index(c, y, 0), width);
            }
        }
        return new Tensor(shape, data);
    }

    /** Stacks single- or multi-channel tensors of equal height and width along the channel axis. */
    public static Tensor stack(List<Tensor> parts) {
        EngineException.require(!parts.isEmpty(), "nothing to stack");
        int height = parts.get(0).shape.height();
        int width = parts.get(0).shape.width();
        int channels = 0;
        for (Tensor part : parts) {
            EngineException.require(part.shape.height() == height && part.shape.width() == width,
                    "cannot stack a " + part.shape + " tensor onto " + height + "×" + width + " planes");
            channels += part.shape.channels();
        }
        Shape shape = new Shape(channels, height, width);
        float[] data = new float[shape.size()];
        int offset = 0;
        for (Tensor part : parts) {
            System.arraycopy(part.data, 0, data, offset, part.data.length);
            offset += part.data.length;
        }
        return new Tensor(shape, data);
    }

    public Shape shape() {
        return shape;
    }

    /** The value at channel {@code c}, row {@code y}, column {@code x} (all zero-based). */
    public float get(int c, int y, int x) {
        return data[shape.index(c, y, x)];
    }

    /** The value at a flat channel-height-width index. */
    public float getFlat(int index) {
        return data[index];
    }

    /** A copy of all values in channel-height-width order. */
    public float[] toArray() {
        return data.clone();
    }

    /** Copies all values into {@code target} starting at index 0 (no allocation on hot paths). */
    public void copyTo(float[] target) {
        System.arraycopy(data, 0, target, 0, data.length);
    }

    /** A copy as planes[channel][row][column]. */
    public float[][][] toNested() {
        float[][][] nested = new float[shape.channels()][shape.height()][shape.width()];
        for (int c = 0; c < shape.channels(); c++) {
            for (int y = 0; y < shape.height(); y++) {
                System.arraycopy(data, shape.index(c, y, 0), nested[c][y], 0, shape.width());
            }
        }
        return nested;
    }

    /** Channel {@code c} as a single-channel tensor. */
    public Tensor channel(int c) {
        EngineException.require(c >= 0 && c < shape.channels(),
                "channel " + c + " does not exist in a " + shape + " tensor");
        return new Tensor(new Shape(1, shape.height(), shape.width()),
                Arrays.copyOfRange(data, c * shape.planeSize(), (c + 1) * shape.planeSize()));
    }

    /** A copy with the value at (c, y, x) replaced. */
    public Tensor with(int c, int y, int x, float value) {
        float[] copy = data.clone();
        copy[shape.index(c, y, x)] = value;
        return new Tensor(shape, copy);
    }

    /** The smallest value. */
    public float min() {
        float min = Float.POSITIVE_INFINITY;
        for (float v : data) {
            min = Math.min(min, v);
        }
        return min;
    }

    /** The largest value. */
    public float max() {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : data) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** Package access to the backing array for the engine's own fast paths; never modified. */
    float[] data() {
        return data;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tensor t && t.shape.equals(shape) && Arrays.equals(t.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * shape.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Tensor" + shape + Arrays.deepToString(toNested());
    }
}
