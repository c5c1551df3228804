package cnnlab.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cnnlab.app.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCommandTest {

    @TempDir
    Path temp;

    private String mnist;

    @BeforeEach
    void writeTheKerasNetwork() throws IOException {
        mnist = Files.writeString(temp.resolve("mnist.json"), CurriculumFiles.KERAS_MNIST).toString();
    }

    private CliRun run(String... args) {
        return CliRun.of(temp, args);
    }

    @Test
    void kerasMnistJsonHasTheCurriculumShapesAndParameters() {
        assertEquals("{\"layers\":["
                + "{\"name\":\"conv_1\",\"type\":\"conv\",\"outputShape\":[32,26,26],\"params\":320,\"receptiveField\":3,\"jump\":1},"
                + "{\"name\":\"conv_2\",\"type\":\"conv\",\"outputShape\":[64,24,24],\"params\":18496,\"receptiveField\":5,\"jump\":1},"
                + "{\"name\":\"maxpool_1\",\"type\":\"maxpool\",\"outputShape\":[64,12,12],\"params\":0,\"receptiveField\":6,\"jump\":2},"
                + "{\"name\":\"flatten_1\",\"type\":\"flatten\",\"outputShape\":[9216],\"params\":0},"
                + "{\"name\":\"dense_1\",\"type\":\"dense\",\"outputShape\":[128],\"params\":1179776},"
                + "{\"name\":\"scores\",\"type\":\"dense\",\"outputShape\":[10],\"params\":1290},"
                + "{\"name\":\"softmax_1\",\"type\":\"softmax\",\"outputShape\":[10],\"params\":0}],"
                + "\"totalParams\":1199882}\n",
                run("summary", "--network", mnist, "--json").ok());
    }

    @Test
    void tableIsKerasLikeWithThousandsSeparators() {
        assertEquals("""
                Input: 1×28×28

                Layer (type)          Output shape     Param #   RF   jump
                ==========================================================
                conv_1 (conv)         32×26×26             320    3      1
                conv_2 (conv)         64×24×24          18,496    5      1
                maxpool_1 (maxpool)   64×12×12               0    6      2
                flatten_1 (flatten)   9216                   0
                dense_1 (dense)       128            1,179,776
                scores (dense)        10                 1,290
                softmax_1 (softmax)   10                     0
                ==========================================================
                Total params: 1,199,882
                """, run("summary", "--network", mnist).ok());
    }

    @Test
    void rectangularKernelGivesANonSquareField() throws IOException {
        Path net = Files.writeString(temp.resolve("rect.json"), """
                {"input": [3, 8, 8], "layers": [
                  {"type": "conv", "filters": 2, "kernel": [3, 5], "bias": false},
                  {"type": "avgpool", "size": 2},
                  {"type": "conv", "filters": 4, "kernel": 3, "padding": "same"}]}
                """);

        // (3·5·3)·2 = 90 without bias; (3·3·2 + 1)·4 = 76; field 3×5 → +1·1 → 4×6 → +2·2 → 8×10.
        assertEquals("{\"layers\":["
                + "{\"name\":\"conv_1\",\"type\":\"conv\",\"outputShape\":[2,6,4],\"params\":90,\"receptiveField\":[3,5],\"jump\":1},"
                + "{\"name\":\"avgpool_1\",\"type\":\"avgpool\",\"outputShape\":[2,3,2],\"params\":0,\"receptiveField\":[4,6],\"jump\":2},"
                + "{\"name\":\"conv_2\",\"type\":\"conv\",\"outputShape\":[4,3,2],\"params\":76,\"receptiveField\":[8,10],\"jump\":2}],"
                + "\"totalParams\":166}\n", run("summary", "--network", net.toString(), "--json").ok());
    }
}
