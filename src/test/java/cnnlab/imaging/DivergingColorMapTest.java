package cnnlab.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.Tensor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DivergingColorMapTest {

    private static final DivergingColorMap MAP = DivergingColorMap.BLUE_ORANGE;

    @TempDir
    Path temp;

    @Test
    void zeroIsNeutralAndTheEndsAreTheRampEnds() {
        assertEquals(0xFFF7F7F7, MAP.argb(0, 3));
        assertEquals(0xFF2166AC, MAP.argb(-3, 3));
        assertEquals(0xFFB35806, MAP.argb(3, 3));
        assertEquals(0xFF2166AC, MAP.argb(-30, 3), "values beyond the scale take the end colour");
        assertEquals(MAP.neutral(), MAP.argb(5, 0), "a zero scale colours everything neutral");
        assertEquals(DivergingColorMap.NOT_A_NUMBER, MAP.argb(Float.NaN, 3));
    }

    @Test
    void negativeIsBlueAndPositiveIsOrangeAtEveryStrength() {
        for (int step = 1; step <= 10; step++) {
            float v = step / 10f;
            int negative = MAP.argb(-v, 1);
            int positive = MAP.argb(v, 1);
            assertTrue(blue(negative) > red(negative), "negative " + v + " should be bluish");
            assertTrue(red(positive) > blue(positive), "positive " + v + " should be orange");
        }
    }

    @Test
    void strongerValuesAreDarkerOnBothSides() {
        double previousNegative = lightness(MAP.argb(0, 1));
        double previousPositive = previousNegative;
        for (int step = 1; step <= 20; step++) {
            float v = step / 20f;
            double negative = lightness(MAP.argb(-v, 1));
            double positive = lightness(MAP.argb(v, 1));
            assertTrue(negative < previousNegative, "at -" + v);
            assertTrue(positive < previousPositive, "at " + v);
            previousNegative = negative;
            previousPositive = positive;
        }
    }

    @Test
    void fillUsesThePlanesOwnSymmetricScale() {
        Tensor tensor = Tensor.of(new float[][][] {{{1, -2}, {0, 2}}, {{9, 9}, {9, 9}}});
        int[] target = new int[5];
        target[4] = 42;

        MAP.fill(tensor, 0, target);

        assertEquals(2f, DivergingColorMap.symmetricScale(tensor, 0));
        assertArrayEquals(new int[] {MAP.argb(1, 2), 0xFF2166AC, 0xFFF7F7F7, 0xFFB35806, 42}, target);
        assertThrows(IllegalArgumentException.class, () -> MAP.fill(tensor, 0, new int[3]));
        assertThrows(IllegalArgumentException.class, () -> MAP.fill(tensor, 2, target));
    }

    @Test
    void pngShowsEachCellAsAScaledBlock() throws IOException {
        Tensor map = Tensor.of(new float[][] {{-1, 0, 1}, {0.5f, 0, -0.5f}});
        Path file = temp.resolve("map.png");

        FeatureMapPng.write(map, file, 4);

        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(12, image.getWidth());
        assertEquals(8, image.getHeight());
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 12; x++) {
                assertEquals(MAP.argb(map.get(0, y / 4, x / 4), 1), image.getRGB(x, y), "pixel (" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void suggestedScaleAimsForAboutFiveHundredPixels() {
        assertEquals(64, FeatureMapPng.suggestedCellScale(cnnlab.engine.Shape.of(4, 4)));
        assertEquals(19, FeatureMapPng.suggestedCellScale(cnnlab.engine.Shape.of(26, 10)));
        assertEquals(1, FeatureMapPng.suggestedCellScale(cnnlab.engine.Shape.of(2000, 3)));
    }

    @Test
    void pngOfSeveralChannelsIsRefused() {
        Tensor two = Tensor.of(new float[][][] {{{1}}, {{2}}});

        assertThrows(IllegalArgumentException.class, () -> FeatureMapPng.write(two, temp.resolve("x.png"), 1));
    }

    private static int red(int argb) {
        return (argb >> 16) & 0xFF;
    }

    private static int blue(int argb) {
        return argb & 0xFF;
    }

    private static double lightness(int argb) {
        return 0.299 * red(argb) + 0.587 * ((argb >> 8) & 0xFF) + 0.114 * blue(argb);
    }
}
