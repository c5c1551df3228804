package cnnlab.imaging;

import cnnlab.engine.Shape;
import java.util.List;

/**
 * The size an image is resampled to before the engine sees it, keeping its aspect ratio: the
 * longer side becomes {@code side} cells. {@link #FULL} keeps the image's own size up to
 * {@link #FULL_LIMIT} cells a side.
 *
 * @param side cells along the longer side, or 0 for the full size
 */
public record WorkingSize(int side) {

    /** The longest side {@link #FULL} keeps; larger images shrink to it. */
    public static final int FULL_LIMIT = 512;

    /** The image's own size (up to {@link #FULL_LIMIT}). */
    public static final WorkingSize FULL = new WorkingSize(0);

    /** The sizes offered in menus: 6 (checkable by hand), 28 (MNIST), 64, 256 and full. */
    public static final List<WorkingSize> PRESETS = List.of(new WorkingSize(6), new WorkingSize(28),
            new WorkingSize(64), new WorkingSize(256), FULL);

    /** Checks that the side is 0 or between 1 and {@link #FULL_LIMIT}. */
    public WorkingSize {
        if (side < 0 || side > FULL_LIMIT) {
            throw new IllegalArgumentException("working size must be 0 (full) or 1 to " + FULL_LIMIT + ", got " + side);
        }
    }

    /**
     * The target for an image of {@code height × width}: with {@code L} the longer side and
     * {@code n} the side of this size (for FULL, {@code min(L, FULL_LIMIT)}), each side becomes
     * {@code max(1, round(side · n / L))}.
     *
     * @return a {@code 1 × h × w} shape
     */
    public Shape fit(int height, int width) {
        int longer = Math.max(height, width);
        int target = side == 0 ? Math.min(longer, FULL_LIMIT) : side;
        return new Shape(1, scaled(height, target, longer), scaled(width, target, longer));
    }

    /** @return the options resized to {@link #fit} the image */
    public ImageOptions applyTo(ImageOptions options, int height, int width) {
        Shape shape = fit(height, width);
        return options.resizedTo(shape.height(), shape.width());
    }

    private static int scaled(int n, int target, int longer) {
        return (int) Math.max(1, Math.round((double) n * target / longer));
    }

    /** {@code 28×28}-style label, or {@code full}. */
    @Override
    public String toString() {
        return side == 0 ? "full" : side + "×" + side;
    }
}
