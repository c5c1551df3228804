package cnnlab.engine.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.Tensor;
import cnnlab.engine.data.ShapeClass;
import cnnlab.engine.data.ShapeSample;
import java.util.List;
import org.junit.jupiter.api.Test;

class KernelLearnerTest {

    /**
     * Measured for seed 1, learning rate 0.5, 200 steps: loss 0.122 → 0.0095, cosine similarity
     * with filter A 0.38 → 0.84, signs exactly those of A. The bounds leave a margin.
     */
    @Test
    void aRandomKernelDriftsToTheDiagonalDetector() {
        KernelLearner learner = new KernelLearner(KernelLessonConfig.of(1, 0.5));
        double startLoss = learner.loss();
        KernelStep last = null;
        for (int i = 0; i < 200; i++) {
            last = learner.step();
        }
        assertEquals(200, last.step());
        assertTrue(learner.loss() < 0.012, "loss " + learner.loss());
        assertTrue(learner.loss() < startLoss / 5, "loss fell from " + startLoss + " to " + learner.loss());
        assertTrue(last.similarity() > 0.8, "cosine similarity with A " + last.similarity());
        Tensor a = KernelLearner.diagonalDetector();
        for (int i = 0; i < 9; i++) {
            assertEquals(Math.signum(a.getFlat(i)), Math.signum(last.kernel().getFlat(i)), "sign of weight " + i
                    + " in " + last.kernel());
        }
    }

    @Test
    void everySeedEndsAtTheSameKernelBecauseTheProblemIsLeastSquares() {
        Tensor one = run(2, 400).kernel();
        Tensor other = run(3, 400).kernel();
        assertTrue(KernelLearner.cosineSimilarity(one, other) > 0.99, one + " vs " + other);
    }

    @Test
    void eachStepReportsTheKernelItLeftAndIsReproducible() {
        KernelLearner a = new KernelLearner(KernelLessonConfig.of(7, 0.3));
        KernelLearner b = new KernelLearner(KernelLessonConfig.of(7, 0.3));
        Tensor before = a.kernel();
        KernelStep first = a.step();
        assertEquals(first, b.step());
        assertEquals(a.kernel(), first.kernel());
        assertEquals(a.bias(), first.bias());
        assertTrue(!before.equals(first.kernel()), "the kernel moved");
        assertEquals(KernelLearner.cosineSimilarity(first.kernel(), KernelLearner.diagonalDetector()),
                first.similarity(), 1e-12);
    }

    @Test
    void theStepIsPlainGradientDescentOnTheBatchLoss() {
        KernelLearner learner = new KernelLearner(KernelLessonConfig.of(4, 0.25));
        Tensor kernel = learner.kernel();
        float bias = learner.bias();
        learner.step();
        // the batch-mean gradients stay in the parameters after a step: θ_before = θ_after + η·g
        List<Parameter> parameters = learner.model().parameters();
        float[] w = parameters.get(0).values();
        float[] g = parameters.get(0).gradients();
        for (int i = 0; i < 9; i++) {
            assertEquals(kernel.getFlat(i), w[i] + 0.25f * g[i], 1e-6);
        }
        assertEquals(bias, parameters.get(1).values()[0] + 0.25f * parameters.get(1).gradients()[0], 1e-6);
    }

    @Test
    void theTargetMarksTheWindowCentresOnTheFallingDiagonalOnly() {
        KernelLearner learner = new KernelLearner(new KernelLessonConfig(1, 0.5, 10, 10, 3));
        for (ShapeSample picture : learner.pictures().samples()) {
            Tensor t = KernelLearner.target(picture);
            assertEquals(8, t.shape().height());
            float marked = 0;
            for (int i = 0; i < 64; i++) {
                marked += t.getFlat(i);
            }
            if (picture.shape() == ShapeClass.DIAGONAL_DOWN) {
                assertTrue(marked >= 3, "a diagonal of at least three pixels inside the map, got " + marked);
            } else {
                assertEquals(0f, marked, picture.shape().toString());
            }
        }
    }

    private static KernelStep run(long seed, int steps) {
        KernelLearner learner = new KernelLearner(KernelLessonConfig.of(seed, 0.5));
        KernelStep step = null;
        for (int i = 0; i < steps; i++) {
            step = learner.step();
        }
        return step;
    }
}
