package cnnlab.ui.playground;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.ConvTap;
import cnnlab.engine.PaddingRule;
import cnnlab.engine.ReferenceLoops;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import cnnlab.imaging.ImageChannels;
import cnnlab.imaging.WorkingSize;
import cnnlab.lesson.KernelPresets;
import cnnlab.ui.i18n.Language;
import cnnlab.ui.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The playground's model without a window: images read on the calling thread. */
class PlaygroundViewModelTest {

    static final Path SAMPLES = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("sample-images");
    static final Path DIAGONAL = SAMPLES.resolve("diagonal-6x6.png");

    @TempDir
    Path config;

    private PlaygroundViewModel model() {
        return new PlaygroundViewModel(new Messages(Language.ENGLISH), PlaygroundStore.inFolder(config), Runnable::run,
                Runnable::run);
    }

    /** The lesson-3 image at its own 6×6 size. */
    private PlaygroundViewModel diagonal() {
        PlaygroundViewModel model = model();
        model.setImageSetup(ImageSetup.NONE.withSize(new WorkingSize(6)));
        model.openImage(DIAGONAL);
        assertNotNull(model.inputProperty().get(), model.statusProperty().get());
        return model;
    }

    private static float[] row(Tensor map, int y) {
        float[] values = new float[map.shape().width()];
        for (int x = 0; x < values.length; x++) {
            values[x] = map.get(0, y, x);
        }
        return values;
    }

    @Test
    void theDiagonalDetectorGivesTheCurriculumMap() {
        PlaygroundViewModel model = diagonal();

        model.applyPreset("diagonal");

        Tensor map = model.mapsProperty().get().get(0).shown();
        assertEquals(new Shape(1, 4, 4), map.shape());
        assertArrayEquals(new float[] {3, -1, -3, -1}, row(map, 0));
        assertArrayEquals(new float[] {-3, 1, 0, -3}, row(map, 1));
    }

    @Test
    void everyMapEqualsTheNaiveLoopUnderEverySetting() {
        Random random = new Random(3);
        float[][][] in = new float[3][9][11];
        float[][][][] w = new float[1][3][3][2];
        for (float[][] plane : in) {
            for (float[] r : plane) {
                for (int i = 0; i < r.length; i++) {
                    r[i] = random.nextFloat();
                }
            }
        }
        for (float[][] plane : w[0]) {
            for (float[] r : plane) {
                for (int i = 0; i < r.length; i++) {
                    r[i] = random.nextFloat() * 2 - 1;
                }
            }
        }
        MapSettings settings = new MapSettings(2, PaddingRule.of(1), 2, true, false, Pooling.NONE, 2);
        PlaygroundState state = new PlaygroundState(List.of(new Kernel(Tensor.of(w[0]), 0.25f)), 0, settings);

        KernelMap map = FeatureMaps.compute(Tensor.of(in), state).get(0);

        double[][][] expected = ReferenceLoops.convolve(in, w, new float[] {0.25f}, 2, 1, 1, 1, 1, 2, true);
        assertEquals(new Shape(1, expected[0].length, expected[0][0].length), map.shown().shape());
        for (int y = 0; y < expected[0].length; y++) {
            for (int x = 0; x < expected[0][0].length; x++) {
                assertEquals(expected[0][y][x], map.shown().get(0, y, x), 1e-5, "(" + y + ", " + x + ")");
            }
        }
    }

