package cnnlab.imaging;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Pictures held as ARGB pixel arrays (row-major, {@code 0xAARRGGBB}) written as image files. */
public final class ArgbImages {
    private ArgbImages() {
    }

    /**
     * An opaque image of the pixels; alpha is dropped (pictures here are drawn on an opaque background).
     *
     * @throws IllegalArgumentException when the array does not hold {@code width · height} pixels
     */
    public static BufferedImage image(int[] argb, int width, int height) {
        if (width < 1 || height < 1 || argb.length != width * height) {
            throw new IllegalArgumentException("a " + width + "×" + height + " picture needs " + (long) width * height
                    + " pixels, got " + argb.length);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        return image;
    }

    /**
     * Writes the pixels as a PNG. Modified: {@code file} (replaced if it exists).
     *
     * @throws IOException when the file cannot be written
     */
    public static void writePng(int[] argb, int width, int height, Path file) throws IOException {
        writePng(image(argb, width, height), file);
    }

    /**
     * Writes an image as a PNG. Modified: {@code file} (replaced if it exists).
     *
     * @throws IOException when the file cannot be written
     */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
