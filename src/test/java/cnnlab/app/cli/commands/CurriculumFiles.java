package cnnlab.app.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The curriculum's example inputs (CURRICULUM.md, lessons 3, 4, 8 and 10) as files. */
final class CurriculumFiles {

    /** The 6×6 diagonal-detector image, lesson 3. */
    static final String[] DIAGONAL_ROWS = {"100001", "010010", "001100", "100010", "010010", "001010"};

    /** Filter A of lesson 3, the diagonal detector. */
    static final String DIAGONAL_KERNEL = "1,-1,-1;-1,1,-1;-1,-1,1";

    /** The committed PNG of the diagonal image. */
    static final Path DIAGONAL_PNG = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
            .resolve("sample-images/diagonal-6x6.png");

    /** The Keras MNIST example of lesson 10, without activations and dropout. */
    static final String KERAS_MNIST = """
            {"input": [1, 28, 28],
             "layers": [
               {"type": "conv", "filters": 32, "kernel": 3, "stride": 1, "padding": 0, "dilation": 1, "bias": true},
               {"type": "conv", "filters": 64, "kernel": 3},
               {"type": "maxpool", "size": 2, "stride": 2},
               {"type": "flatten"},
               {"type": "dense", "units": 128},
               {"type": "dense", "units": 10, "name": "scores"},
               {"type": "softmax"}]}
            """;

    private CurriculumFiles() {
    }

    /** Writes the diagonal image as CSV, one row per line, and returns the file. */
    static Path diagonalCsv(Path folder) throws IOException {
        StringBuilder csv = new StringBuilder("# lesson 3: the diagonal detector's input\n");
        for (String row : DIAGONAL_ROWS) {
            csv.append(String.join(",", row.split(""))).append('\n');
        }
        return Files.writeString(folder.resolve("diagonal.csv"), csv);
    }
}
