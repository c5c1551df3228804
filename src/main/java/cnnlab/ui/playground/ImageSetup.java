package cnnlab.ui.playground;

import cnnlab.imaging.ImageChannels;
import cnnlab.imaging.ImageOptions;
import cnnlab.imaging.WorkingSize;
import java.nio.file.Path;

/**
 * Which image the playground convolves and how it becomes a tensor.
 *
 * @param file      the image file, or null before one is opened
 * @param channels  grayscale or RGB
 * @param size      the working size
 * @param threshold binarising threshold in [0, 1], or NaN for none
 */
public record ImageSetup(Path file, ImageChannels channels, WorkingSize size, float threshold) {

    /** No image yet; grayscale at 28×28 once one is opened. */
    public static final ImageSetup NONE = new ImageSetup(null, ImageChannels.GRAYSCALE, new WorkingSize(28), Float.NaN);

    public ImageSetup withFile(Path value) {
        return new ImageSetup(value, channels, size, threshold);
    }

    public ImageSetup withChannels(ImageChannels value) {
        return new ImageSetup(file, value, size, threshold);
    }

    public ImageSetup withSize(WorkingSize value) {
        return new ImageSetup(file, channels, value, threshold);
    }

    public ImageSetup withThreshold(float value) {
        return new ImageSetup(file, channels, size, value);
    }

    public boolean binarizes() {
        return !Float.isNaN(threshold);
    }

    /** The conversion options for an image of {@code height × width} pixels. */
    public ImageOptions options(int height, int width) {
        ImageOptions options = size.applyTo(channels == ImageChannels.RGB ? ImageOptions.rgb() : ImageOptions.grayscale(),
                height, width);
        return binarizes() ? options.binarized(threshold) : options;
    }
}
