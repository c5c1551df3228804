package cnnlab.imaging;

import cnnlab.engine.Budget;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Writes one plane of a tensor as a PNG in a {@link DivergingColorMap}, each cell enlarged to a
 * square block of {@code cellScale × cellScale} pixels so small maps stay readable.
 */
public final class FeatureMapPng {

    /** The longest side {@link #suggestedCellScale} aims for, in pixels. */
    public static final int TARGET_SIDE = 512;

    /** The largest block {@link #suggestedCellScale} suggests, in pixels. */
    public static final int MAX_CELL_SCALE = 64;

    private FeatureMapPng() {
    }

    /**
     * A block size that makes the longest side about {@value #TARGET_SIDE} pixels: {@code
     * clamp(⌊512 / max(H, W)⌋, 1, 64)}.
     *
     * @param shape the tensor's shape
     * @return pixels per cell side
     */
    public static int suggestedCellScale(Shape shape) {
        int longest = Math.max(shape.height(), shape.width());
        return Math.max(1, Math.min(MAX_CELL_SCALE, TARGET_SIDE / longest));
    }

    /**
     * Renders one plane, colour-mapped with its own symmetric scale. Not modified: {@code tensor}.
     *
     * @param tensor the values
     * @param channel the plane to draw
     * @param colors the colour map
     * @param cellScale pixels per cell side, at least 1
     * @return a new opaque image of {@code (W·cellScale) × (H·cellScale)} pixels
     * @throws IllegalArgumentException if {@code cellScale < 1} or the image would exceed the {@link Budget}
     */
    public static BufferedImage render(Tensor tensor, int channel, DivergingColorMap colors, int cellScale) {
        Shape shape = tensor.shape();
        if (cellScale < 1) {
            throw new IllegalArgumentException("cell scale must be at least 1, got " + cellScale);
        }
        long pixels = (long) shape.height() * cellScale * shape.width() * cellScale;
        Budget.checkElements(pixels, "a " + shape.width() * (long) cellScale + "×"
                + shape.height() * (long) cellScale + " picture");
        int[] cells = new int[shape.planeSize()];
        colors.fill(tensor, channel, cells);
        int width = shape.width() * cellScale;
        BufferedImage image = new BufferedImage(width, shape.height() * cellScale, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        for (int y = 0; y < shape.height(); y++) {
            for (int x = 0; x < width; x++) {
                row[x] = cells[y * shape.width() + x / cellScale];
            }
            for (int k = 0; k < cellScale; k++) {
                image.setRGB(0, y * cellScale + k, width, 1, row, 0, width);
            }
        }
        return image;
    }

    /**
     * Writes a single-channel tensor as a colour-mapped PNG ({@link DivergingColorMap#BLUE_ORANGE}).
     *
     * @param plane a {@code 1 × H × W} tensor
     * @param file the PNG to write; replaced if it exists
     * @param cellScale pixels per cell side, at least 1
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if the tensor has more than one channel
     */
    public static void write(Tensor plane, Path file, int cellScale) throws IOException {
        if (plane.shape().channels() != 1) {
            throw new IllegalArgumentException("a feature-map PNG shows one channel, the tensor has "
                    + plane.shape().channels());
        }
        BufferedImage image = render(plane, 0, DivergingColorMap.BLUE_ORANGE, cellScale);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
