package cnnlab.ui.conv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.Activations;
import cnnlab.engine.Conv2d;
import cnnlab.engine.ConvSpec;
import cnnlab.engine.Padding;
import cnnlab.engine.PaddingRule;
import cnnlab.engine.Tensor;
import cnnlab.lesson.ConvolutionStep;
import cnnlab.lesson.LessonCatalog;
import cnnlab.lesson.LessonLoader;
import cnnlab.lesson.LessonTensors;
import cnnlab.lesson.LoadedLesson;
import cnnlab.lesson.Placeholders;
import cnnlab.lesson.Step;
import cnnlab.lesson.StepValues;
import cnnlab.timeline.Playhead;
import cnnlab.ui.i18n.Language;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.player.PlayerViewModel;
import cnnlab.ui.player.StageFactory;
import cnnlab.ui.settings.SettingsStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A convolution step's controls: every accepted change gives the engine's output for the new
 * settings (computed here with {@link Conv2d} directly), the texts' values follow, a refused
 * change keeps everything as it was, and changes undo.
 */
class ConvolutionControlsViewModelTest {
    /** A 2×2 input under a 3×3 kernel: only padding lets the window fit. */
    private static final String TIGHT = """
            {"id": "tight", "order": 1, "title": {"en": "t", "zh": "t"}, "steps": [
              {"type": "convolution", "text": {"en": "The map is {output.height}×{output.width}, p = {padding}.",
                                               "zh": "t"},
               "input": [[1, 2], [3, 4]], "kernels": [[[0, 1, 0], [0, 1, 1], [0, 0, 0]]], "padding": 1,
               "controls": ["padding", "dilation", "flip", "kernel"], "showSizeFormula": true}
            ]}
            """;

    private final Messages messages = new Messages(Language.ENGLISH);

    private static LoadedLesson bundled(String file) throws Exception {
        return LessonLoader.load(LessonCatalog.bundledFolder().resolve(file));
    }

    private static ConvolutionStep step(LoadedLesson lesson, int number) {
        return (ConvolutionStep) lesson.lesson().steps().get(number - 1);
    }

    private ConvolutionControlsViewModel controls(LoadedLesson lesson, int number) {
        Step step = step(lesson, number);
        LessonTensors tensors = new LessonTensors(lesson.file());
        return (ConvolutionControlsViewModel) StageFactory.create(step, tensors, Map.of(), messages);
    }

    private static Tensor input(LoadedLesson lesson, int number) throws Exception {
        return new LessonTensors(lesson.file()).resolve(step(lesson, number).input());
    }

    private static Tensor kernel(LoadedLesson lesson, int number) throws Exception {
        return new LessonTensors(lesson.file()).resolve(step(lesson, number).kernels().get(0));
    }

    private static void assertShows(Tensor expected, ConvolutionControlsViewModel model) {
        ConvolutionStageViewModel stage = model.stageProperty().get();
        assertEquals(expected.shape(), stage.outputShape());
        assertArrayEquals(expected.channel(0).toArray(), stage.outputValues(0));
    }

    @Test
    void strideChangesTheMapToTheEnginesAndTheTextFollows() throws Exception {
        LoadedLesson lesson = bundled("04-stride.json");
        ConvolutionControlsViewModel model = controls(lesson, 8);
        Tensor input = input(lesson, 8);
        Tensor kernel = kernel(lesson, 8);
        assertShows(Conv2d.of(kernel, 1, Padding.uniform(0), 1).apply(input), model);
        for (int stride = 2; stride <= 4; stride++) {
            assertEquals(Optional.empty(), model.setStride(stride));
            Tensor expected = Conv2d.of(kernel, stride, Padding.uniform(0), 1).apply(input);
            assertShows(expected, model);
            assertEquals(String.valueOf(expected.shape().width()), model.valuesProperty().get().get("output.width"));
            assertEquals(String.valueOf(stride), model.valuesProperty().get().get("stride"));
        }
        // CURRICULUM.md, lesson 4: 16 wide, 3×3, stride 4 gives ⌊13/4⌋ + 1 = 4
        assertEquals(4, model.stageProperty().get().outputShape().width());
        assertSame(model.stageProperty().get().playhead(), model.playheadProperty().get(),
                "the transport drives the new animation");
    }

