package cnnlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of mistake an instructor can make is reported with the file, the line and column of
 * the offending value, its JSON path, and a sentence saying what is wrong.
 */
class BrokenLessonsTest {

    @TempDir
    Path temp;

    private static final String TEMPLATE = """
            {
              "id": "broken",
              "order": 1,
              "title": {"en": "Broken", "zh": "坏的"},
              "steps": [
            %s
              ]
            }
            """;

    private static final String TEXT = "\"text\": {\"en\": \"Look\", \"zh\": \"看\"}";

    private static String lesson(String steps) {
        return TEMPLATE.formatted(steps);
    }

    private static LoadedLesson load(String json) {
        return LessonLoader.parse(json, "broken.json", null);
    }

    /** A convolution step on {@code input} with one kernel and extra fields. */
    private static String convolution(String input, String kernel, String extra) {
        return "{\"type\": \"convolution\", " + TEXT + ",\n \"input\": " + input + ",\n \"kernels\": [" + kernel + "]"
                + (extra.isEmpty() ? "" : ",\n " + extra) + "}";
    }

    /**
     * Asserts that exactly one problem sits at {@code path}, that it points at the first
     * occurrence of {@code anchor} in the file, and that its message contains {@code words}.
     */
    private static Problem assertProblem(LoadedLesson loaded, String json, String anchor, String path, String words) {
        List<Problem> at = loaded.problems().stream().filter(p -> p.path().equals(path)).toList();
        assertEquals(1, at.size(), "one problem at " + path + " in " + loaded.problems());
        Problem problem = at.get(0);
        int offset = json.indexOf(anchor);
        assertTrue(offset >= 0, anchor);
        String before = json.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = offset - before.lastIndexOf('\n');
        assertTrue(problem.toString().startsWith(loaded.source() + ":" + line + ":" + column + ": " + path + ": "),
                problem.toString() + " should be at " + line + ":" + column);
        assertTrue(problem.message().contains(words), problem.message() + " should say: " + words);
        assertFalse(loaded.ok(), "a lesson with errors has no model");
        return problem;
    }

    private static final String SMALL = "[[1, 0], [0, 1]]";

    @Test
    void unknownStepTypeListsTheKnownOnes() {
        String json = lesson("{\"type\": \"convolutoin\", " + TEXT + "}");
        Problem p = assertProblem(load(json), json, "\"convolutoin\"", "steps[0].type",
                "unknown step type \"convolutoin\" (did you mean \"convolution\"?)");
        assertTrue(p.message().endsWith("known step types: prose, convolution, pooling, receptiveField, network,"
                + " parameterCounter, playground, quiz, training, gradients, insight"), p.message());
    }

    @Test
    void unknownFieldIsNamedWithTheAllowedOnes() {
        String json = lesson(convolution(SMALL, "[[1]]", "\"strid\": 2"));
        Problem p = assertProblem(load(json), json, "\"strid\"", "steps[0].strid",
                "unknown field \"strid\" in a convolution step (did you mean \"stride\"?)");
        assertTrue(p.message().contains("allowed fields: type, title, text, input, kernels, bias, stride, padding,"),
                p.message());
        String top = lesson("{\"type\": \"prose\", " + TEXT + "}").replace("\"order\"", "\"ordre\"");
        assertProblem(load(top), top, "\"ordre\"", "ordre", "unknown field \"ordre\" in a lesson (did you mean \"order\"?)");
    }

    @Test
    void wrongTypesSayWhatWasExpected() {
        String json = lesson(convolution(SMALL, "[[1]]", "\"stride\": \"2\", \"relu\": 1"));
        assertProblem(load(json), json, "\"2\"", "steps[0].stride", "must be a whole number, but this is the text \"2\"");
        assertProblem(load(json), json, "1}", "steps[0].relu", "must be true or false, but this is the number 1");
    }

