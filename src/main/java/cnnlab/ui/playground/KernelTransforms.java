package cnnlab.ui.playground;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import cnnlab.lesson.KernelPresets;
import java.util.List;
import java.util.Random;

/**
 * The edits the kernel editor offers, as pure functions on weights: each returns a new tensor
 * and leaves its argument unchanged.
 */
public final class KernelTransforms {

    /** The preset that draws fresh random weights instead of a fixed kernel. */
    public static final String RANDOM = "random";

    private KernelTransforms() {
    }

    /** Every preset name the menu lists: {@link KernelPresets#names()} and {@link #RANDOM}. */
    public static List<String> presetNames() {
        List<String> names = new java.util.ArrayList<>(KernelPresets.names());
        names.add(RANDOM);
        return List.copyOf(names);
    }

    /**
     * A preset with {@code channels} planes, each a copy of the named kernel (so an RGB input
     * adds the kernel's response on red, green and blue); {@link #RANDOM} draws a 3×3 of
     * uniform values in [−1, 1) per plane from {@code random}.
     */
    public static Tensor preset(String name, int channels, Random random) {
        if (RANDOM.equals(name)) {
            float[] values = new float[channels * 9];
            for (int i = 0; i < values.length; i++) {
                values[i] = Math.round((random.nextFloat() * 2 - 1) * 100) / 100f;
            }
            return Tensor.of(new Shape(channels, 3, 3), values);
        }
        return withChannels(KernelPresets.get(name), channels);
    }

    /**
     * The weights with {@code channels} planes: more planes repeat plane 0, fewer keep the first ones.
     */
    public static Tensor withChannels(Tensor weights, int channels) {
        Shape s = weights.shape();
        if (s.channels() == channels) {
            return weights;
        }
        Shape out = new Shape(channels, s.height(), s.width());
        float[] values = new float[out.size()];
        for (int c = 0; c < channels; c++) {
            int from = c < s.channels() ? c : 0;
            for (int y = 0; y < s.height(); y++) {
                for (int x = 0; x < s.width(); x++) {
                    values[out.index(c, y, x)] = weights.get(from, y, x);
                }
            }
        }
        return Tensor.of(out, values);
    }

    /** Divides every weight by the sum of all weights so they add up to 1; unchanged when the sum is 0. */
    public static Tensor normalize(Tensor weights) {
        double sum = 0;
        for (float v : weights.toArray()) {
            sum += v;
        }
        return sum == 0 ? weights : scale(weights, (float) (1 / sum));
    }

    /** Every weight times {@code factor}. */
    public static Tensor scale(Tensor weights, float factor) {
        float[] values = weights.toArray();
        for (int i = 0; i < values.length; i++) {
            values[i] *= factor;
        }
        return Tensor.of(weights.shape(), values);
    }

    /** All weights 0, same shape. */
    public static Tensor clear(Tensor weights) {
        return Tensor.zeros(weights.shape());
    }

    /** Rotated by 180° in every plane: {@code w'[c][y][x] = w[c][kh−1−y][kw−1−x]}. */
    public static Tensor flip(Tensor weights) {
        Shape s = weights.shape();
        float[] values = new float[s.size()];
        for (int c = 0; c < s.channels(); c++) {
            for (int y = 0; y < s.height(); y++) {
                for (int x = 0; x < s.width(); x++) {
                    values[s.index(c, y, x)] = weights.get(c, s.height() - 1 - y, s.width() - 1 - x);
                }
            }
        }
        return Tensor.of(s, values);
    }

    /** Rows become columns in every plane: {@code w'[c][x][y] = w[c][y][x]}. */
    public static Tensor transpose(Tensor weights) {
        Shape s = weights.shape();
        Shape out = new Shape(s.channels(), s.width(), s.height());
        float[] values = new float[out.size()];
        for (int c = 0; c < s.channels(); c++) {
            for (int y = 0; y < s.height(); y++) {
                for (int x = 0; x < s.width(); x++) {
                    values[out.index(c, x, y)] = weights.get(c, y, x);
                }
            }
        }
        return Tensor.of(out, values);
    }

    /**
     * The weights on a {@code height × width} grid: the old values keep their row and column,
     * new cells are 0.
     */
    public static Tensor resize(Tensor weights, int height, int width) {
        Shape s = weights.shape();
        Shape out = new Shape(s.channels(), height, width);
        float[] values = new float[out.size()];
        for (int c = 0; c < s.channels(); c++) {
            for (int y = 0; y < Math.min(height, s.height()); y++) {
                for (int x = 0; x < Math.min(width, s.width()); x++) {
                    values[out.index(c, y, x)] = weights.get(c, y, x);
                }
            }
        }
        return Tensor.of(out, values);
    }

    /**
     * {@code block} written into plane {@code channel} with its top-left at (top, left); what
     * falls outside the kernel is dropped.
     */
    public static Tensor paste(Tensor weights, int channel, int top, int left, Tensor block) {
        Shape s = weights.shape();
        Shape b = block.shape();
        float[] values = weights.toArray();
        for (int y = 0; y < b.height() && top + y < s.height(); y++) {
            for (int x = 0; x < b.width() && left + x < s.width(); x++) {
                values[s.index(channel, top + y, left + x)] = block.get(0, y, x);
            }
        }
        return Tensor.of(s, values);
    }
}
