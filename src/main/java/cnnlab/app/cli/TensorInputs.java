package cnnlab.app.cli;

import cnnlab.engine.Tensor;
import cnnlab.imaging.ImageFiles;
import cnnlab.imaging.ImageOptions;
import cnnlab.imaging.ImageProblem;
import cnnlab.imaging.InlineMatrix;
import cnnlab.imaging.MatrixCsv;
import cnnlab.imaging.MatrixProblem;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Reads the tensors commands take: an {@code --input} file (image or CSV) and a
 * {@code --kernel} (inline text or CSV file). Problems become one-line {@link UsageException}s
 * that name the file and place.
 */
public final class TensorInputs {

    private TensorInputs() {
    }

    /**
     * Reads an input file: an image when its name ends in .png, .jpg, .jpeg, .bmp or .gif
     * (grayscale in [0, 1], or RGB with {@code rgb}), otherwise a CSV matrix.
     *
     * @param file the file as the user typed it
     * @param rgb true to keep an image's three colour channels
     * @return the tensor: {@code 1 × H × W}, or {@code 3 × H × W} for an RGB image
     * @throws UsageException if the file is missing or unreadable, or {@code rgb} is asked of a CSV file
     */
    public static Tensor input(String file, boolean rgb) throws UsageException {
        Path path = path(file, "--input");
        if (ImageFiles.hasImageExtension(path)) {
            try {
                return ImageFiles.read(path, rgb ? ImageOptions.rgb() : ImageOptions.grayscale());
            } catch (ImageProblem e) {
                throw UsageException.inInput(e.getMessage());
            }
        }
        if (rgb) {
            throw new UsageException("--rgb needs an image (.png, .jpg, .jpeg, .bmp or .gif); " + file
                    + " is read as CSV, which has one channel");
        }
        return csv(path);
    }

    /**
     * Reads a kernel: a CSV file when a file of that name exists or the value has neither
     * {@code ,} nor {@code ;} and is not a single number; otherwise inline text such as
     * {@code "1,-1;-1,1"}.
     *
     * @param value the option's value
     * @return a {@code 1 × k_h × k_w} tensor
     * @throws UsageException naming the row and column, or the file, line and column, of a problem
     */
    public static Tensor kernel(String value) throws UsageException {
        if (!isInline(value)) {
            return csv(path(value, "--kernel"));
        }
        try {
            return InlineMatrix.parse(value);
        } catch (MatrixProblem e) {
            throw UsageException.inInput("--kernel: " + e.getMessage());
        }
    }

    private static boolean isInline(String value) {
        try {
            if (Files.isRegularFile(Path.of(value))) {
                return false;
            }
        } catch (InvalidPathException e) {
            return true;
        }
        return value.contains(",") || value.contains(";") || value.strip().matches("[-+.0-9eE]+");
    }

    private static Tensor csv(Path path) throws UsageException {
        try {
            return MatrixCsv.read(path);
        } catch (MatrixProblem e) {
            throw UsageException.inInput(e.getMessage());
        }
    }

    private static Path path(String file, String option) throws UsageException {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw new UsageException(option + " '" + file + "' is not a valid file name (" + e.getReason() + ")");
        }
    }
}
