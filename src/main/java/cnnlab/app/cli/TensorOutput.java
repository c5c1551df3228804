package cnnlab.app.cli;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import cnnlab.imaging.FeatureMapPng;
import cnnlab.imaging.NumberText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Shows a computed tensor: as JSON {@code {"shape":[C,H,W],"values":[[[...]]]}}, as an aligned
 * grid for people, or as a colour-mapped PNG.
 */
public final class TensorOutput {

    /** The {@code --json} flag of commands that print a tensor. */
    public static final OptionSpec JSON_OPTION =
            OptionSpec.flag("json", "Print {\"shape\":[C,H,W],\"values\":[[[...]]]} instead of a grid.");

    /** The {@code --out} option of commands that print a tensor. */
    public static final OptionSpec OUT_OPTION =
            OptionSpec.value("out", "MAP.png", "Also draw the result as a PNG: blue negative, orange positive.");

    private static final String COLUMN_GAP = "  ";

    private TensorOutput() {
    }

    /**
     * Shows a command's result as its {@link #JSON_OPTION} and {@link #OUT_OPTION} ask: writes
     * the PNG if {@code --out} was given, then prints JSON or a grid.
     *
     * @param tensor the result
     * @param args the command's arguments, which declare both options
     * @param out where the result is printed
     * @throws UsageException if the PNG cannot be written or a value overflowed
     */
    public static void show(Tensor tensor, ParsedArgs args, PrintStream out) throws UsageException {
        if (args.value(OUT_OPTION.name()).isPresent()) {
            writePng(tensor, args.value(OUT_OPTION.name()).get());
        }
        print(tensor, args.flag(JSON_OPTION.name()), out);
    }

    /**
     * Prints the tensor as JSON or as a grid, after checking that every value is finite.
     *
     * @param tensor the result
     * @param json true for JSON, false for the grid
     * @param out where it goes
     * @throws UsageException if a value overflowed the float range
     */
    public static void print(Tensor tensor, boolean json, PrintStream out) throws UsageException {
        requireFinite(tensor);
        out.print(json ? json(tensor) + "\n" : grid(tensor));
    }

    /**
     * @param tensor a tensor of finite values
     * @return {@code {"shape":[C,H,W],"values":[[[...]]]}}, values nested channel, row, column
     */
    public static String json(Tensor tensor) {
        Shape shape = tensor.shape();
        StringBuilder text = new StringBuilder("{\"shape\":[");
        text.append(shape.channels()).append(',').append(shape.height()).append(',').append(shape.width());
        text.append("],\"values\":[");
        for (int c = 0; c < shape.channels(); c++) {
            text.append(c == 0 ? "[" : ",[");
            for (int y = 0; y < shape.height(); y++) {
                text.append(y == 0 ? "[" : ",[");
                for (int x = 0; x < shape.width(); x++) {
                    text.append(x == 0 ? "" : ",");
                    Json.appendNumber(text, tensor.get(c, y, x));
                }
                text.append(']');
            }
            text.append(']');
        }
        return text.append("]}").toString();
    }

    /**
     * @param tensor any tensor
     * @return the values right-aligned in columns, one line per row; with several channels each
     *     plane gets a heading {@code channel N:} and planes are separated by a blank line
     */
    public static String grid(Tensor tensor) {
        Shape shape = tensor.shape();
        String[] cells = new String[shape.size()];
        int width = 1;
        for (int i = 0; i < cells.length; i++) {
            cells[i] = NumberText.format(tensor.getFlat(i));
            width = Math.max(width, cells[i].length());
        }
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < shape.channels(); c++) {
            if (shape.channels() > 1) {
                text.append(c == 0 ? "" : "\n").append("channel ").append(c + 1).append(":\n");
            }
            for (int y = 0; y < shape.height(); y++) {
                for (int x = 0; x < shape.width(); x++) {
                    String cell = cells[shape.index(c, y, x)];
                    text.append(x == 0 ? "" : COLUMN_GAP).append(" ".repeat(width - cell.length())).append(cell);
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    /**
     * Writes a single-channel result as a diverging-colour PNG, each cell a block of
     * {@link FeatureMapPng#suggestedCellScale} pixels.
     *
     * @param tensor the result
     * @param file the {@code --out} value
     * @throws UsageException if the tensor has several channels or the file cannot be written
     */
    public static void writePng(Tensor tensor, String file) throws UsageException {
        if (tensor.shape().channels() != 1) {
            throw new UsageException("--out draws one channel, but the result has " + tensor.shape().channels()
                    + "; leave out --rgb");
        }
        try {
            FeatureMapPng.write(tensor, Path.of(file), FeatureMapPng.suggestedCellScale(tensor.shape()));
        } catch (InvalidPathException e) {
            throw new UsageException("--out '" + file + "' is not a valid file name (" + e.getReason() + ")");
        } catch (IOException e) {
            throw UsageException.inInput(file + ": cannot write the PNG (" + whyNotWritten(e) + ")");
        }
    }

    private static String whyNotWritten(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException failure && failure.getReason() != null) {
            return failure.getReason();
        }
        return ErrorLog.summary(e);
    }

    private static void requireFinite(Tensor tensor) throws UsageException {
        for (int i = 0; i < tensor.shape().size(); i++) {
            if (!Float.isFinite(tensor.getFlat(i))) {
                throw UsageException.inInput("the result holds values beyond the float range (±"
                        + Float.MAX_VALUE + "); use smaller numbers");
            }
        }
    }
}