    @Test
    void aWordTypedInACellIsRefusedAndTheOldValueKept() {
        PlaygroundViewModel model = diagonal();
        float before = model.state().selectedKernel().weights().get(0, 1, 1);

        Optional<String> refusal = model.typeCell(1, 1, "abc");

        assertTrue(refusal.isPresent());
        assertEquals("“abc” is not a number; the cell keeps " + (int) before + ".", refusal.get());
        assertEquals(before, model.state().selectedKernel().weights().get(0, 1, 1));
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void undoAndRedoWalkThroughEveryEdit() {
        PlaygroundViewModel model = diagonal();
        PlaygroundState start = model.state();
        model.typeCell(0, 0, "5");
        PlaygroundState typed = model.state();
        model.setSettings(typed.settings().withStride(2));
        model.transpose();
        PlaygroundState last = model.state();

        model.undo();
        model.undo();
        assertEquals(typed, model.state());
        model.undo();
        assertEquals(start, model.state());
        assertFalse(model.canUndoProperty().get());
        model.redo();
        model.redo();
        model.redo();
        assertEquals(last, model.state());
        assertFalse(model.canRedoProperty().get());
        assertEquals(FeatureMaps.compute(model.inputProperty().get(), last).get(0).shown(),
                model.mapsProperty().get().get(0).shown());
    }

    @Test
    void aDragIsOneUndoStep() {
        PlaygroundViewModel model = diagonal();
        PlaygroundState start = model.state();

        model.beginGesture();
        model.dragCell(0, 0, 1.5f);
        model.dragCell(0, 0, 2.5f);
        model.endGesture();

        assertEquals(2.5f, model.state().selectedKernel().weights().get(0, 0, 0));
        model.undo();
        assertEquals(start, model.state());
    }

    @Test
    void aPastedBlockGrowsASmallKernelToFit() {
        PlaygroundViewModel model = diagonal();
        model.resize(1, 1);

        Optional<String> problem = model.paste(0, 0, "1\t2\t3\n4\t5\t6\n7\t8\t9");

        assertEquals(Optional.empty(), problem);
        assertEquals(Tensor.of(new float[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}), model.state().selectedKernel().weights());
        assertTrue(model.paste(5, 5, "1 2 3").isPresent(), "a block reaching past 7×7 is refused");
    }

    @Test
    void hoverShowsTheEnginesTraceOfTheCell() {
        PlaygroundViewModel model = diagonal();
        model.applyPreset("diagonal");

        model.hover(0, 1, 2);

        CellTrace trace = model.hoverProperty().get();
        Tensor map = model.mapsProperty().get().get(0).shown();
        assertEquals(map.get(0, 1, 2), trace.conv().sum());
        assertEquals(1, trace.conv().windowTop());
        assertEquals(2, trace.conv().windowLeft());
        assertEquals(9, trace.conv().taps().size());
        for (ConvTap tap : trace.conv().taps()) {
            assertEquals(model.inputProperty().get().get(0, tap.inputY(), tap.inputX()), tap.input());
        }
        model.hover(0, -1, -1);
        assertNull(model.hoverProperty().get());
    }

    @Test
    void hoveringAMaxPooledCellTracesTheWinningCell() {
        PlaygroundViewModel model = diagonal();
        model.applyPreset("diagonal");
        model.setSettings(model.state().settings().withPooling(Pooling.MAX, 2));

        model.hover(0, 0, 0);

        CellTrace trace = model.hoverProperty().get();
        assertEquals(3f, trace.value()); // max of 3, −1, −3, 1
        assertEquals(trace.value(), trace.conv().sum());
        assertNotNull(trace.pool());
    }

    @Test
    void rgbImagesGiveKernelsOnePlanePerChannel() {
        PlaygroundViewModel model = diagonal();

        model.setImageSetup(model.imageProperty().get().withChannels(ImageChannels.RGB));

        assertEquals(3, model.inputProperty().get().shape().channels());
        assertEquals(3, model.state().selectedKernel().shape().channels());
        assertTrue(model.mapsProperty().get().get(0).ok());
    }

    @Test
    void theSetupSurvivesARestart() {
        PlaygroundViewModel model = diagonal();
        model.applyPreset("gaussian-5");
        model.addKernel();
        model.typeBias("0.5");
        model.setSettings(new MapSettings(2, PaddingRule.SAME, 1, true, true, Pooling.AVG, 2));
        model.showNumbersProperty().set(false);
        model.shownProperty().set(true);

        PlaygroundViewModel again = model();

        assertEquals(model.state(), again.state());
        assertEquals(model.imageProperty().get(), again.imageProperty().get());
        assertEquals(model.inputProperty().get(), again.inputProperty().get());
        assertFalse(again.showNumbersProperty().get());
        assertTrue(again.shownProperty().get());
        assertEquals(KernelPresets.get("gaussian-5"), again.state().kernels().get(0).weights());
    }

    @Test
    void aBrokenImageIsToldAndTheOldInputKept(@TempDir Path folder) throws Exception {
        PlaygroundViewModel model = diagonal();
        Tensor before = model.inputProperty().get();
        Path broken = java.nio.file.Files.writeString(folder.resolve("photo.png"), "not a picture");

        model.openImage(broken);

        assertEquals(before, model.inputProperty().get());
        assertTrue(model.statusProperty().get().contains("photo.png"), model.statusProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void theMapAndTheInputExportAsCsvAndPng(@TempDir Path folder) throws Exception {
        PlaygroundViewModel model = diagonal();
        model.applyPreset("diagonal");
        Path mapCsv = folder.resolve("map.csv");
        Path mapPng = folder.resolve("map.png");
        Path inputCsv = folder.resolve("input.csv");

        model.exportMapCsv(mapCsv);
        model.exportMapPng(mapPng);
        model.exportInputCsv(inputCsv, 0);

        assertEquals(model.mapsProperty().get().get(0).shown(), cnnlab.imaging.MatrixCsv.read(mapCsv));
        assertEquals(model.inputProperty().get(), cnnlab.imaging.MatrixCsv.read(inputCsv));
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(mapPng.toFile());
        int scale = cnnlab.imaging.FeatureMapPng.suggestedCellScale(new Shape(1, 4, 4));
        assertEquals(4 * scale, png.getWidth());
        assertEquals("Saved " + inputCsv, model.statusProperty().get());
    }

    @Test
    void aLessonsPlaygroundStepStartsFromItsKernelsAndSettings() throws Exception {
        cnnlab.lesson.PlaygroundStep step = new cnnlab.lesson.PlaygroundStep(null, new cnnlab.lesson.Text("t", "t"),
                new cnnlab.lesson.TensorSpec.Rows(List.of(List.of(1.0, 0.0, 0.0, 1.0), List.of(0.0, 1.0, 1.0, 0.0),
                        List.of(0.0, 1.0, 1.0, 0.0), List.of(1.0, 0.0, 0.0, 1.0))),
                List.of(new cnnlab.lesson.TensorSpec.Preset("laplacian")), 1, PaddingRule.of(1), true, null);

        PlaygroundViewModel model = PlaygroundStages.create(step, new cnnlab.lesson.LessonTensors(null),
                new Messages(Language.ENGLISH));

        assertTrue(model.fixedInput());
        Tensor map = model.mapsProperty().get().get(0).shown();
        Tensor convolved = cnnlab.engine.Conv2d.of(KernelPresets.get("laplacian"), 1, cnnlab.engine.Padding.uniform(1), 1)
                .apply(model.inputProperty().get());
        assertEquals(cnnlab.engine.Activations.relu(convolved), map);
        assertEquals(new Shape(1, 4, 4), map.shape());
    }
}
