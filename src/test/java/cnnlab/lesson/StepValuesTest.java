package cnnlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.Activations;
import cnnlab.engine.Conv2d;
import cnnlab.engine.Padding;
import cnnlab.engine.PaddingRule;
import cnnlab.engine.Tensor;
import cnnlab.imaging.NumberText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The values texts name: per-layer rows of a summary, the settings of a convolution, a
 * playground's maps, numbers grouped for the reader, and values computed again for the settings
 * a student has changed.
 */
class StepValuesTest {
    private static final LessonTensors TENSORS = new LessonTensors(null);
    private static final String TEXT = "\"text\": {\"en\": \"Look\", \"zh\": \"看\"}";
    private static final String MNIST = "{\"input\": [1, 28, 28], \"layers\": [{\"type\": \"conv\", \"filters\": 32,"
            + " \"kernel\": 3}, {\"type\": \"relu\"}, {\"type\": \"conv\", \"filters\": 64, \"kernel\": 3},"
            + " {\"type\": \"relu\"}, {\"type\": \"maxpool\", \"size\": 2}, {\"type\": \"flatten\"},"
            + " {\"type\": \"dense\", \"units\": 128}, {\"type\": \"relu\"}, {\"type\": \"dense\", \"units\": 10},"
            + " {\"type\": \"softmax\"}]}";
    private static final String DIAGONAL = "{\"generate\": \"diagonal\", \"height\": 6, \"width\": 6}";

    private static Step step(String json) {
        LoadedLesson loaded = LessonLoader.parse("{\"id\": \"values\", \"order\": 1, \"title\": {\"en\": \"x\","
                + " \"zh\": \"例\"}, \"steps\": [" + json + "]}", "values.json", null);
        assertTrue(loaded.ok(), loaded.problems().toString());
        return loaded.lesson().steps().get(0);
    }

    private static ConvolutionStep convolution(String extra) {
        return (ConvolutionStep) step("{\"type\": \"convolution\", " + TEXT + ", \"input\": " + DIAGONAL
                + ", \"kernels\": [{\"preset\": \"diagonal\"}]" + extra + "}");
    }

    @Test
    void everyRowOfTheSummaryHasItsOwnPlaceholders() throws Exception {
        Step network = step("{\"type\": \"network\", " + TEXT + ", \"network\": " + MNIST + "}");
        Map<String, String> en = StepValues.of(network, TENSORS, "en");
        // curriculum row 10: the Keras MNIST summary
        assertEquals("320", en.get("layers[0].params"));
        assertEquals("32×26×26", en.get("layers[0].outputShape"));
        assertEquals("18,496", en.get("layers[2].params"));
        assertEquals("64×12×12", en.get("layers[4].outputShape"));
        assertEquals("9,216", en.get("layers[5].outputShape"), "flatten");
        assertEquals("9,216", en.get("layers[4].outputSize"), "as many values as flatten lays out");
        assertEquals("1,179,776", en.get("layers[6].params"));
        assertEquals("1,290", en.get("layers[8].params"));
        assertEquals("1,199,882", en.get("params.total"));
        assertEquals("3×3", en.get("layers[0].field"));
        assertEquals("6×6", en.get("layers[4].field"), "5×5 after two 3×3 convolutions, one more after 2×2 pooling");
        assertFalse(en.containsKey("layers[5].field"), "flatten has no map, so no field");
        assertEquals(en, StepValues.of(network, TENSORS, "zh"), "Chinese groups digits in thousands too");
    }

    @Test
    void aReceptiveFieldStepNamesEveryLayersField() throws Exception {
        Step field = step("{\"type\": \"receptiveField\", " + TEXT + ", \"network\": {\"input\": [1, 11, 11],"
                + " \"layers\": [{\"type\": \"conv\", \"filters\": 1, \"kernel\": 3, \"stride\": 2},"
                + " {\"type\": \"conv\", \"filters\": 1, \"kernel\": 3}]}}");
        Map<String, String> values = StepValues.of(field, TENSORS);
        assertEquals("3×3", values.get("layers[0].field"));
        assertEquals("7×7", values.get("layers[1].field"), "curriculum row 7: stride 2 first, then 3 + 2·2");
        assertEquals("7", values.get("field.width"));
    }