    @Test
    void kernelLargerThanThePaddedInputGivesTheEngineReason() {
        String json = lesson(convolution(SMALL, "[[1, 1, 1], [1, 1, 1], [1, 1, 1]]", ""));
        assertProblem(load(json), json, "[[1, 1, 1]", "steps[0].kernels[0]",
                "the window is 3 rows tall but the padded input is only 2 (2 + padding 0)");
        String padded = lesson(convolution(SMALL, "[[1, 1, 1], [1, 1, 1], [1, 1, 1]]", "\"padding\": 1"));
        assertTrue(load(padded).ok(), "padding 1 makes room: " + load(padded).problems());
    }

    @Test
    void focusCellOutsideItsMap() {
        String json = lesson("{\"type\": \"receptiveField\", " + TEXT + ",\n"
                + " \"network\": {\"input\": [1, 5, 5], \"layers\": [{\"type\": \"conv\", \"filters\": 1, \"kernel\": 3},"
                + " {\"type\": \"conv\", \"filters\": 1, \"kernel\": 3}]},\n"
                + " \"focus\": {\"layer\": 1, \"y\": 0, \"x\": 2}}");
        assertProblem(load(json), json, "2}}", "steps[0].focus.x", "column 2 is outside layer 1's 1×1 map");
        String noLayer = json.replace("\"layer\": 1", "\"layer\": 5");
        assertProblem(load(noLayer), noLayer, "5, \"y\"", "steps[0].focus.layer", "there is no layer 5");
    }

    @Test
    void missingChineseOrEnglishText() {
        String json = lesson("{\"type\": \"prose\", \"text\": {\"en\": \"Only English\"}},\n"
                + "{\"type\": \"prose\", \"text\": {\"zh\": \"只有中文\"}},\n"
                + "{\"type\": \"prose\", \"text\": \"plain\"}");
        LoadedLesson loaded = load(json);
        assertProblem(loaded, json, "{\"en\": \"Only", "steps[0].text", "the Chinese text \"zh\" is missing");
        assertProblem(loaded, json, "{\"zh\"", "steps[1].text", "the English text \"en\" is missing");
        assertProblem(loaded, json, "\"plain\"", "steps[2].text", "a text needs both languages");
        assertEquals(3, loaded.problems().size(), "every problem at once: " + loaded.problems());
    }

    @Test
    void englishInTheChineseFieldIsAWarning() {
        LoadedLesson loaded = load(lesson("{\"type\": \"prose\", \"text\": {\"en\": \"Hi\", \"zh\": \"Hi\"}}"));
        assertTrue(loaded.ok());
        assertEquals(1, loaded.warnings().size());
        assertTrue(loaded.warnings().get(0).toString().contains("steps[0].text.zh: warning: the Chinese text has no"
                + " Chinese characters"), loaded.warnings().toString());
    }

