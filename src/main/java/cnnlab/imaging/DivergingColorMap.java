package cnnlab.imaging;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;

/**
 * Colours signed values: negative values blue, positive values orange, zero a neutral light grey
 * ({@code #F7F7F7}); the stronger the value, the darker the colour. The scale is symmetric: a value
 * of {@code ±scale} (by default the largest {@code |v|} of the plane) gets the darkest colour, so
 * equal magnitudes get equally strong colours whatever their sign.
 *
 * <p>The ramps are ColorBrewer's colour-blind-safe ones: the blues of "RdBu"
 * ({@code #F7F7F7 → #92C5DE → #4393C3 → #2166AC}) and the oranges of "PuOr"
 * ({@code #F7F7F7 → #FDB863 → #E08214 → #B35806}). Blue against orange stays distinct for the
 * common red–green colour blindnesses and in grayscale print (both ends are darker than zero).
 *
 * <p>Colours come from a precomputed table; {@link #argb} and {@link #fill} allocate nothing.
 * Instances are immutable.
 */
public final class DivergingColorMap {

    /** Blue for negative, light grey for zero, orange for positive. */
    public static final DivergingColorMap BLUE_ORANGE = new DivergingColorMap(
            new int[] {0xF7F7F7, 0x92C5DE, 0x4393C3, 0x2166AC},
            new int[] {0xF7F7F7, 0xFDB863, 0xE08214, 0xB35806});

    /** The colour of {@code NaN}: mid grey, darker than zero and in neither hue. */
    public static final int NOT_A_NUMBER = 0xFF808080;

    /** Entries per side of the table: 256 levels of strength. */
    private static final int LEVELS = 256;

    private final int[] negative = new int[LEVELS];
    private final int[] positive = new int[LEVELS];

    /**
     * @param negativeRamp RGB colours from zero to the strongest negative value, at least two
     * @param positiveRamp RGB colours from zero to the strongest positive value, at least two
     */
    public DivergingColorMap(int[] negativeRamp, int[] positiveRamp) {
        fillTable(negativeRamp, negative);
        fillTable(positiveRamp, positive);
    }

    /** @return the colour of zero (and of every value when the scale is 0), opaque ARGB */
    public int neutral() {
        return positive[0];
    }

    /**
     * The colour of one value. With {@code t = min(|value| / scale, 1)}, the colour is entry
     * {@code round(t·255)} of the negative or positive table.
     *
     * @param value the value to colour
     * @param scale the magnitude that gets the strongest colour; 0 colours everything neutral
     * @return an opaque ARGB colour
     */
    public int argb(float value, float scale) {
        if (Float.isNaN(value)) {
            return NOT_A_NUMBER;
        }
        if (!(scale > 0) || value == 0) {
            return neutral();
        }
        float t = Math.min(Math.abs(value) / scale, 1f);
        int level = Math.round(t * (LEVELS - 1));
        return value < 0 ? negative[level] : positive[level];
    }

    /**
     * @param tensor any tensor
     * @param channel the plane to look at
     * @return the largest {@code |v|} in that plane, ignoring {@code NaN}; 0 for an all-zero plane
     * @throws IllegalArgumentException if the channel does not exist
     */
    public static float symmetricScale(Tensor tensor, int channel) {
        Shape shape = tensor.shape();
        requireChannel(shape, channel);
        int start = channel * shape.planeSize();
        float scale = 0;
        for (int i = start; i < start + shape.planeSize(); i++) {
            float magnitude = Math.abs(tensor.getFlat(i));
            if (magnitude > scale) {
                scale = magnitude;
            }
        }
        return scale;
    }

    /**
     * Colours one plane row by row into {@code target} with the plane's own symmetric scale.
     * Modified: {@code target[0 .. H·W)}. Allocates nothing.
     *
     * @param tensor the values
     * @param channel the plane to colour
     * @param target receives {@code H·W} ARGB colours in row-major order
     */
    public void fill(Tensor tensor, int channel, int[] target) {
        fill(tensor, channel, symmetricScale(tensor, channel), target);
    }

    /**
     * Colours one plane row by row into {@code target} with a given scale. Modified:
     * {@code target[0 .. H·W)}. Allocates nothing.
     *
     * @param tensor the values
     * @param channel the plane to colour
     * @param scale the magnitude that gets the strongest colour
     * @param target receives {@code H·W} ARGB colours in row-major order
     * @throws IllegalArgumentException if the channel does not exist or {@code target} is too short
     */
    public void fill(Tensor tensor, int channel, float scale, int[] target) {
        Shape shape = tensor.shape();
        requireChannel(shape, channel);
        if (target.length < shape.planeSize()) {
            throw new IllegalArgumentException("target holds " + target.length + " colours, the plane needs "
                    + shape.planeSize());
        }
        int start = channel * shape.planeSize();
        for (int i = 0; i < shape.planeSize(); i++) {
            target[i] = argb(tensor.getFlat(start + i), scale);
        }
    }

    private static void requireChannel(Shape shape, int channel) {
        if (channel < 0 || channel >= shape.channels()) {
            throw new IllegalArgumentException("channel " + channel + " does not exist in a " + shape + " tensor");
        }
    }

    /** Interpolates the ramp linearly in sRGB into {@code table}, opaque. */
    private static void fillTable(int[] ramp, int[] table) {
        if (ramp.length < 2) {
            throw new IllegalArgumentException("a colour ramp needs at least two colours");
        }
        int segments = ramp.length - 1;
        for (int level = 0; level < table.length; level++) {
            double position = (double) level / (table.length - 1) * segments;
            int segment = Math.min((int) position, segments - 1);
            double t = position - segment;
            table[level] = 0xFF000000 | mix(ramp[segment], ramp[segment + 1], t);
        }
    }

    private static int mix(int from, int to, double t) {
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int a = (from >> shift) & 0xFF;
            int b = (to >> shift) & 0xFF;
            rgb |= (int) Math.round(a + (b - a) * t) << shift;
        }
        return rgb;
    }
}
