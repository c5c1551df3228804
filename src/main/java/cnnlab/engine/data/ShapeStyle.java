package cnnlab.engine.data;

import cnnlab.engine.EngineException;

/**
 * How {@link ShapeDataset} draws its pictures. Lengths are fractions of the image side.
 *
 * @param size        image side in pixels, 8 to 64 (16 by default; 28 like MNIST)
 * @param noise       standard deviation of the Gaussian noise added to every pixel
 * @param minScale    smallest half-extent {@code r} of a shape, as a fraction of the side
 * @param maxScale    largest half-extent
 * @param maxShift    largest shift of the centre from the middle, as a fraction of the side
 *                    (smaller when the shape would leave the image)
 * @param strokeWidth stroke width in pixels
 * @param crisp       false for soft one-pixel edges; true for hard edges (ink 1 within half the
 *                    stroke width of the centre line, 0 elsewhere) with centres on pixel centres
 *                    and whole-pixel half-extents, so a diagonal runs exactly through pixel
 *                    centres like the curriculum's 6×6 example
 */
public record ShapeStyle(int size, double noise, double minScale, double maxScale, double maxShift,
                         double strokeWidth, boolean crisp) {

    public ShapeStyle {
        EngineException.require(size >= 8 && size <= 64, "image size must be 8 to 64 pixels, got " + size);
        EngineException.require(noise >= 0, "noise cannot be negative, got " + noise);
        EngineException.require(minScale > 0 && minScale <= maxScale && maxScale < 0.5,
                "scales must satisfy 0 < min ≤ max < 0.5, got " + minScale + " and " + maxScale);
        EngineException.require(maxShift >= 0, "shift cannot be negative, got " + maxShift);
        EngineException.require(strokeWidth > 0, "stroke width must be positive, got " + strokeWidth);
    }

    /**
     * The defaults for a {@code size × size} image: noise 0.1, half-extent 25–40 % of the side,
     * shifts up to 15 % of the side, stroke {@code size/16} pixels (1 pixel at 16, 1.75 at 28).
     */
    public static ShapeStyle of(int size) {
        return new ShapeStyle(size, 0.1, 0.25, 0.4, 0.15, size / 16.0, false);
    }

    /** Crisp one-pixel strokes with noise 0.05, otherwise as {@link #of(int)}. */
    public static ShapeStyle crisp(int size) {
        return new ShapeStyle(size, 0.05, 0.25, 0.4, 0.15, 1, true);
    }
}
