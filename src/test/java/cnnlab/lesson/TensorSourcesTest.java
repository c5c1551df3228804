package cnnlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import cnnlab.imaging.ImageFiles;
import cnnlab.imaging.ImageOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Generators, preset kernels and placeholders. */
class TensorSourcesTest {

    private static Tensor generate(String name, Integer h, Integer w, Integer channels, Long seed, Integer digit) {
        Problems problems = new Problems("test");
        Tensor t = TensorGenerators.generate(new TensorSpec.Generated(name, h, w, channels, seed, digit), "g", problems);
        assertEquals(List.of(), problems.all());
        return t;
    }

    private static Tensor sample(String name) throws Exception {
        Path file = LessonCatalog.bundledFolder().resolveSibling("sample-images").resolve(name);
        return ImageFiles.read(file, ImageOptions.grayscale().binarized(0.5f));
    }

    @Test
    void patternsMatchTheGeneratedSampleImages() throws Exception {
        assertEquals(sample("cross-5x5.png"), generate("cross", null, null, null, null, null));
        assertEquals(sample("checkerboard-8x8.png"), generate("checkerboard", null, null, null, null, null));
    }

    @Test
    void linesAndRamps() {
        Tensor diagonal = generate("diagonal", 4, 4, null, null, null);
        Tensor anti = generate("antidiagonal", 4, 4, null, null, null);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                assertEquals(y == x ? 1f : 0f, diagonal.get(0, y, x));
                assertEquals(y + x == 3 ? 1f : 0f, anti.get(0, y, x));
            }
        }
        Tensor vertical = generate("vertical-line", 3, 5, null, null, null);
        assertEquals(3f, vertical.get(0, 0, 2) + vertical.get(0, 1, 2) + vertical.get(0, 2, 2), "the middle column");
        assertEquals(3f, sum(vertical), "and nothing else");
        assertEquals(5f, sum(generate("horizontal-line", 3, 5, null, null, null)));
        Tensor ramp = generate("ramp", 1, 5, null, null, null);
        assertEquals(Tensor.of(new float[][] {{0, 0.25f, 0.5f, 0.75f, 1}}), ramp);
    }

    @Test
    void digitsAreFixedSevenByFiveBitmaps() {
        Tensor seven = generate("digit", null, null, null, null, 7);
        assertEquals(Shape.of(7, 5), seven.shape());
        assertEquals(5f, sum(seven.channel(0)) - sumBelowRow(seven, 1), "the top bar of a 7 is five cells");
        for (int d = 0; d <= 9; d++) {
            assertTrue(sum(generate("digit", null, null, null, null, d)) >= 10, "digit " + d + " has strokes");
        }
    }

    @Test
    void randomIsSeededBoundedAndPerChannel() {
        Tensor a = generate("random", 4, 4, 2, 5L, null);
        assertEquals(a, generate("random", 4, 4, 2, 5L, null), "same seed, same numbers");
        assertNotEquals(a, generate("random", 4, 4, 2, 6L, null));
        assertNotEquals(a.channel(0), a.channel(1));
        for (float v : a.toArray()) {
            assertTrue(v >= -1 && v <= 1 && Math.abs(v * 100 - Math.round(v * 100)) < 1e-3, "two decimals in [-1, 1]: " + v);
        }
        Tensor repeated = generate("checkerboard", 2, 2, 3, null, null);
        assertEquals(repeated.channel(0), repeated.channel(2), "patterns repeat in every channel");
    }

    @Test
    void presetsAreTheClassicKernels() {
        assertEquals(Tensor.of(new float[][] {{1, -1, -1}, {-1, 1, -1}, {-1, -1, 1}}), KernelPresets.get("diagonal"),
                "curriculum filter A");
        assertEquals(Tensor.of(new float[][] {{-1, 1, -1}, {-1, 1, -1}, {-1, 1, -1}}), KernelPresets.get("vertical-line"),
                "curriculum filter B");
        assertEquals(Tensor.of(new float[][] {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}}), KernelPresets.get("sobel-x"));
        for (String blur : List.of("box-blur", "gaussian-3", "gaussian-5", "identity")) {
            assertEquals(1f, sum(KernelPresets.get(blur)), 1e-6f, blur + " keeps brightness");
        }
        for (String edge : List.of("sobel-x", "sobel-y", "prewitt-x", "prewitt-y", "laplacian", "edge-5")) {
            assertEquals(0f, sum(KernelPresets.get(edge)), 1e-6f, edge + " is zero on flat regions");
        }
        assertEquals(24f, KernelPresets.get("edge-5").get(0, 2, 2));
        assertEquals(Shape.of(5, 5), KernelPresets.get("gaussian-5").shape());
    }

    @Test
    void placeholdersAreFoundAndFilled() {
        String text = "Max {output.max}, min {output.min}, {unknown.value} and {not a name}.";
        assertEquals(List.of("output.max", "output.min", "unknown.value"), Placeholders.names(text));
        assertEquals("Max 3, min -3, {unknown.value} and {not a name}.",
                Placeholders.fill(text, Map.of("output.max", "3", "output.min", "-3")));
        assertEquals("$1 {x}", Placeholders.fill("{a} {x}", Map.of("a", "$1")));
    }

    private static float sum(Tensor t) {
        float s = 0;
        for (float v : t.toArray()) {
            s += v;
        }
        return s;
    }

    private static float sumBelowRow(Tensor t, int row) {
        float s = 0;
        for (int y = row; y < t.shape().height(); y++) {
            for (int x = 0; x < t.shape().width(); x++) {
                s += t.get(0, y, x);
            }
        }
        return s;
    }
}
