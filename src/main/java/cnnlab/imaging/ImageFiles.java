package cnnlab.imaging;

import cnnlab.engine.Budget;
import cnnlab.engine.EngineException;
import cnnlab.engine.Tensor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
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
        requireNonEmptyFile(file);
        try (ImageInputStream stream = ImageIO.createImageInputStream(file.toFile())) {
            if (stream == null) {
                throw new ImageProblem(file, "cannot be opened for reading");
            }
            ImageReader reader = readerFor(file, stream);
            try {
                reader.setInput(stream, true, true);
                checkSize(file, reader, channels);
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0);
                if (!warnings.isEmpty()) {
                    throw damaged(file, warnings.get(0));
                }
                return image;
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

    private static void checkSize(Path file, ImageReader reader, int channels) throws IOException, ImageProblem {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
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
}
