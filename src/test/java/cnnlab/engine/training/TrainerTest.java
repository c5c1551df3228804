package cnnlab.engine.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.data.ShapeClass;
import cnnlab.engine.data.ShapeDataset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainerTest {

    /**
     * Measured: 98.9 % of the 175 held-out pictures after 5 epochs (7 classes, chance 14 %).
     * The bound leaves room for a different but equally good run.
     */
    @Test
    void theTinyCnnLearnsTheGeneratedShapes() {
        TrainedTinyCnn trained = TrainedTinyCnn.get();
        TrainingResult result = trained.result();
        assertFalse(result.stopped());
        assertEquals(TrainedTinyCnn.EPOCHS, result.epochs().size());
        assertEquals(175, result.test().count());
        assertTrue(result.test().accuracy() >= 0.93, "held-out accuracy " + result.test().accuracy());
        assertEquals(result.test(), Evaluation.of(trained.model(), trained.data().test()),
                "the reported accuracy is that of the returned model");
        double firstLoss = result.epochs().get(0).train().loss();
        double lastLoss = result.epochs().get(result.epochs().size() - 1).train().loss();
        assertTrue(lastLoss < firstLoss / 5, "training loss fell from " + firstLoss + " to " + lastLoss);
    }

    @Test
    void aSeedGivesTheSameRunTwice() {
        float[][] first = train(3, new ArrayList<>());
        float[][] second = train(3, new ArrayList<>());
        float[][] other = train(4, new ArrayList<>());
        for (int i = 0; i < first.length; i++) {
            assertArrayEquals(first[i], second[i]);
        }
        assertFalse(java.util.Arrays.equals(first[0], other[0]), "another shuffle seed gives another run");
    }

    @Test
    void reportsEveryBatchAndEpochInOrder() {
        List<Object> events = new ArrayList<>();
        train(3, events);
        // 7 classes × 8 pictures, 6 for training = 42 pictures, batches of 10 → 5 batches, 2 epochs
        assertEquals(2 * (5 + 1), events.size());
        BatchProgress last = (BatchProgress) events.get(4);
        assertEquals(new BatchProgress(1, 2, 5, 5, last.loss(), last.accuracy()), last);
        EpochReport epoch = (EpochReport) events.get(5);
        assertEquals(42, epoch.train().count());
        assertEquals(14, epoch.test().count());
        assertEquals(last.loss(), epoch.train().loss(), 1e-12, "the epoch's loss is the running loss after its last batch");
        assertEquals(2, ((EpochReport) events.get(11)).epoch());
    }

    private static float[][] train(long seed, List<Object> events) {
        ShapeDataset.Split data = ShapeDataset.generate(ShapeClass.strokes(), 8, 16, 1).split(0.25);
        Sequential model = Sequential.of(ModelFixtures.tinyCnn(16, 7), 1);
        new Trainer(model, new Sgd(0.05, 0.9), new TrainingConfig(2, 10, seed)).train(data.train(), data.test(),
                new TrainingListener() {
                    @Override
                    public void batchFinished(BatchProgress progress) {
                        events.add(progress);
                    }

                    @Override
                    public void epochFinished(EpochReport report) {
                        events.add(report);
                    }
                }, new TrainingControl());
        return model.parameters().stream().map(p -> p.values().clone()).toArray(float[][]::new);
    }
}
