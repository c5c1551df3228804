package cnnlab.imaging;

import cnnlab.engine.Budget;
import cnnlab.engine.EngineException;
import cnnlab.engine.Tensor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.DoubleConsumer;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads PNG, JPEG, BMP and GIF files (the first frame of an animated GIF) into tensors.
 *
 * <p>Before decoding, the image size is read from the file header and refused when the pixels
 * would exceed the engine's {@link Budget}, so a small file that claims a huge image (a
 * decompression bomb) is never allocated. A file that is not an image, is empty, damaged or
 * truncated is refused with an {@link ImageProblem} naming the file.
 */
public final class ImageFiles {

    /** The formats read, by ImageIO format name; others (e.g. WBMP) accept too many non-images. */
    private static final Set<String> FORMATS = Set.of("png", "jpeg", "jpg", "bmp", "gif");

    /** File name endings taken for images, lower case. */
    private static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".bmp", ".gif");

    private static final String EXPECTED = "expected a PNG, JPEG, BMP or GIF image";

    private ImageFiles() {
    }

    /**
     * @param file any path
     * @return true when the file name ends in .png, .jpg, .jpeg, .bmp or .gif (any case)
     */
    public static boolean hasImageExtension(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /**
     * Reads an image file into a tensor; see {@link ImageTensors#toTensor} for the conversion.
     *
     * @param file the image file
     * @param options channels, target size and threshold
     * @return a new tensor
     * @throws ImageProblem if the file is missing, not an image, damaged, or too large
     */
    public static Tensor read(Path file, ImageOptions options) throws ImageProblem {
        BufferedImage image = readImage(file, options.channelCount());
        try {
            return ImageTensors.toTensor(image, options);
        } catch (EngineException e) {
            throw new ImageProblem(file, e.getMessage());
        }
    }

    /**
     * Decodes an image file after checking its header against the {@link Budget} for
     * {@code channels} values per pixel.
     *
     * @param file the image file
     * @param channels values each pixel will become (1 for grayscale, 3 for RGB)
     * @return the decoded image
     * @throws ImageProblem if the file is missing, not an image, damaged, or too large
     */
    public static BufferedImage readImage(Path file, int channels) throws ImageProblem {
        return decode(file, channels, 0, progress -> { }).image();
    }

    /**
     * Decodes an image file of any size, reading every n-th pixel of every n-th row when the
     * whole image would hold more than {@code maxPixels} pixels, so a 10,000 × 10,000 photo
     * arrives as a picture of at most {@code maxPixels} without ever being allocated in full.
     * {@code n = ⌈√(width · height / maxPixels)⌉}, and 1 when the image fits.
     *
     * @param file the image file
     * @param maxPixels the most pixels the decoded image may have, at least 1
     * @param progress called with the fraction decoded so far, from 0 to 1, on the decoding thread
     * @return the decoded picture and how much it was shrunk
     * @throws ImageProblem if the file is missing, not an image or damaged
     */
    public static DecodedImage decodeWithin(Path file, long maxPixels, DoubleConsumer progress) throws ImageProblem {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("maxPixels must be at least 1, got " + maxPixels);
        }
        return decode(file, 1, maxPixels, progress);
    }

    /** Decodes, refusing sizes over the {@link Budget} when {@code maxPixels} is 0, subsampling down to it otherwise. */
    private static DecodedImage decode(Path file, int channels, long maxPixels, DoubleConsumer progress)
            throws ImageProblem {
        requireNonEmptyFile(file);
        if (file.getFileSystem() != FileSystems.getDefault()) {
            return decodeCopy(file, channels, maxPixels, progress);
        }
        try (ImageInputStream stream = ImageIO.createImageInputStream(file.toFile())) {
            if (stream == null) {
                throw new ImageProblem(file, "cannot be opened for reading");
            }
            ImageReader reader = readerFor(file, stream);
            try {
                reader.setInput(stream, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = 1;
                if (maxPixels == 0) {
                    checkSize(file, width, height, channels);
                } else {
                    step = subsampling(width, height, maxPixels);
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                reader.addIIOReadProgressListener(new ProgressRelay(progress));
                BufferedImage image = reader.read(0, param);
                if (!warnings.isEmpty()) {
                    throw damaged(file, warnings.get(0));
                }
                progress.accept(1);
                return new DecodedImage(image, height, width, step);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw damaged(file, describe(e));
        } catch (RuntimeException e) {
            // ImageIO decoders throw assorted runtime exceptions on corrupt data.
            throw damaged(file, describe(e));
        }
    }

    /** Decodes a file inside a jar (a bundled sample image) through a temporary copy; ImageIO reads plain files. */
    private static DecodedImage decodeCopy(Path file, int channels, long maxPixels, DoubleConsumer progress)
            throws ImageProblem {
        Path copy = null;
        try {
            String name = file.getFileName().toString();
            copy = Files.createTempFile("cnn-lab-", name.substring(Math.max(0, name.lastIndexOf('.'))));
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            return decode(copy, channels, maxPixels, progress);
        } catch (ImageProblem e) {
            throw new ImageProblem(file, e.getMessage().substring(e.file().toString().length() + 2));
        } catch (IOException e) {
            throw new ImageProblem(file, "cannot be read (" + describe(e) + ")");
        } finally {
            deleteQuietly(copy);
        }
    }

    private static void deleteQuietly(Path copy) {
        if (copy != null) {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException ignored) {
                // a leftover temporary copy of a bundled image is harmless
            }
        }
    }

    /** The smallest n ≥ 1 with ⌈w/n⌉·⌈h/n⌉ ≤ maxPixels. */
    static int subsampling(int width, int height, long maxPixels) {
        int step = Math.max(1, (int) Math.ceil(Math.sqrt((double) width * height / maxPixels)));
        while ((long) ceilDiv(width, step) * ceilDiv(height, step) > maxPixels) {
            step++;
        }
        return step;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static void requireNonEmptyFile(Path file) throws ImageProblem {
        if (Files.isDirectory(file)) {
            throw new ImageProblem(file, "is a folder, not an image file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ImageProblem(file, "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new ImageProblem(file, "cannot be read (no permission)");
        }
        try {
            if (Files.size(file) == 0) {
                throw new ImageProblem(file, "is empty; " + EXPECTED);
            }
        } catch (IOException e) {
            throw new ImageProblem(file, "cannot be read (" + describe(e) + ")");
        }
    }

    private static ImageReader readerFor(Path file, ImageInputStream stream) throws IOException, ImageProblem {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                return reader;
            }
        }
        throw new ImageProblem(file, "is not an image; " + EXPECTED);
    }

    private static void checkSize(Path file, int width, int height, int channels) throws ImageProblem {
        long values = (long) width * height * channels;
        if (width < 1 || height < 1 || values > Budget.MAX_ELEMENTS) {
            throw new ImageProblem(file, "its header says " + width + "×" + height + " pixels"
                    + (channels > 1 ? " × " + channels + " channels" : "") + ", more than the "
                    + Budget.MAX_ELEMENTS + " values CNN Lab reads; use a smaller image");
        }
    }

    private static ImageProblem damaged(Path file, String reason) {
        return new ImageProblem(file, "is damaged or truncated (" + reason + ")");
    }

    /** The messages of an exception and its causes, e.g. "Error reading PNG image data: Unexpected end". */
    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
            if (text.indexOf(message) < 0) {
                text.append(text.length() == 0 ? "" : ": ").append(message);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Passes the decoder's percentage on as a fraction. */
    private static final class ProgressRelay implements IIOReadProgressListener {
        private final DoubleConsumer progress;

        ProgressRelay(DoubleConsumer progress) {
            this.progress = progress;
        }

        @Override
        public void imageProgress(ImageReader source, float percentageDone) {
            progress.accept(Math.min(1, Math.max(0, percentageDone / 100)));
        }

        @Override
        public void sequenceStarted(ImageReader source, int minIndex) {
        }

        @Override
        public void sequenceComplete(ImageReader source) {
        }

        @Override
        public void imageStarted(ImageReader source, int imageIndex) {
        }

        @Override
        public void imageComplete(ImageReader source) {
        }

        @Override
        public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
        }

        @Override
        public void thumbnailProgress(ImageReader source, float percentageDone) {
        }

        @Override
        public void thumbnailComplete(ImageReader source) {
        }

        @Override
        public void readAborted(ImageReader source) {
        }
    }
}
