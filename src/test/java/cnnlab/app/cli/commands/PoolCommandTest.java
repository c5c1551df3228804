package cnnlab.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cnnlab.app.CliRun;
import cnnlab.engine.Conv2d;
import cnnlab.engine.Padding;
import cnnlab.engine.Tensor;
import cnnlab.imaging.InlineMatrix;
import cnnlab.imaging.MatrixCsv;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoolCommandTest {

    @TempDir
    Path temp;

    /** The 4×4 diagonal-detector map of lesson 3, computed by the engine and saved as CSV. */
    private String map;

    @BeforeEach
    void writeTheDiagonalMap() throws Exception {
        Tensor input = MatrixCsv.read(CurriculumFiles.diagonalCsv(temp));
        Tensor featureMap = Conv2d.of(InlineMatrix.parse(CurriculumFiles.DIAGONAL_KERNEL), 1, Padding.NONE, 1)
                .apply(input);
        Path file = temp.resolve("map.csv");
        MatrixCsv.write(featureMap, 0, file);
        map = file.toString();
    }

    private CliRun run(String... args) {
        return CliRun.of(temp, args);
    }

    @Test
    void maxPoolingTheDiagonalMapGivesTheCurriculumResult() {
        assertEquals("{\"shape\":[1,2,2],\"values\":[[[3,0],[3,1]]]}\n", run("pool", "--input", map, "--json").ok());
        assertEquals("{\"shape\":[1,2,2],\"values\":[[[3,0],[3,1]]]}\n",
                run("pool", "--input", map, "--size", "2", "--stride", "2", "--kind", "max", "--json").ok());
    }

    @Test
    void averagePoolingTakesTheMeanOfEachWindow() {
        // (3 - 1 - 3 + 1)/4, (-3 - 1 - 3 + 0)/4, (-3 - 3 + 3 - 2)/4, (0 + 1 - 2 - 1)/4
        assertEquals("    0  -1.75\n-1.25   -0.5\n", run("pool", "--input", map, "--kind", "avg").ok());
    }

    @Test
    void strideAndPaddingShapeTheOutput() {
        assertEquals("{\"shape\":[1,3,3],\"values\":[[[3,1,0],[1,1,1],[3,0,1]]]}\n",
                run("pool", "--input", map, "--size", "2", "--stride", "1", "--json").ok());
        // Windows start at -1, 1 and 3; padding cells never win.
        assertEquals("{\"shape\":[1,3,3],\"values\":[[[3,-1,-1],[-3,1,1],[3,-2,-1]]]}\n",
                run("pool", "--input", map, "--size", "2", "--padding", "1", "--json").ok());
    }

    @Test
    void theCommittedPngPoolsToo() {
        assertEquals("{\"shape\":[1,3,3],\"values\":[[[1,0,1],[1,1,1],[1,1,1]]]}\n",
                run("pool", "--input", CurriculumFiles.DIAGONAL_PNG.toString(), "--json").ok());
    }
}
