package cnnlab.imaging;

import cnnlab.engine.Tensor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A matrix as a CSV file: one row per line, numbers separated by commas, spaces around them
 * ignored. Lines starting with {@code #} are comments; blank lines are skipped. The result is a
 * single-channel tensor. Problems are reported as {@code file:line:column: what is wrong}.
 */
public final class MatrixCsv {

    /** Larger files are refused before reading; far beyond any matrix a lesson uses. */
    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private MatrixCsv() {
    }

    /**
     * Reads a CSV file (UTF-8).
     *
     * @param file the file
     * @return a {@code 1 × rows × columns} tensor
     * @throws MatrixProblem if the file is missing or unreadable, a cell is not a number, rows
     *     differ in length, or there are no numbers
     */
    public static Tensor read(Path file) throws MatrixProblem {
        if (Files.isDirectory(file)) {
            throw new MatrixProblem(file + ": is a folder, not a CSV file");
        }
        if (!Files.isRegularFile(file)) {
            throw new MatrixProblem(file + ": no such file");
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new MatrixProblem(file + ": is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB");
            }
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return parse(reader, file.toString());
            }
        } catch (CharacterCodingException e) {
            throw new MatrixProblem(file + ": is not UTF-8 text, so it cannot be a CSV matrix");
        } catch (IOException e) {
            throw new MatrixProblem(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Parses CSV text, for example a file's content held in memory.
     *
     * @param text the CSV text
     * @param fileName the name used in problem messages
     * @return a {@code 1 × rows × columns} tensor
     * @throws MatrixProblem as {@link #read}
     */
    public static Tensor parse(String text, String fileName) throws MatrixProblem {
        try {
            return parse(new BufferedReader(new StringReader(text)), fileName);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    private static Tensor parse(BufferedReader reader, String fileName) throws IOException, MatrixProblem {
        MatrixRows rows = new MatrixRows(fileName);
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            int offset = lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
            String content = line.substring(offset);
            if (!content.stripLeading().startsWith("#")) {
                rows.add(content, lineNumber, offset);
            }
        }
        return rows.toTensor();
    }

    /**
     * The CSV text of one plane: one line per row, numbers in {@link NumberText} form.
     *
     * @param tensor any tensor
     * @param channel the plane to write
     * @return the text, each line ending in a newline
     */
    public static String format(Tensor tensor, int channel) {
        StringBuilder text = new StringBuilder();
        for (int y = 0; y < tensor.shape().height(); y++) {
            for (int x = 0; x < tensor.shape().width(); x++) {
                text.append(x == 0 ? "" : ",").append(NumberText.format(tensor.get(channel, y, x)));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * Writes one plane as a CSV file (UTF-8), replacing the file if it exists, all or nothing ({@link AtomicFiles}).
     *
     * @param tensor any tensor
     * @param channel the plane to write
     * @param file the file
     * @throws IOException if the file cannot be written
     */
    public static void write(Tensor tensor, int channel, Path file) throws IOException {
        AtomicFiles.writeString(file, format(tensor, channel));
    }
}
