package cnnlab.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The committed PNGs in sample-images/ are exactly what {@link SampleImageGenerator} produces. */
class SampleImagesTest {

    private static final Path BASE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    private static final Path SAMPLES = BASE.resolve(SampleImageGenerator.DEFAULT_FOLDER);

    /** The diagonal-detector example as the curriculum gives it (lesson 3), written out by hand. */
    private static final int[][] CURRICULUM_DIAGONAL = {
        {1, 0, 0, 0, 0, 1},
        {0, 1, 0, 0, 1, 0},
        {0, 0, 1, 1, 0, 0},
        {1, 0, 0, 0, 1, 0},
        {0, 1, 0, 0, 1, 0},
        {0, 0, 1, 0, 1, 0},
    };

    private static Map<String, BufferedImage> generated;

    @BeforeAll
    static void generate() {
        generated = SampleImageGenerator.all();
    }

    static Stream<String> generatedNames() {
        return SampleImageGenerator.all().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generatedNames")
    void committedImageEqualsAFreshlyGeneratedOne(String name) throws IOException {
        BufferedImage expected = generated.get(name);
        BufferedImage committed = readCommitted(name);

        assertEquals(expected.getWidth(), committed.getWidth(), name + " width");
        assertEquals(expected.getHeight(), committed.getHeight(), name + " height");
        assertEquals(expected.getColorModel().getColorSpace().getType(),
                committed.getColorModel().getColorSpace().getType(), name + " colour space");
        assertEquals(expected.getRaster().getNumBands(), committed.getRaster().getNumBands(), name + " bands");
        assertEquals(8, committed.getColorModel().getComponentSize(0), name + " bits per sample");
        assertSamePixels(name, expected.getRaster(), committed.getRaster());
    }

    @Test
    void diagonalImageIsTheCurriculumMatrix() throws IOException {
        BufferedImage image = readCommitted("diagonal-6x6.png");

        assertEquals(BufferedImage.TYPE_BYTE_GRAY, image.getType());
        assertArrayEquals(CURRICULUM_DIAGONAL, thresholded(image.getRaster(), 128));
    }

    @Test
    void everyCommittedPngComesFromTheGenerator() throws IOException {
        Set<String> committed;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            committed = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.toLowerCase().endsWith(".png"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        assertEquals(new TreeSet<>(generated.keySet()), committed);
    }

    @Test
    void generatedGrayImagesAreByteGrayAndColourImagesIntRgb() {
        generated.forEach((name, image) -> assertTrue(
                image.getType() == BufferedImage.TYPE_BYTE_GRAY || image.getType() == BufferedImage.TYPE_INT_RGB,
                name + " has type " + image.getType()));
        assertEquals(BufferedImage.TYPE_INT_RGB, generated.get("scene-256.png").getType());
    }

    private static BufferedImage readCommitted(String name) throws IOException {
        Path file = SAMPLES.resolve(name);
        assertTrue(Files.isRegularFile(file), file + " is missing; run SampleImageGenerator");
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, file + " is not a readable image");
        return image;
    }

    /** Fails on the first sample that differs, naming its position and band. */
    private static void assertSamePixels(String name, Raster expected, Raster actual) {
        for (int band = 0; band < expected.getNumBands(); band++) {
            for (int y = 0; y < expected.getHeight(); y++) {
                for (int x = 0; x < expected.getWidth(); x++) {
                    int want = expected.getSample(x, y, band);
                    int got = actual.getSample(x, y, band);
                    if (want != got) {
                        assertEquals(want, got, name + " differs at (" + x + ", " + y + ") band " + band);
                    }
                }
            }
        }
    }

    /** 1 where the first band is at least {@code threshold}, else 0. */
    private static int[][] thresholded(Raster raster, int threshold) {
        int[][] bits = new int[raster.getHeight()][raster.getWidth()];
        for (int y = 0; y < raster.getHeight(); y++) {
            for (int x = 0; x < raster.getWidth(); x++) {
                bits[y][x] = raster.getSample(x, y, 0) >= threshold ? 1 : 0;
            }
        }
        return bits;
    }
}
