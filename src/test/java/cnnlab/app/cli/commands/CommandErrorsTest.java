package cnnlab.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.app.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input to convolve, pool and summary: exit 2, one line on standard error
 * that names the file or option, the place and what is wrong, and no stack trace
 * ({@link CliRun#badInput()} checks the last three).
 */
class CommandErrorsTest {

    private static final String K = CurriculumFiles.DIAGONAL_KERNEL;

    @TempDir
    Path temp;

    private String diagonal;

    @BeforeEach
    void writeInputs() throws IOException {
        diagonal = CurriculumFiles.diagonalCsv(temp).toString();
    }

    private String error(String... args) {
        return CliRun.of(temp, args).badInput();
    }

    private String file(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content).toString();
    }

    @Test
    void missingFiles() {
        String csv = temp.resolve("nope.csv").toString();
        String png = temp.resolve("nope.png").toString();
        String net = temp.resolve("nope.json").toString();

        assertEquals("cnn-lab convolve: " + csv + ": no such file", error("convolve", "--input", csv, "--kernel", K));
        assertEquals("cnn-lab pool: " + png + ": no such file", error("pool", "--input", png));
        assertEquals("cnn-lab convolve: " + csv + ": no such file", error("convolve", "--input", diagonal, "--kernel", csv));
        assertEquals("cnn-lab summary: " + net + ":1:1: the file does not exist", error("summary", "--network", net));
    }

    @Test
    void cellThatIsNotANumber() throws IOException {
        String bad = file("bad.csv", "1,2,3\n4,abc,6\n");

        assertEquals("cnn-lab convolve: " + bad + ":2:3: 'abc' is not a number",
                error("convolve", "--input", bad, "--kernel", K));
        assertEquals("cnn-lab convolve: --kernel: row 2, column 2: 'abc' is not a number",
                error("convolve", "--input", diagonal, "--kernel", "1,2;3,abc"));
        assertEquals("cnn-lab convolve: option --bias needs a number: 'half' is not a number (see 'cnn-lab convolve --help')",
                error("convolve", "--input", diagonal, "--kernel", K, "--bias", "half"));
    }

    @Test
    void raggedRows() throws IOException {
        String ragged = file("ragged.csv", "1,0,1\n0,1,0\n1,0\n");

        assertEquals("cnn-lab pool: " + ragged + ":3: line 3 has 2 values but line 1 has 3", error("pool", "--input", ragged));
        assertEquals("cnn-lab convolve: --kernel: row 3 has 2 values but row 1 has 3",
                error("convolve", "--input", diagonal, "--kernel", "1,0,1;0,1,0;1,0"));
    }

    @Test
    void emptyFile() throws IOException {
        String empty = file("empty.csv", "");

        assertEquals("cnn-lab pool: " + empty + ": no numbers found (the file is empty or holds only comments and blank lines)",
                error("pool", "--input", empty));
    }

    @Test
    void badStridePaddingDilationAndKind() {
        assertEquals("cnn-lab convolve: option --stride must be at least 1, got 0 (see 'cnn-lab convolve --help')",
                error("convolve", "--input", diagonal, "--kernel", K, "--stride", "0"));
        assertEquals("cnn-lab convolve: option --padding needs a whole number of at least 0, 'valid' or 'same', got '-1'"
                + " (see 'cnn-lab convolve --help')", error("convolve", "--input", diagonal, "--kernel", K, "--padding", "-1"));
        assertEquals("cnn-lab convolve: option --dilation must be at least 1, got 0 (see 'cnn-lab convolve --help')",
                error("convolve", "--input", diagonal, "--kernel", K, "--dilation", "0"));
        assertEquals("cnn-lab pool: option --stride must be at least 1, got 0 (see 'cnn-lab pool --help')",
                error("pool", "--input", diagonal, "--stride", "0"));
        assertEquals("cnn-lab pool: option --padding needs a whole number of at least 0 or 'valid', got 'same'"
                + " (see 'cnn-lab pool --help')", error("pool", "--input", diagonal, "--padding", "same"));
        assertEquals("cnn-lab pool: padding 2 is more than half the pool size 2; a window could then cover only padding"
                + " (see 'cnn-lab pool --help')", error("pool", "--input", diagonal, "--padding", "2"));
        assertEquals("cnn-lab pool: option --kind must be max or avg, got 'mean' (see 'cnn-lab pool --help')",
                error("pool", "--input", diagonal, "--kind", "mean"));
    }

    @Test
    void emptyOutputGivesTheEnginesReasonAfterTheFile() {
        // Dilation 3 spreads the 3×3 kernel over d(k−1) + 1 = 7 rows.
        assertEquals("cnn-lab convolve: " + diagonal + " (1×6×6) with a 3×3 kernel: the window is 7 rows tall but the"
                + " padded input is only 6 (6 + padding 0), so the output would be empty; use a smaller kernel or"
                + " dilation, or more padding", error("convolve", "--input", diagonal, "--kernel", K, "--dilation", "3"));
        assertEquals("cnn-lab pool: " + diagonal + " (1×6×6) with a 7×7 window: the window is 7 rows tall but the padded"
                + " input is only 6 (6 + padding 0), so the output would be empty; use a smaller kernel or dilation, or"
                + " more padding", error("pool", "--input", diagonal, "--size", "7"));
    }

    @Test
    void unknownLayerTypeAndBrokenJson() throws IOException {
        String unknown = file("unknown.json", "{\"input\": [1, 8, 8],\n \"layers\": [{\"type\": \"conv2d\", \"filters\": 2}]}\n");
        String broken = file("broken.json", "{\"input\": [1, 8, 8],\n \"layers\": [\n");

        String unknownLine = error("summary", "--network", unknown);
        String brokenLine = error("summary", "--network", broken);

        assertTrue(unknownLine.startsWith("cnn-lab summary: " + unknown + ":2:"), unknownLine);
        assertTrue(unknownLine.contains("layers[0].type") && unknownLine.contains("conv2d"), unknownLine);
        assertEquals("cnn-lab summary: " + broken + ":3:1: the file ends too early: a { or [ is not closed,"
                + " or a text's closing \" is missing", brokenLine);
    }

    @Test
    void imageProblemsNameTheFile() throws IOException {
        String text = file("notes.png", "not an image\n");

        assertEquals("cnn-lab convolve: " + text + ": is not an image; expected a PNG, JPEG, BMP or GIF image",
                error("convolve", "--input", text, "--kernel", K));
    }

    @Test
    void unwritableOutNamesTheFile() {
        String out = temp.resolve("no-such-folder/map.png").toString();

        assertEquals("cnn-lab convolve: " + out + ": cannot write the PNG (its folder does not exist)",
                error("convolve", "--input", diagonal, "--kernel", K, "--out", out));
    }

    @Test
    void missingRequiredOptions() {
        assertEquals("cnn-lab convolve: missing option --kernel (see 'cnn-lab convolve --help')",
                error("convolve", "--input", diagonal));
        assertEquals("cnn-lab summary: missing option --network (see 'cnn-lab summary --help')", error("summary"));
    }
}