    @Test
    void paddingAndStrideRewriteTheFormulaAndTheStepText() throws Exception {
        LoadedLesson lesson = bundled("05-padding.json");
        ConvolutionControlsViewModel model = controls(lesson, 12);
        assertEquals("Rows and columns: ⌊(6 + 2·1 − 1·(3 − 1) − 1)/1⌋ + 1 = 6", model.rowsFormulaProperty().get());
        model.setStride(2);
        // the example of lessons/README.md
        assertEquals("Rows and columns: ⌊(6 + 2·1 − 1·(3 − 1) − 1)/2⌋ + 1 = 3", model.rowsFormulaProperty().get());
        assertEquals("", model.columnsFormulaProperty().get());
        model.setPadding(PaddingRule.of(0));
        Tensor expected = Conv2d.of(kernel(lesson, 12), 2, Padding.uniform(0), 1).apply(input(lesson, 12));
        assertShows(expected, model);
        assertEquals("Rows and columns: ⌊(6 + 2·0 − 1·(3 − 1) − 1)/2⌋ + 1 = " + expected.shape().height(),
                model.rowsFormulaProperty().get());

        String text = Placeholders.fill(step(lesson, 12).text().in("en"), model.valuesProperty().get());
        assertTrue(text.contains("With p = 0 and s = 2 the map is " + expected.shape().height() + "×"
                + expected.shape().width() + "."), text);
        assertEquals(StepValues.of(step(lesson, 12).withLayer(model.layerProperty().get()),
                new LessonTensors(lesson.file()), "en"), model.valuesProperty().get());
    }

    @Test
    void thePlayerFillsTheTextWithTheChangedValues() throws Exception {
        LoadedLesson lesson = bundled("05-padding.json");
        PlayerViewModel player = new PlayerViewModel(List.of(new LessonCatalog.Entry(false, lesson)), messages,
                SettingsStore.none());
        player.selectLesson(0);
        player.goToStep(11);
        assertTrue(player.stepTextProperty().get().contains("With p = 1 and s = 1 the map is 6×6."));
        ConvolutionControlsViewModel model = (ConvolutionControlsViewModel) player.stageProperty().get();
        model.setStride(2);
        assertTrue(player.stepTextProperty().get().contains("With p = 1 and s = 2 the map is 3×3."),
                player.stepTextProperty().get());
        assertSame(model.playheadProperty().get(), player.transport().playheadProperty().get());
    }

    @Test
    void aWindowLargerThanThePaddedInputIsRefusedAndNothingChanges() throws Exception {
        LoadedLesson lesson = LessonLoader.parse(TIGHT, "tight", Path.of("lessons", "01-tight.json"));
        ConvolutionControlsViewModel model = controls(lesson, 1);
        ConvolutionStageViewModel before = model.stageProperty().get();
        Map<String, String> values = model.valuesProperty().get();

        Optional<String> refused = model.setPadding(PaddingRule.of(0));
        assertTrue(refused.isPresent());
        assertEquals("Padding 0 refused: the window would cover 3×3 cells but the padded input is only 2×2."
                + " Padding stays 1.", refused.get());
        assertEquals(refused.get(), model.refusalProperty().get());
        assertEquals(PaddingRule.of(1), model.layerProperty().get().padding());
        assertSame(before, model.stageProperty().get());
        assertSame(values, model.valuesProperty().get());
        assertFalse(model.canUndoProperty().get(), "a refusal is not a change");

        // dilation 2 spans 5 cells, more than the 4 of the padded input
        assertTrue(model.setDilation(2).isPresent());
        assertEquals(1, model.layerProperty().get().dilation());

        messages.languageProperty().set(Language.CHINESE);
        assertTrue(model.refusalProperty().get().startsWith("不能把空洞设为 2"), model.refusalProperty().get());
        assertTrue(model.rowsFormulaProperty().get().startsWith("行和列："));
        messages.languageProperty().set(Language.ENGLISH);

        assertEquals(Optional.empty(), model.setPadding(PaddingRule.of(2)));
        assertEquals("", model.refusalProperty().get(), "an accepted change clears the refusal");
    }

    @Test
    void flipAndReluGiveTheEnginesMaps() throws Exception {
        LoadedLesson lesson = LessonLoader.parse(TIGHT, "tight", Path.of("lessons", "01-tight.json"));
        ConvolutionControlsViewModel model = controls(lesson, 1);
        Tensor input = input(lesson, 1);
        Tensor kernel = kernel(lesson, 1);
        ConvSpec spec = ConvSpec.square(3, 1, 1, 1);
        model.setFlip(true);
        Tensor flipped = new Conv2d(List.of(kernel), new float[0], spec, true).apply(input);
        assertShows(flipped, model);
        assertFalse(java.util.Arrays.equals(flipped.toArray(), Conv2d.of(kernel, 1, Padding.uniform(1), 1)
                .apply(input).toArray()), "this kernel is not symmetric, so flipping shows");

        LoadedLesson activation = bundled("09-activation.json");
        ConvolutionControlsViewModel relu = controls(activation, 5);
        assertFalse(relu.stageProperty().get().showsRelu());
        relu.setRelu(true);
        Tensor map = Conv2d.of(kernel(activation, 5), 1, Padding.uniform(0), 1).apply(input(activation, 5));
        assertTrue(relu.stageProperty().get().showsRelu());
        assertArrayEquals(Activations.relu(map).toArray(), relu.stageProperty().get().reluPicture(0).get().values());
        assertEquals(Activations.relu(map).max(), Float.parseFloat(relu.valuesProperty().get().get("output.max")),
                1e-3);
        assertEquals(String.valueOf(0), relu.valuesProperty().get().get("output.min"), "ReLU clips the minimum");
    }

