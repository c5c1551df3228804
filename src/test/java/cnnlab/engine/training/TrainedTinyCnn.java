package cnnlab.engine.training;

import cnnlab.engine.data.ShapeClass;
import cnnlab.engine.data.ShapeDataset;

/**
 * The tiny CNN of {@link ModelFixtures#tinyCnn} trained once on generated 16×16 shapes and
 * shared by the tests that need a trained network (the first caller pays about two seconds).
 * 100 pictures of each of the seven stroke classes (data seed 7), a quarter held out; Adam with
 * learning rate 0.01, batches of 16, 5 epochs, model and shuffle seed 1.
 */
public final class TrainedTinyCnn {
    public static final int EPOCHS = 5;

    private static TrainedTinyCnn instance;

    private final ShapeDataset.Split data;
    private final TrainingResult result;

    private TrainedTinyCnn() {
        data = ShapeDataset.generate(ShapeClass.strokes(), 100, 16, 7).split(0.25);
        Sequential model = Sequential.of(ModelFixtures.tinyCnn(16, 7), 1);
        Trainer trainer = new Trainer(model, Adam.withDefaults(0.01), new TrainingConfig(EPOCHS, 16, 1));
        result = trainer.train(data.train(), data.test(), TrainingListener.NONE, new TrainingControl());
    }

    /** The shared instance, trained on first use. */
    public static synchronized TrainedTinyCnn get() {
        if (instance == null) {
            instance = new TrainedTinyCnn();
        }
        return instance;
    }

    public ShapeDataset.Split data() {
        return data;
    }

    public TrainingResult result() {
        return result;
    }

    /** A private copy of the trained model, so tests never share a model's memory. */
    public Sequential model() {
        return result.model().copy();
    }
}
