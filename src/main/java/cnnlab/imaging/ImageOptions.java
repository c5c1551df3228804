package cnnlab.imaging;

import cnnlab.engine.Shape;

/**
 * How an image becomes a tensor.
 *
 * @param channels  grayscale (one channel) or RGB (three)
 * @param height    rows of the tensor, or 0 to keep the image's height
 * @param width     columns of the tensor, or 0 to keep the image's width
 * @param threshold values at or above it become 1, below it 0; {@code NaN} for no binarising
 */
public record ImageOptions(ImageChannels channels, int height, int width, float threshold) {

    /** The usual threshold for binarising: halfway between black and white. */
    public static final float HALFWAY = 0.5f;

    /** Checks that the size is either 0 × 0 (keep) or positive and the threshold lies in [0, 1]. */
    public ImageOptions {
        if (channels == null) {
            throw new IllegalArgumentException("channels is missing");
        }
        if (height < 0 || width < 0 || (height == 0) != (width == 0)) {
            throw new IllegalArgumentException("target size must be 0×0 (keep) or positive, got " + height + "×" + width);
        }
        if (!Float.isNaN(threshold) && (threshold < 0 || threshold > 1)) {
            throw new IllegalArgumentException("threshold must lie in [0, 1], got " + threshold);
        }
    }

    /** @return grayscale at the image's own size, not binarised */
    public static ImageOptions grayscale() {
        return new ImageOptions(ImageChannels.GRAYSCALE, 0, 0, Float.NaN);
    }

    /** @return RGB at the image's own size, not binarised */
    public static ImageOptions rgb() {
        return new ImageOptions(ImageChannels.RGB, 0, 0, Float.NaN);
    }

    /**
     * @param targetHeight rows of the tensor, at least 1
     * @param targetWidth columns of the tensor, at least 1
     * @return these options, resampled to {@code targetHeight × targetWidth}
     */
    public ImageOptions resizedTo(int targetHeight, int targetWidth) {
        if (targetHeight < 1 || targetWidth < 1) {
            throw new IllegalArgumentException("target size must be at least 1×1, got " + targetHeight + "×" + targetWidth);
        }
        return new ImageOptions(channels, targetHeight, targetWidth, threshold);
    }

    /**
     * @param newThreshold values at or above it become 1, below it 0; in [0, 1]
     * @return these options, binarised at {@code newThreshold}
     */
    public ImageOptions binarized(float newThreshold) {
        return new ImageOptions(channels, height, width, newThreshold);
    }

    /** @return true when the tensor gets a size other than the image's own */
    public boolean resizes() {
        return height > 0;
    }

    /** @return true when the values are binarised to 0 and 1 */
    public boolean binarizes() {
        return !Float.isNaN(threshold);
    }

    /** @return the number of tensor channels: 1 or 3 */
    public int channelCount() {
        return channels == ImageChannels.RGB ? 3 : 1;
    }

    /**
     * @param imageHeight rows of the source image
     * @param imageWidth columns of the source image
     * @return the shape of the tensor these options make from such an image
     */
    public Shape tensorShape(int imageHeight, int imageWidth) {
        return resizes() ? new Shape(channelCount(), height, width) : new Shape(channelCount(), imageHeight, imageWidth);
    }
}
