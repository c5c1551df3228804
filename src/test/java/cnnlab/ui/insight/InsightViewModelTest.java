package cnnlab.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.ClassicNetworks;
import cnnlab.engine.LayerSpec;
import cnnlab.engine.Network;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import cnnlab.engine.data.ShapeClass;
import cnnlab.engine.data.ShapeSample;
import cnnlab.engine.explain.GradCam;
import cnnlab.engine.explain.OcclusionMap;
import cnnlab.engine.explain.SaliencyMap;
import cnnlab.engine.training.Adam;
import cnnlab.engine.training.Sequential;
import cnnlab.engine.training.Trainer;
import cnnlab.engine.training.TrainingConfig;
import cnnlab.engine.training.TrainingControl;
import cnnlab.engine.training.TrainingListener;
import cnnlab.lesson.ShapeTraining;
import cnnlab.ui.i18n.Language;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.training.TrainingState;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsightViewModelTest {
    private static final Messages MESSAGES = new Messages(Language.ENGLISH);
    private static final ShapeTraining TRAINING = new ShapeTraining(ClassicNetworks.tinyCnn(16, 7), ShapeClass.strokes(),
            3, 5, 0.01, ShapeTraining.LESSON_PICTURES_PER_CLASS);

    /** Trains on this thread, so the test sees the finished model at once. */
    private static InsightViewModel trainedHere() {
        InsightViewModel model = new InsightViewModel(TRAINING, ShapeClass.CROSS, InsightViewModel.Panel.HEATMAPS,
                Runnable::run, Runnable::run, MESSAGES);
        model.start();
        return model;
    }

    @Test
    void explainsNothingBeforeTraining() {
        InsightViewModel model = new InsightViewModel(TRAINING, ShapeClass.CROSS, InsightViewModel.Panel.FILTERS,
                Runnable::run, Runnable::run, MESSAGES);
        assertEquals(TrainingState.READY, model.stateProperty().get());
        assertNull(model.explanationsProperty().get());
        assertEquals(ShapeClass.CROSS, model.pictureProperty().get().shape());
        assertEquals("Ready to train on 420 pictures of 7 kinds of shape.", model.statusProperty().get());
    }

    @Test
    void trainsTheEnginesModelAndExplainsItsPictures() {
        InsightViewModel model = trainedHere();
        assertEquals(TrainingState.FINISHED, model.stateProperty().get());
        assertEquals(1.0, model.progressProperty().get());
        assertTrue(model.statusProperty().get().startsWith("Trained: "), model.statusProperty().get());

        Sequential reference = Sequential.of(TRAINING.network(), TRAINING.seed());
        new Trainer(reference, Adam.withDefaults(TRAINING.learningRate()), new TrainingConfig(TRAINING.epochs(),
                ShapeTraining.BATCH_SIZE, TRAINING.seed())).train(model.data().train(), model.data().test(),
                TrainingListener.NONE, new TrainingControl());
        ShapeSample picture = model.pictureProperty().get();
        Explanations shown = model.explanationsProperty().get();
        assertNotNull(shown);
        assertEquals(SaliencyMap.compute(reference, picture.image(), picture.label()), shown.saliency());
        assertEquals(GradCam.compute(reference, picture.image(), picture.label()), shown.gradCam());
        assertEquals(OcclusionMap.compute(reference, picture.image(), picture.label(), 3, 1, 0.5f), shown.occlusion(),
                "a 3×3 grey patch on 16×16 pictures, moved pixel by pixel");
        assertEquals(8, shown.filters().size(), "the first convolution's 8 filters");
        assertEquals(List.of("conv_1", "relu_1", "maxpool_1", "conv_2", "relu_2", "maxpool_2"),
                shown.layers().stream().map(LayerMaps::name).toList());
        assertEquals(7, shown.probabilities().length);
        assertTrue(model.predictionProperty().get().startsWith("The network says: "), model.predictionProperty().get());
    }

    @Test
    void choosingAnotherPictureExplainsThatOne() {
        InsightViewModel model = trainedHere();
        ShapeSample first = model.pictureProperty().get();
        model.nextPicture();
        assertTrue(model.pictureProperty().get() != first);
        assertEquals(ShapeClass.CROSS, model.pictureProperty().get().shape());
        model.shapeProperty().set(ShapeClass.CIRCLE);
        assertEquals(ShapeClass.CIRCLE, model.pictureProperty().get().shape());
        assertEquals(model.pictureProperty().get().image().shape(), model.explanationsProperty().get().occlusion().shape());
    }

    @Test
    void aNetworkWithoutConvolutionHasNoFiltersAndNoGradCam() {
        Network dense = new Network(new Shape(1, 16, 16), List.of(new LayerSpec.Flatten(null),
                new LayerSpec.Dense(null, 7, true), new LayerSpec.Softmax(null)));
        InsightViewModel model = new InsightViewModel(new ShapeTraining(dense, ShapeClass.strokes(), 1, 1, 0.01, 8),
                null, InsightViewModel.Panel.HEATMAPS, Runnable::run, Runnable::run, MESSAGES);
        model.start();
        Explanations shown = model.explanationsProperty().get();
        assertEquals(List.of(), shown.filters());
        assertNull(shown.gradCam());
        assertEquals(new Shape(1, 16, 16), shown.saliency().shape(), "saliency and occlusion need no convolution");
    }
}