    @Test
    void aConvolutionNamesItsSettings() throws Exception {
        ConvolutionStep step = convolution(", \"padding\": 1, \"dilation\": 1");
        Map<String, String> values = StepValues.of(step, TENSORS);
        assertEquals("1", values.get("stride"));
        assertEquals("1", values.get("padding"));
        assertEquals("1", values.get("dilation"));
        assertEquals("3", values.get("kernel.height"));
        assertEquals("3", values.get("kernel.width"));
        assertEquals("6", values.get("output.width"));
        Map<String, String> even = StepValues.of(step.withLayer(new ConvolutionLayer(
                List.of(new TensorSpec.Rows(List.of(List.of(1.0, 1.0, 1.0, 1.0)))), null, 1, PaddingRule.SAME, 1,
                false, false)), TENSORS);
        assertEquals("0/0/1/2", even.get("padding"), "uneven \"same\" padding: top/bottom/left/right");
        assertEquals("4", even.get("kernel.width"));
        assertEquals("1", even.get("kernel.height"));
    }

    @Test
    void valuesForSettingsTheStudentChangedAreTheEngines() throws Exception {
        ConvolutionStep step = convolution(", \"padding\": 1, \"controls\": [\"padding\", \"stride\"]");
        ConvolutionLayer changed = new ConvolutionLayer(step.kernels(), null, 2, PaddingRule.of(0), 1, false, true);
        Map<String, String> values = StepValues.of(step.withLayer(changed), TENSORS);
        Tensor input = TENSORS.resolve(step.input());
        Tensor output = Activations.relu(Conv2d.of(KernelPresets.get("diagonal"), 2, Padding.NONE, 1).apply(input));
        assertEquals(Integer.toString(output.shape().width()), values.get("output.width"));
        assertEquals("2", values.get("output.width"), "⌊(6 − 3)/2⌋ + 1");
        assertEquals(NumberText.display(output.max(), Locale.ENGLISH), values.get("output.max"));
        assertEquals("0", values.get("output.min"), "ReLU on");
        assertEquals("2", values.get("stride"));
        assertEquals("0", values.get("padding"));
        assertEquals("6", StepValues.of(step, TENSORS).get("output.width"), "the step itself is unchanged");
    }

    @Test
    void changedSettingsNeedNotMeetTheAuthorsExpect() throws Exception {
        ConvolutionStep step = convolution(", \"padding\": 1, \"controls\": [\"stride\"],"
                + " \"expect\": {\"shape\": [1, 6, 6]}");
        ConvolutionLayer layer = step.layer();
        ConvolutionLayer stride2 = new ConvolutionLayer(layer.kernels(), null, 2, layer.padding(), 1, false, false);
        assertEquals("3", StepValues.of(step.withLayer(stride2), TENSORS).get("output.width"), "⌊(6 + 2 − 3)/2⌋ + 1");
        assertNotNull(step.expect());
        assertNull(step.withLayer(layer).expect(), "the author's check belongs to the step's own settings");
    }

    @Test
    void settingsThatCannotBeComputedSayWhy() {
        ConvolutionStep step = (ConvolutionStep) step("{\"type\": \"convolution\", " + TEXT + ", \"input\": [[1, 0],"
                + " [0, 1]], \"kernels\": [[[1]]], \"controls\": [\"kernel\"]}");
        List<Double> ones = List.of(1.0, 1.0, 1.0);
        ConvolutionLayer tooBig = new ConvolutionLayer(List.of(new TensorSpec.Rows(List.of(ones, ones, ones))), null, 1,
                PaddingRule.VALID, 1, false, false);
        ProblemsException e = assertThrows(ProblemsException.class, () -> StepValues.of(step.withLayer(tooBig), TENSORS));
        assertTrue(e.problems().get(0).message().contains("the window is 3 rows tall but the padded input is only 2"),
                e.problems().toString());
    }

    @Test
    void theNamesThatChangeWithTheControls() {
        ConvolutionStep step = convolution(", \"padding\": 1, \"controls\": [\"padding\", \"stride\"]");
        Set<String> changing = StepValues.changing(step);
        assertTrue(changing.containsAll(List.of("output.width", "output.height", "output.max", "padding", "stride")),
                changing.toString());
        assertFalse(changing.contains("input.width") || changing.contains("dilation")
                || changing.contains("kernel.height"), changing.toString());
        assertEquals(Set.of("output.max", "output.min"), StepValues.changing(convolution(", \"controls\": [\"relu\"]")));
        assertTrue(StepValues.changing(convolution(", \"padding\": \"same\", \"controls\": [\"stride\"]"))
                .contains("padding"), "\"same\" padding follows the stride");
        assertEquals(Set.of(), StepValues.changing(convolution("")), "no controls, nothing changes");
        Step playground = step("{\"type\": \"playground\", " + TEXT + ", \"input\": " + DIAGONAL
                + ", \"kernels\": [{\"preset\": \"sobel-x\"}, {\"preset\": \"sobel-y\"}]}");
        assertTrue(StepValues.changing(playground).containsAll(List.of("maps[1].max", "kernels[0].width", "stride")));
        assertFalse(StepValues.changing(playground).contains("input.max"));
    }