    @Test
    void typedAndPastedWeightsGoThroughTheEngine() throws Exception {
        LoadedLesson lesson = bundled("02-sliding-window.json");
        ConvolutionControlsViewModel model = controls(lesson, 8);
        Tensor input = input(lesson, 8);
        Tensor kernel = kernel(lesson, 8);

        assertEquals(Optional.empty(), model.typeCell(0, 0, "-1"));
        Tensor edited = kernel.with(0, 0, 0, -1);
        assertEquals(edited, model.editedWeights().getValue());
        assertShows(Conv2d.of(edited, 1, Padding.uniform(0), 1).apply(input), model);

        Optional<String> notNumber = model.typeCell(1, 1, "one");
        assertTrue(notNumber.isPresent());
        assertEquals(edited, model.editedWeights().getValue(), "a refused cell keeps its value");

        // a 6×6 block makes the kernel larger than the 5×5 input
        String block = String.join("\n", java.util.Collections.nCopies(6, "1 1 1 1 1 1"));
        Optional<String> tooLarge = model.paste(0, 0, block);
        assertEquals(Optional.of("Refused: the kernel would cover 6×6 cells but the padded input is only 5×5."
                + " The kernel keeps its weights."), tooLarge);
        assertEquals(edited, model.editedWeights().getValue());

        model.beginGesture();
        model.dragCell(2, 2, 0.5f);
        model.dragCell(2, 2, 0.7f);
        model.endGesture();
        Tensor dragged = edited.with(0, 2, 2, 0.7f);
        assertShows(Conv2d.of(dragged, 1, Padding.uniform(0), 1).apply(input), model);
        model.undo();
        assertEquals(edited, model.editedWeights().getValue(), "a drag undoes as one change");
        model.undo();
        assertEquals(kernel, model.editedWeights().getValue());
        assertFalse(model.canUndoProperty().get());
        model.redo();
        assertEquals(edited, model.editedWeights().getValue());
    }

    @Test
    void undoAndRedoStepThroughTheSettings() throws Exception {
        LoadedLesson lesson = bundled("05-padding.json");
        ConvolutionControlsViewModel model = controls(lesson, 12);
        model.setStride(2);
        model.setPadding(PaddingRule.of(2));
        model.undo();
        assertEquals(PaddingRule.of(1), model.layerProperty().get().padding());
        assertEquals(2, model.layerProperty().get().stride());
        model.undo();
        assertEquals(1, model.layerProperty().get().stride());
        assertEquals("6", model.valuesProperty().get().get("output.width"));
        assertTrue(model.canRedoProperty().get());
        model.redo();
        assertEquals(2, model.layerProperty().get().stride());
        assertShows(Conv2d.of(kernel(lesson, 12), 2, Padding.uniform(1), 1).apply(input(lesson, 12)), model);
    }

    @Test
    void thePlayheadStaysAtTheEndOrOnTheSameCell() throws Exception {
        LoadedLesson lesson = bundled("05-padding.json");
        ConvolutionControlsViewModel model = controls(lesson, 12);
        Playhead<?> first = model.playheadProperty().get();
        first.end();
        model.setStride(2);
        Playhead<?> second = model.playheadProperty().get();
        assertEquals(second.duration(), second.time(), "a finished map stays finished");

        double[] starts = second.timeline().stepStarts();
        second.seek(starts[2] + 0.1);
        second.play();
        model.setPadding(PaddingRule.of(0));
        Playhead<?> third = model.playheadProperty().get();
        assertEquals(third.timeline().stepStarts()[2] + 0.1, third.time(), 1e-9, "the third cell, as far in");
        assertTrue(third.playing(), "still playing");
    }

    @Test
    void spinnerBoundsAreWhatTheEngineAcceptsForThisInput() throws Exception {
        LoadedLesson lesson = bundled("05-padding.json");
        ConvolutionControlsViewModel model = controls(lesson, 12);
        // 6×6 input, 3×3 kernel, padding 1: 8 − 3 + 1 = 6 strides change the map; padding up to k − 1 = 2
        assertEquals(new ControlBounds(6, 2, 3), model.boundsProperty().get());
        model.setStride(6);
        assertEquals(1, model.stageProperty().get().outputShape().width());
    }
}
