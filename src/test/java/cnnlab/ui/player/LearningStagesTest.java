package cnnlab.ui.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.lesson.Lesson;
import cnnlab.lesson.LessonLoader;
import cnnlab.lesson.LessonTensors;
import cnnlab.lesson.Step;
import cnnlab.lesson.StepValues;
import cnnlab.ui.flip.FlipComparisonViewModel;
import cnnlab.ui.gradients.GradientsViewModel;
import cnnlab.ui.i18n.Language;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.insight.InsightViewModel;
import cnnlab.ui.network.NetworkBuilderViewModel;
import cnnlab.ui.stage.StageViewModel;
import cnnlab.ui.training.KernelTrainingViewModel;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lesson steps of issue 6 open their stages from a lesson file, with the lesson's numbers. */
class LearningStagesTest {
    private static final String LESSON = """
            {"id": "learning", "order": 1, "title": {"en": "x", "zh": "学"}, "steps": [
              {"type": "training", "text": {"en": "x", "zh": "学"},
               "network": {"input": [1, 12, 12], "layers": [{"type": "conv", "filters": 1, "kernel": 3}]},
               "dataset": "diagonals", "epochs": 3, "seed": 9, "learningRate": 0.2},
              {"type": "gradients", "text": {"en": "x", "zh": "学"}, "layer": "pooling",
               "input": [[1, 3, 2, 0], [4, 2, 0, 1], [0, 1, 5, 2], [3, 0, 1, 1]], "kind": "avg"},
              {"type": "insight", "text": {"en": "x", "zh": "学"}, "epochs": 1, "shape": "circle", "view": "filters"},
              {"type": "network", "text": {"en": "x", "zh": "学"}, "editable": true,
               "network": {"input": [1, 28, 28], "layers": [{"type": "conv", "filters": 32, "kernel": 3}]}},
              {"type": "convolution", "text": {"en": "x", "zh": "学"}, "input": [[1, 2, 0], [0, 1, 3], [2, 0, 1]],
               "kernels": [[[1, 2], [0, -1]]], "showFlipped": true},
              {"type": "training", "text": {"en": "x", "zh": "学"},
               "network": {"input": [1, 16, 16], "layers": [{"type": "flatten"}, {"type": "dense", "units": 7}]},
               "dataset": "shapes", "epochs": 1, "learningRate": 0.01}
            ]}
            """;

    private static StageViewModel stage(Lesson lesson, int index) throws Exception {
        Step step = lesson.steps().get(index);
        LessonTensors tensors = new LessonTensors(Path.of("lessons", "01-learning.json"));
        Map<String, String> values = StepValues.of(step, tensors);
        return StageFactory.create(step, tensors, values, new Messages(Language.ENGLISH));
    }

    @Test
    void eachNewStepTypeOpensItsStage() throws Exception {
        Lesson lesson = LessonLoader.parse(LESSON, "learning", null).lesson();
        KernelTrainingViewModel kernel = (KernelTrainingViewModel) stage(lesson, 0);
        assertEquals(60, kernel.totalSteps(), "3 epochs of 20 updates");
        assertEquals(9, kernel.seedProperty().get());
        assertEquals(0.2, kernel.learningRateProperty().get());
        assertEquals(12, kernel.learnerProperty().get().config().imageSize());

        GradientsViewModel gradients = (GradientsViewModel) stage(lesson, 1);
        assertEquals(1, gradients.inputGradients().size(), "average pooling only");
        assertEquals(0.25f, gradients.inputGradients().get(0).get(0, 0, 0), "gradient 1 (the default) over 4 cells");

        InsightViewModel insight = (InsightViewModel) stage(lesson, 2);
        assertEquals(InsightViewModel.Panel.FILTERS, insight.panelProperty().get());
        assertEquals("circle", insight.shapeProperty().get().label());
        assertEquals(7, insight.classes().size());

        NetworkBuilderViewModel builder = (NetworkBuilderViewModel) stage(lesson, 3);
        assertEquals(320, builder.totalParamsProperty().get());
        assertTrue(builder.presets().stream().anyMatch(p -> p.name().equals("LeNet-5")));

        FlipComparisonViewModel flip = (FlipComparisonViewModel) stage(lesson, 4);
        assertTrue(!flip.same());

        InsightViewModel shapes = (InsightViewModel) stage(lesson, 5);
        assertEquals(InsightViewModel.Panel.HEATMAPS, shapes.panelProperty().get());
    }
}
