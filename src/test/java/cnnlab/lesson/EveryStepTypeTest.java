package cnnlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.Conv2d;
import cnnlab.engine.PaddingRule;
import cnnlab.engine.Tensor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lesson using every step type and every tensor form (example-lessons/01-every-step.json,
 * laid out beside a copy of sample-images/) loads, computes what the engine computes, and
 * round-trips.
 */
class EveryStepTypeTest {

    @TempDir
    Path project;

    private Path file;

    @BeforeEach
    void layOut() throws IOException, URISyntaxException {
        Path lessons = Files.createDirectories(project.resolve("lessons"));
        Path images = Files.createDirectories(project.resolve("sample-images"));
        Path samples = LessonCatalog.bundledFolder().resolveSibling("sample-images");
        for (String name : List.of("diagonal-6x6.png", "cross-5x5.png")) {
            Files.copy(samples.resolve(name), images.resolve(name));
        }
        file = lessons.resolve("01-every-step.json");
        Files.copy(Path.of(getClass().getResource("/example-lessons/01-every-step.json").toURI()), file);
    }

    @Test
    void loadsWithoutProblems() {
        LoadedLesson loaded = LessonLoader.load(file);
        assertTrue(loaded.ok(), loaded.problems().toString());
        assertEquals(List.of(), loaded.problems().stream().map(Problem::path).toList());
        Set<String> types = loaded.lesson().steps().stream().map(s -> s.getClass().getSimpleName()).collect(Collectors.toSet());
        assertEquals(RecordFields.stepTypes().size() - 1, types.size(), "every type but prose: " + types);
    }

    @Test
    void roundTripsThroughTheWriter() throws Exception {
        Lesson lesson = LessonLoader.read(file);
        LoadedLesson again = LessonLoader.parse(LessonWriter.toJson(lesson), "written", file);
        assertTrue(again.ok(), again.problems().toString());
        assertEquals(lesson, again.lesson());
    }

    @Test
    void aSingleStepWrittenAloneReadsBackInsideALesson() throws Exception {
        Lesson lesson = LessonLoader.read(file);
        for (Step step : lesson.steps()) {
            String wrapped = "{\"id\": \"every-step\", \"order\": 1, \"title\": {\"en\": \"x\", \"zh\": \"一\"}, \"steps\": ["
                    + LessonWriter.toJson(step) + "]}";
            LoadedLesson again = LessonLoader.parse(wrapped, "step", file);
            assertTrue(again.ok(), again.problems().toString());
            assertEquals(step, again.lesson().steps().get(0));
        }
    }

    @Test
    void setupsAreTheEngineObjectsThePlayerTraces() throws Exception {
        Lesson lesson = LessonLoader.read(file);
        LessonTensors tensors = new LessonTensors(file);
        PoolingStep pooling = (PoolingStep) lesson.steps().get(1);
        PoolingSetup setup = PoolingSetup.of(pooling, tensors);
        Tensor image = tensors.resolve(pooling.input());
        Tensor diagonal = Tensor.of(new float[][] {{1, 0, 0, 0, 0, 1}, {0, 1, 0, 0, 1, 0}, {0, 0, 1, 1, 0, 0},
            {1, 0, 0, 0, 1, 0}, {0, 1, 0, 0, 1, 0}, {0, 0, 1, 0, 1, 0}});
        assertEquals(diagonal, image, "the sample image read in binary mode is the curriculum's matrix");
        assertEquals(Conv2d.of(KernelPresets.get("diagonal"), 1, cnnlab.engine.Padding.NONE, 1).apply(image), setup.map());
        assertEquals(Tensor.of(new float[][] {{3, 0}, {3, 1}}), setup.outputs().get(0), "curriculum row 8");

        ConvolutionStep rgb = (ConvolutionStep) lesson.steps().get(5);
        ConvolutionSetup conv = ConvolutionSetup.of(rgb, tensors);
        assertTrue(conv.conv().flip());
        assertEquals(2, conv.conv().spec().stride());
        assertEquals(conv.conv().apply(conv.input()), conv.output(), "no ReLU in this step");
        assertEquals(PaddingRule.VALID, rgb.padding());

        Map<String, String> values = StepValues.of(lesson.steps().get(2), tensors);
        assertEquals("5", values.get("field.height"), "two 3×3 convolutions see 5×5 (curriculum row 7)");
        assertEquals("1,199,882", StepValues.of(lesson.steps().get(3), tensors).get("params.total"));
        assertEquals("27", StepValues.of(lesson.steps().get(0), tensors).get("conv.params"));
        assertEquals("4.5", StepValues.of(rgb, tensors).get("output.max"));
        assertEquals(Map.of(), StepValues.of(lesson.steps().get(6), tensors));
        assertEquals("Dense: 30,000,000; shared kernel: 27.", Placeholders.fill(lesson.steps().get(0).text().en(),
                StepValues.of(lesson.steps().get(0), tensors)));
    }

    @Test
    void defaultsAreFilledIn() throws Exception {
        Lesson lesson = LessonLoader.read(file);
        PoolingStep pooling = (PoolingStep) lesson.steps().get(1);
        assertEquals(2, pooling.size());
        assertEquals(2, pooling.stride(), "stride defaults to the size");
        ConvolutionLayer before = pooling.convolution();
        assertEquals(new ConvolutionLayer(List.of(new TensorSpec.Preset("diagonal")), null, 1, PaddingRule.VALID, 1,
                false, false), before);
        ReceptiveFieldStep field = (ReceptiveFieldStep) lesson.steps().get(2);
        assertEquals(new Focus(2, 1, 1), field.startFocus());
        assertEquals(new Focus(2, 1, 1), ReceptiveFieldStep.centreOfLastMap(field.network().summarize()));
    }
}
