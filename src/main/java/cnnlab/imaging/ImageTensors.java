package cnnlab.imaging;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * Turns an in-memory image into a tensor, as pure functions (the image is never modified).
 *
 * <p>Values are the 8-bit (or 16-bit) sRGB samples divided by their maximum, so black is 0 and
 * white is 1. Grayscale is the luma {@code 0.299·R + 0.587·G + 0.114·B} of the sRGB values (ITU-R
 * BT.601, no gamma decoding); gray images keep their own sample values. Transparent pixels are
 * composited over black (multiplied by their alpha), since 0 means "nothing here" in a tensor.
 */
public final class ImageTensors {

    private static final double RED_LUMA = 0.299;
    private static final double GREEN_LUMA = 0.587;
    private static final double BLUE_LUMA = 0.114;
    private static final double MAX_8_BIT = 255.0;

    private ImageTensors() {
    }

    /**
     * Converts an image following {@code options}: channels, then resampling ({@link Resampling}),
     * then binarising.
     *
     * @param image the image
     * @param options channels, target size and threshold
     * @return a new tensor of {@code options.tensorShape(image height, image width)}
     * @throws cnnlab.engine.EngineException if the image is larger than the engine's Budget allows
     */
    public static Tensor toTensor(BufferedImage image, ImageOptions options) {
        Tensor tensor = options.channels() == ImageChannels.RGB ? rgb(image) : grayscale(image);
        if (options.resizes()) {
            tensor = Resampling.resize(tensor, options.height(), options.width());
        }
        return options.binarizes() ? binarize(tensor, options.threshold()) : tensor;
    }

    /**
     * @param image the image
     * @return a {@code 1 × H × W} tensor of luma values in [0, 1]
     */
    public static Tensor grayscale(BufferedImage image) {
        Shape shape = new Shape(1, image.getHeight(), image.getWidth());
        float[] values = new float[shape.size()];
        if (isPlainGray(image)) {
            readGray(image.getRaster(), values, shape);
            return Tensor.of(shape, values);
        }
        int[] row = new int[shape.width()];
        for (int y = 0; y < shape.height(); y++) {
            image.getRGB(0, y, shape.width(), 1, row, 0, shape.width());
            for (int x = 0; x < shape.width(); x++) {
                values[shape.index(0, y, x)] = luma(row[x]);
            }
        }
        return Tensor.of(shape, values);
    }

    /**
     * @param image the image
     * @return a {@code 3 × H × W} tensor of red, green and blue values in [0, 1]; a gray image
     *     gives three equal planes
     */
    public static Tensor rgb(BufferedImage image) {
        Shape shape = new Shape(3, image.getHeight(), image.getWidth());
        float[] values = new float[shape.size()];
        if (isPlainGray(image)) {
            readGray(image.getRaster(), values, shape);
            System.arraycopy(values, 0, values, shape.planeSize(), shape.planeSize());
            System.arraycopy(values, 0, values, 2 * shape.planeSize(), shape.planeSize());
            return Tensor.of(shape, values);
        }
        int[] row = new int[shape.width()];
        for (int y = 0; y < shape.height(); y++) {
            image.getRGB(0, y, shape.width(), 1, row, 0, shape.width());
            for (int x = 0; x < shape.width(); x++) {
                int argb = row[x];
                double alpha = (argb >>> 24) / MAX_8_BIT;
                values[shape.index(0, y, x)] = (float) (((argb >> 16) & 0xFF) / MAX_8_BIT * alpha);
                values[shape.index(1, y, x)] = (float) (((argb >> 8) & 0xFF) / MAX_8_BIT * alpha);
                values[shape.index(2, y, x)] = (float) ((argb & 0xFF) / MAX_8_BIT * alpha);
            }
        }
        return Tensor.of(shape, values);
    }

    /**
     * Binarises every value: {@code v ≥ threshold → 1}, else 0. Not modified: {@code tensor}.
     *
     * @param tensor the values
     * @param threshold the smallest value that becomes 1
     * @return a new tensor of zeros and ones
     */
    public static Tensor binarize(Tensor tensor, float threshold) {
        float[] values = tensor.toArray();
        for (int i = 0; i < values.length; i++) {
            values[i] = values[i] >= threshold ? 1f : 0f;
        }
        return Tensor.of(tensor.shape(), values);
    }

    /** The luma of one ARGB pixel over black, in [0, 1]; exactly {@code v/255} for a gray pixel. */
    private static float luma(int argb) {
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        double alpha = (argb >>> 24) / MAX_8_BIT;
        double y = r == g && g == b ? r : RED_LUMA * r + GREEN_LUMA * g + BLUE_LUMA * b;
        return (float) (y / MAX_8_BIT * alpha);
    }

    /**
     * True for gray images stored as samples (8 or 16 bit, optionally with alpha). Their samples
     * are read directly, because {@code getRGB} would run them through a colour conversion
     * that changes mid-gray values.
     */
    private static boolean isPlainGray(BufferedImage image) {
        int bands = image.getRaster().getNumBands();
        return image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && !(image.getColorModel() instanceof IndexColorModel)
                && (bands == 1 || bands == 2 && image.getColorModel().hasAlpha());
    }

    /** Fills the first plane of {@code values} with the gray samples over black. */
    private static void readGray(Raster raster, float[] values, Shape shape) {
        double grayMax = (1 << raster.getSampleModel().getSampleSize(0)) - 1;
        boolean alpha = raster.getNumBands() == 2;
        double alphaMax = alpha ? (1 << raster.getSampleModel().getSampleSize(1)) - 1 : 1;
        int minX = raster.getMinX();
        int minY = raster.getMinY();
        for (int y = 0; y < shape.height(); y++) {
            for (int x = 0; x < shape.width(); x++) {
                double gray = raster.getSample(minX + x, minY + y, 0) / grayMax;
                double opacity = alpha ? raster.getSample(minX + x, minY + y, 1) / alphaMax : 1;
                values[shape.index(0, y, x)] = (float) (gray * opacity);
            }
        }
    }
}
