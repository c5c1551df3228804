package cnnlab.imaging;

import java.nio.file.Path;

/**
 * An image file that cannot be used: missing, not an image, damaged, or too large. The message
 * is one line a student understands and starts with the file, e.g.
 * {@code "photo.png: not an image (expected PNG, JPEG, BMP or GIF)"}.
 */
public final class ImageProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * @param file the image file
     * @param reason what is wrong, without the file name
     */
    public ImageProblem(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    /** @return the file the problem is about */
    public Path file() {
        return file;
    }
}