    @Test
    void imageThatIsMissingOrNotAnImage() throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/broken-lessons/not-an-image.json").toURI());
        String json = assertReadable(file);
        LoadedLesson loaded = LessonLoader.load(file, "not-an-image.json");
        assertProblem(loaded, json, "\"not-an-image.png\"", "steps[0].input.image", "\"not-an-image.png\": ");
        assertProblem(loaded, json, "\"no-such-file.png\"", "steps[1].input.image",
                "the file \"no-such-file.png\" does not exist");
    }

    private static String assertReadable(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return fail(e);
        }
    }

    @Test
    void expectTheEngineContradictsSaysExpectedAndComputed() {
        String json = lesson(convolution("[[1, 2, 3], [4, 5, 6], [7, 8, 9]]", "[[1, 0], [0, 1]]",
                "\"expect\": {\"output\": [[6, 8], [12, 99]], \"max\": 15, \"shape\": [1, 2, 3]}"));
        LoadedLesson loaded = load(json);
        assertProblem(loaded, json, "99", "steps[0].expect.output[1][1]",
                "expected 99 but the engine computes 14 (row 1, column 1, counted from 0)");
        assertProblem(loaded, json, "15", "steps[0].expect.max", "expected the largest value 15 but the engine computes 14");
        assertProblem(loaded, json, "[1, 2, 3]}", "steps[0].expect.shape",
                "expected the shape [1, 2, 3] but the engine computes [1, 2, 2]");
        assertEquals(3, loaded.errors().size(), loaded.problems().toString());
        String wrongSize = lesson(convolution(SMALL, "[[1]]", "\"expect\": {\"output\": [[1]]}"));
        assertProblem(load(wrongSize), wrongSize, "[[1]]}", "steps[0].expect.output",
                "expected one 1×1 map but the engine computes one 2×2 map");
    }

    @Test
    void receptiveFieldExpectTheEngineContradicts() {
        String json = lesson("{\"type\": \"receptiveField\", " + TEXT + ",\n"
                + " \"network\": {\"input\": [1, 9, 9], \"layers\": [{\"type\": \"conv\", \"filters\": 1, \"kernel\": 3},"
                + " {\"type\": \"conv\", \"filters\": 1, \"kernel\": 3}]},\n"
                + " \"expect\": {\"field\": [6, 6],\n \"layers\": [{\"layer\": 0, \"field\": [3, 4]}, {\"layer\": 1, \"field\": [5, 5]}]}}");
        LoadedLesson loaded = load(json);
        assertProblem(loaded, json, "[6, 6]", "steps[0].expect.field",
                "expected the focus cell (layer 1, conv_2) to see 6×6 input cells but the engine computes 5×5");
        assertProblem(loaded, json, "[3, 4]", "steps[0].expect.layers[0].field",
                "expected a cell of layer 0 (conv_1) to see 3×4 input cells but the engine computes 3×3");
        assertEquals(2, loaded.errors().size(), "layer 1 is right: " + loaded.problems());
        String flat = json.replace("[6, 6]", "[5]");
        assertProblem(load(flat), flat, "[5]", "steps[0].expect.field", "a field is [height, width] in input cells");
    }

    @Test
    void networkLayerExpectTheEngineContradicts() {
        String json = lesson("{\"type\": \"network\", " + TEXT + ",\n"
                + " \"network\": {\"input\": [1, 28, 28], \"layers\": [{\"type\": \"conv\", \"filters\": 32, \"kernel\": 3},"
                + " {\"type\": \"flatten\"}, {\"type\": \"dense\", \"units\": 10}]},\n"
                + " \"expect\": {\"layers\": [\n"
                + "  {\"layer\": 0, \"params\": 288, \"outputShape\": [32, 28, 28]},\n"
                + "  {\"layer\": 1, \"field\": [3, 3]},\n"
                + "  {\"layer\": 2, \"params\": 216330},\n"
                + "  {\"layer\": 3}]}}");
        LoadedLesson loaded = load(json);
        assertProblem(loaded, json, "288", "steps[0].expect.layers[0].params",
                "expected 288 parameters in layer 0 (conv_1) but the engine counts 320");
        assertProblem(loaded, json, "[32, 28, 28]", "steps[0].expect.layers[0].outputShape",
                "expected layer 0 (conv_1) to output [32, 28, 28] but the engine computes [32, 26, 26]");
        assertProblem(loaded, json, "[3, 3]", "steps[0].expect.layers[1].field",
                "layer 1 (flatten_1) comes after flatten and has no map, so no receptive field");
        assertProblem(loaded, json, "3}]", "steps[0].expect.layers[3].layer",
                "there is no layer 3; the layers are numbered 0 to 2");
        assertEquals(4, loaded.errors().size(), "26·26·32·10 + 10 = 216,330 is right: " + loaded.problems());
        String noIndex = lesson("{\"type\": \"network\", " + TEXT + ",\n \"network\": {\"input\": [1, 4, 4],"
                + " \"layers\": [{\"type\": \"relu\"}]},\n \"expect\": {\"layers\": [{\"params\": 0}]}}");
        assertProblem(load(noIndex), noIndex, "{\"params\"", "steps[0].expect.layers[0]",
                "missing field \"layer\": a layer's expect needs it");
    }

    @Test
    void playgroundExpectIsCheckedPerKernel() {
        String json = lesson("{\"type\": \"playground\", " + TEXT + ",\n \"input\": [[1, 2, 3], [4, 5, 6], [7, 8, 9]],"
                + " \"kernels\": [[[1]], [[1, 1], [1, 1]]],\n"
                + " \"expect\": {\"maps\": [{\"max\": 9}, {\"shape\": [1, 3, 3], \"min\": 12}]}}");
        LoadedLesson loaded = load(json);
        assertProblem(loaded, json, "[1, 3, 3]", "steps[0].expect.maps[1].shape",
                "expected the shape [1, 3, 3] but the engine computes [1, 2, 2]");
        assertEquals(1, loaded.errors().size(), "the first map's max and the second's min are right: "
                + loaded.problems());
        String tooMany = lesson("{\"type\": \"playground\", " + TEXT + ",\n \"input\": [[1, 2], [3, 4]],"
                + " \"kernels\": [[[1]]],\n \"expect\": {\"maps\": [{}, {}]}}");
        assertProblem(load(tooMany), tooMany, "[{}, {}]", "steps[0].expect.maps",
                "there are 2 expected maps but only 1 kernel");
    }

    @Test
    void unknownIndexedPlaceholderListsTheRangeOfIndices() {
        String json = lesson("{\"type\": \"network\", \"text\": {\"en\": \"{layers[2].params}\", \"zh\": \"参数\"},\n"
                + " \"network\": {\"input\": [1, 4, 4], \"layers\": [{\"type\": \"conv\", \"filters\": 1, \"kernel\": 3},"
                + " {\"type\": \"relu\"}]}}");
        Problem p = assertProblem(load(json), json, "\"{layers", "steps[0].text.en", "unknown placeholder {layers[2].params}");
        assertTrue(p.message().contains("{layers[i].params} (i = 0 to 1)"), p.message());
    }

    @Test
    void poolingExpectIsCheckedForBothKinds() {
        String json = lesson("{\"type\": \"pooling\", " + TEXT + ",\n \"input\": [[1, 2], [3, 5]], \"kind\": \"both\",\n"
                + " \"expect\": {\"output\": [[5]]}, \"expectAverage\": {\"output\": [[2]]}}");
        assertProblem(load(json), json, "2]]}}", "steps[0].expectAverage.output[0][0]",
                "expected 2 but the engine computes 2.75");
    }

    @Test
    void brokenJsonSaysWhere() {
        String json = lesson("{\"type\": \"prose\", " + TEXT + "},");
        LoadedLesson loaded = load(json);
        assertEquals(1, loaded.problems().size());
        Problem p = loaded.problems().get(0);
        assertEquals("broken.json:7:3: expected a value here; JSON allows no comma before a closing ] or }",
                p.toString(), "at the ] after the trailing comma");
        String duplicate = lesson("{\"type\": \"prose\", " + TEXT + ", " + TEXT + "}");
        assertTrue(load(duplicate).problems().get(0).message().contains("appears twice"), load(duplicate).problems().toString());
    }

    @Test
    void hostileFilesAreRefused() throws IOException {
        String deep = lesson("{\"type\": \"prose\", " + TEXT + ", \"title\": " + "[".repeat(100) + "]".repeat(100) + "}");
        assertTrue(load(deep).problems().get(0).message().contains("nested more than 64 levels"));
        String overflow = lesson(convolution(SMALL, "[[1]]", "\"stride\": 12345678901234567890"));
        assertProblem(load(overflow), overflow, "12345678901234567890", "steps[0].stride", "is too large");
        String nan = lesson(convolution("[[NaN]]", "[[1]]", ""));
        assertTrue(load(nan).problems().get(0).message().contains("NaN and Infinity are not numbers"));
        String huge = lesson(convolution("[[1e999]]", "[[1]]", ""));
        assertProblem(load(huge), huge, "1e999", "steps[0].input[0][0]", "is too large");
        Path big = temp.resolve("01-big.json");
        Files.writeString(big, " ".repeat((int) JsonLimits.MAX_FILE_BYTES + 10) + "{}");
        assertTrue(LessonLoader.load(big).problems().get(0).message().contains("more than the 2097152"));
    }

    @Test
    void placeholdersMustBeValuesTheStepComputes() {
        String json = lesson(convolution(SMALL, "[[1]]", "\"title\": {\"en\": \"Max {output.max}\", \"zh\": \"最大 {output.maxx}\"}"));
        Problem p = assertProblem(load(json), json, "\"最大", "steps[0].title.zh", "unknown placeholder {output.maxx}");
        assertTrue(p.message().contains("this step can show {input.max}"), p.message());
        String prose = lesson("{\"type\": \"prose\", \"text\": {\"en\": \"{output.max}\", \"zh\": \"中\"}}");
        assertTrue(load(prose).errors().get(0).message().contains("this step computes no values"));
    }

    @Test
    void fileNameMustAgreeWithOrderAndId() throws IOException {
        Path file = temp.resolve("07-stride.json");
        String json = lesson("{\"type\": \"prose\", " + TEXT + "}");
        Files.writeString(file, json);
        LoadedLesson loaded = LessonLoader.load(file, "07-stride.json");
        assertProblem(loaded, json, "1,", "order", "the file is named 07-stride.json but its order is 1");
        assertProblem(loaded, json, "\"broken\"", "id", "its id is \"broken\"");
    }

    @Test
    void quizMistakes() {
        String json = lesson("{\"type\": \"quiz\", \"question\": {\"en\": \"Q\", \"zh\": \"问\"},\n"
                + " \"choices\": [{\"en\": \"a\", \"zh\": \"甲\"}, {\"en\": \"b\", \"zh\": \"乙\"}], \"correct\": 2,\n"
                + " \"explanation\": {\"en\": \"E\", \"zh\": \"解\"}},\n"
                + "{\"type\": \"quiz\", \"question\": {\"en\": \"Q\", \"zh\": \"问\"}, \"answer\": 3,\n"
                + " \"choices\": [{\"en\": \"a\", \"zh\": \"甲\"}, {\"en\": \"b\", \"zh\": \"乙\"}], \"correct\": 0,\n"
                + " \"explanation\": {\"en\": \"E\", \"zh\": \"解\"}}");
        LoadedLesson loaded = load(json);
        assertProblem(loaded, json, "2,\n", "steps[0].correct", "there are only 2 choices, numbered 0 to 1");
        assertProblem(loaded, json, "{\"type\": \"quiz\", \"question\": {\"en\": \"Q\", \"zh\": \"问\"}, \"answer\"",
                "steps[1]", "either \"choices\"");
    }

    @Test
    void walkCellsMustLieInTheOutput() {
        String json = lesson(convolution(SMALL, "[[1]]", "\"walk\": {\"cells\": [[0, 0], [2, 0]], \"pace\": 0.5}"));
        assertProblem(load(json), json, "[2, 0]", "steps[0].walk.cells[1]", "the cell [2, 0] is outside the output");
    }

    @Test
    void generatorsAndPresetsAreNamedFromTheirLists() {
        String json = lesson(convolution("{\"generate\": \"chekerboard\", \"height\": 4, \"width\": 4}",
                "{\"preset\": \"sobel\"}", ""));
        LoadedLesson loaded = load(json);
        assertProblem(loaded, json, "\"chekerboard\"", "steps[0].input.generate",
                "unknown generator \"chekerboard\" (did you mean \"checkerboard\"?)");
        assertProblem(loaded, json, "\"sobel\"", "steps[0].kernels[0].preset", "known presets: identity, box-blur");
        String huge = lesson(convolution("{\"generate\": \"ramp\", \"height\": 100000, \"width\": 3}", "[[1]]", ""));
        assertProblem(load(huge), huge, "100000", "steps[0].input.height", "at most 1024 here, but this is 100000");
        String noSeed = lesson(convolution(SMALL, "{\"generate\": \"random\"}", ""));
        assertProblem(load(noSeed), noSeed, "{\"generate\": \"random\"}", "steps[0].kernels[0]", "needs a \"seed\"");
    }

    @Test
    void trainingStepsMustFitTheirDataSet() {
        String kernel = "{\"type\": \"training\", " + TEXT + ",\n"
                + " \"network\": {\"input\": [1, 10, 10], \"layers\": [{\"type\": \"conv\", \"filters\": 1, \"kernel\": 3}]},\n"
                + " \"dataset\": \"diagonals\", \"epochs\": 20, \"seed\": 7, \"learningRate\": 0.1}";
        LoadedLesson fine = load(lesson(kernel));
        assertEquals(List.of(), fine.problems());

        String tiny = lesson(kernel.replace("[1, 10, 10]", "[1, 6, 6]"));
        assertProblem(load(tiny), tiny, "[1, 6, 6]", "steps[0].network.input", "8 to 64 pixels");
        String twoKernels = lesson(kernel.replace("\"filters\": 1", "\"filters\": 2"));
        assertProblem(load(twoKernels), twoKernels, "[{\"type\": \"conv\"", "steps[0].network.layers", "trains one 3×3 kernel");
        String shapes = lesson(kernel.replace("diagonals", "shapes"));
        assertProblem(load(shapes), shapes, "{\"input\"", "steps[0].network",
                "must end in 7 values (one per shape class; 8 to add blank pictures), e.g. a dense layer of 7 units,"
                        + " but it ends in a 1×8×8 map");
    }

    @Test
    void gradientStepsNameWhatIsMissingOrMisshapen() {
        String pooling = "{\"type\": \"gradients\", " + TEXT + ",\n \"layer\": \"pooling\", \"input\": [[1, 2], [3, 4]],"
                + "\n \"outputGradient\": [[1, 2]]}";
        String json = lesson(pooling);
        assertProblem(load(json), json, "[[1, 2]]}", "steps[0].outputGradient",
                "the output gradient must have the output's shape, 1×1, but it is 1×2");
        String noKernel = lesson("{\"type\": \"gradients\", " + TEXT + ",\n \"layer\": \"convolution\","
                + " \"input\": [[1, 2], [3, 4]]}");
        assertProblem(load(noKernel), noKernel, "\"convolution\"", "steps[0].layer", "a convolution needs a \"kernel\"");
        String fine = lesson("{\"type\": \"gradients\", " + TEXT + ",\n \"layer\": \"convolution\","
                + " \"input\": [[1, 2, 0], [3, 4, 1], [0, 1, 1]], \"kernel\": [[1, 0], [0, -1]]}");
        assertEquals(List.of(), load(fine).problems());
    }

    @Test
    void insightStepsNeedAShapeTheNetworkKnows() {
        String blank = lesson("{\"type\": \"insight\", " + TEXT + ", \"shape\": \"blank\"}");
        assertProblem(load(blank), blank, "\"blank\"", "steps[0].shape", "\"blank\" is not among them");
        String typo = lesson("{\"type\": \"insight\", " + TEXT + ", \"view\": \"heatmap\"}");
        assertProblem(load(typo), typo, "\"heatmap\"", "steps[0].view", "heatmaps");
        assertEquals(List.of(), load(lesson("{\"type\": \"insight\", " + TEXT + ", \"shape\": \"circle\"}")).problems());
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        String json = lesson("{\"type\": \"nope\"},\n" + convolution(SMALL, "[[1, 1, 1], [1, 1, 1], [1, 1, 1]]", "")
                + ",\n{\"type\": \"prose\", \"text\": {\"en\": \"x\"}, \"colour\": 1}");
        LoadedLesson loaded = load(json);
        assertEquals(List.of("steps[0].type", "steps[1].kernels[0]", "steps[2].text", "steps[2].colour"),
                loaded.problems().stream().map(Problem::path).toList(), loaded.problems().toString());
        assertNotNull(loaded.source());
    }
}
