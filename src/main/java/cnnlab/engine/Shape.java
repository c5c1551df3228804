package cnnlab.engine;

/**
 * The size of a tensor: channels × height × width, each at least 1.
 *
 * @param channels number of planes (1 for grayscale, 3 for RGB, one per filter after a convolution)
 * @param height   rows per plane
 * @param width    columns per plane
 */
public record Shape(int channels, int height, int width) {

    public Shape {
        EngineException.require(channels >= 1, "channels must be at least 1, got " + channels);
        EngineException.require(height >= 1, "height must be at least 1, got " + height);
        EngineException.require(width >= 1, "width must be at least 1, got " + width);
        Budget.checkElements((long) channels * height * width, "a " + channels + "×" + height + "×" + width + " tensor");
    }

    /** A single-channel shape of {@code height × width}. */
    public static Shape of(int height, int width) {
        return new Shape(1, height, width);
    }

    /** Number of values: {@code channels · height · width}. */
    public int size() {
        return channels * height * width;
    }

    /** Values in one plane: {@code height · width}. */
    public int planeSize() {
        return height * width;
    }

    /** Flat index of (c, y, x) in channel-height-width order: {@code (c·H + y)·W + x}. */
    public int index(int c, int y, int x) {
        return (c * height + y) * width + x;
    }

    /** True when (y, x) lies inside a plane. */
    public boolean contains(int y, int x) {
        return y >= 0 && y < height && x >= 0 && x < width;
    }

    @Override
    public String toString() {
        return channels + "×" + height + "×" + width;
    }
}
