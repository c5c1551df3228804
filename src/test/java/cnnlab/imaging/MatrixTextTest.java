package cnnlab.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link MatrixCsv} and {@link InlineMatrix}, which share one parser. */
class MatrixTextTest {

    @TempDir
    Path temp;

    @Test
    void csvSkipsCommentsBlankLinesSpacesAndAByteOrderMark() throws MatrixProblem {
        String text = "\uFEFF# the diagonal detector\n 1, -1 ,-1\n\n-1,1,-1\r\n  # middle\n-1,-1,1.5e0\n\n\n";

        assertEquals(Tensor.of(new float[][] {{1, -1, -1}, {-1, 1, -1}, {-1, -1, 1.5f}}), MatrixCsv.parse(text, "k.csv"));
    }

    @Test
    void csvNamesFileLineAndColumnOfABadCell() {
        assertEquals("m.csv:3:4: 'abc' is not a number", csvProblem("# header\n1,2,3\n4, abc,6\n"));
        assertEquals("m.csv:1:3: empty value (two commas in a row, or a comma at an end)", csvProblem("1,,2\n"));
        assertEquals("m.csv:1:1: '1;2;3' is not a number (separate numbers with commas)", csvProblem("1;2;3\n"));
        assertEquals("m.csv:1:3: '1e99' is too large (at most ±3.4028235E38)", csvProblem("0,1e99\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "0x10", "1f", "--1", "1e", "."})
    void onlyDecimalNumbersAreNumbers(String cell) {
        String text = "0," + cell + "\n";
        String message = csvProblem(text);
        assertTrue(message.startsWith("m.csv:1:3: '" + cell + "' is not a number"), message);
    }

    @Test
    void csvRaggedRowsNameBothLines() {
        assertEquals("m.csv:4: line 4 has 2 values but line 2 has 3", csvProblem("# c\n1,2,3\n4,5,6\n7,8\n"));
        assertEquals("m.csv:2: line 2 has 1 value but line 1 has 2", csvProblem("1,2\n3\n"));
    }

    @Test
    void csvWithoutNumbersIsEmpty() {
        String expected = "m.csv: no numbers found (the file is empty or holds only comments and blank lines)";
        assertEquals(expected, csvProblem(""));
        assertEquals(expected, csvProblem("# only a comment\n\n"));
    }

    @Test
    void inlineMatrixUsesRowAndColumnPlaces() throws MatrixProblem {
        assertEquals(Tensor.of(new float[][] {{1, -1, -1}, {-1, 1, -1}, {-1, -1, 1}}),
                InlineMatrix.parse("1,-1,-1;-1,1,-1;-1,-1,1"));
        assertEquals(Tensor.of(new float[][] {{0.5f, 2}}), InlineMatrix.parse(" 0.5 , 2 ; "));
        assertEquals("row 2, column 3: 'x' is not a number", inlineProblem("1,2,3;4,5,x"));
        assertEquals("row 2 has 2 values but row 1 has 3", inlineProblem("1,2,3;4,5"));
        assertEquals("no numbers found", inlineProblem(" ; "));
    }

    @Test
    void writtenCsvReadsBackExactly() throws IOException, MatrixProblem {
        Random random = new Random(11);
        float[] values = new float[5 * 4];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(12) - 6));
        }
        values[0] = 3;
        values[1] = -0f;
        Tensor tensor = Tensor.of(new Shape(1, 5, 4), values);
        Path file = temp.resolve("round.csv");

        MatrixCsv.write(tensor, 0, file);

        assertEquals(tensor.with(0, 0, 1, 0f), MatrixCsv.read(file));
        assertEquals("3,0,", Files.readString(file).substring(0, 4));
        assertEquals(tensor.with(0, 0, 1, 0f), InlineMatrix.parse(InlineMatrix.format(tensor, 0)));
    }

    @Test
    void csvFileProblemsNameTheFile() throws IOException {
        Path missing = temp.resolve("none.csv");
        Path binary = temp.resolve("image.csv");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xFF, (byte) 0xFE, 0});
        Path bad = temp.resolve("bad.csv");
        Files.writeString(bad, "1,2\nx,3\n", StandardCharsets.UTF_8);

        assertEquals(missing + ": no such file", assertThrows(MatrixProblem.class, () -> MatrixCsv.read(missing)).getMessage());
        assertEquals(binary + ": is not UTF-8 text, so it cannot be a CSV matrix",
                assertThrows(MatrixProblem.class, () -> MatrixCsv.read(binary)).getMessage());
        assertEquals(bad + ":2:1: 'x' is not a number",
                assertThrows(MatrixProblem.class, () -> MatrixCsv.read(bad)).getMessage());
    }

    private static String csvProblem(String text) {
        return assertThrows(MatrixProblem.class, () -> MatrixCsv.parse(text, "m.csv")).getMessage();
    }

    private static String inlineProblem(String text) {
        return assertThrows(MatrixProblem.class, () -> InlineMatrix.parse(text)).getMessage();
    }
}