    @Test
    void everyNameThatChangesIsANameTheStepComputes() throws Exception {
        ConvolutionStep step = convolution(", \"controls\": [\"kernel\", \"stride\", \"padding\", \"dilation\","
                + " \"flip\", \"relu\"]");
        assertTrue(StepValues.of(step, TENSORS).keySet().containsAll(StepValues.changing(step)));
    }

    @Test
    void theSizeFormulaUsesTheEnginesNumbers() throws Exception {
        ConvolutionStep step = convolution(", \"padding\": 1, \"stride\": 2, \"showSizeFormula\": true");
        assertTrue(step.showSizeFormula());
        ConvolutionSetup setup = ConvolutionSetup.of(step, TENSORS);
        SizeFormula rows = SizeFormula.rows(setup);
        assertEquals(setup.output().shape().height(), rows.output());
        assertEquals("⌊(6 + 2·1 − 1·(3 − 1) − 1)/2⌋ + 1 = 3", rows.text());
        ConvolutionSetup dilated = ConvolutionSetup.of(convolution(", \"dilation\": 2"), TENSORS);
        assertEquals("⌊(6 + 2·0 − 2·(3 − 1) − 1)/1⌋ + 1 = 2", SizeFormula.columns(dilated).text());
        ConvolutionSetup even = ConvolutionSetup.of(step.withLayer(new ConvolutionLayer(
                List.of(new TensorSpec.Rows(List.of(List.of(1.0, 1.0, 1.0, 1.0)))), null, 1, PaddingRule.SAME, 1,
                false, false)), TENSORS);
        assertEquals("⌊(6 + 1 + 2 − 1·(4 − 1) − 1)/1⌋ + 1 = 6", SizeFormula.columns(even).text());
        assertEquals(even.output().shape().width(), SizeFormula.columns(even).output());
    }

    @Test
    void aPlaygroundNamesEachKernelsMap() throws Exception {
        PlaygroundStep step = (PlaygroundStep) step("{\"type\": \"playground\", " + TEXT + ", \"input\": " + DIAGONAL
                + ", \"kernels\": [{\"preset\": \"sobel-x\"}, {\"preset\": \"diagonal\"}], \"stride\": 2}");
        Map<String, String> values = StepValues.of(step, TENSORS);
        Tensor input = TENSORS.resolve(step.input());
        for (int i = 0; i < 2; i++) {
            Tensor map = Conv2d.of(TENSORS.resolve(step.kernels().get(i)), 2, Padding.NONE, 1).apply(input);
            assertEquals(NumberText.display(map.max(), Locale.ENGLISH), values.get("maps[" + i + "].max"));
            assertEquals(NumberText.display(map.min(), Locale.ENGLISH), values.get("maps[" + i + "].min"));
            assertEquals(Integer.toString(map.shape().width()), values.get("maps[" + i + "].width"));
        }
        assertEquals("2", values.get("maps[0].height"), "⌊(6 − 3)/2⌋ + 1");
        assertEquals("3", values.get("maps[1].max"), "filter A on a diagonal");
        assertEquals("3", values.get("kernels[0].height"));
        assertEquals("6", values.get("input.width"));
        assertEquals("2", values.get("stride"));
        Map<String, String> same = StepValues.of(step.withSettings(step.kernels(), 1, PaddingRule.SAME, true), TENSORS);
        assertEquals("6", same.get("maps[0].width"));
        assertEquals("0", same.get("maps[0].min"), "ReLU on");
    }

    @Test
    void indexedPlaceholdersAreFoundFilledAndSummed() {
        String text = "{layers[2].params} weights, {maps[0].max} at most, {output.shape}";
        assertEquals(List.of("layers[2].params", "maps[0].max", "output.shape"), Placeholders.names(text));
        assertEquals("18,496 weights, 3 at most, 10", Placeholders.fill(text,
                Map.of("layers[2].params", "18,496", "maps[0].max", "3", "output.shape", "10")));
        assertEquals("{params.total}, {layers[i].params} (i = 0 to 2), {layers[i].field} (i = 0)",
                Placeholders.summarize(List.of("params.total", "layers[0].params", "layers[0].field",
                        "layers[1].params", "layers[2].params")));
    }
}
