package cnnlab.engine.training;

import cnnlab.engine.Tensor;
import cnnlab.engine.data.LabelledImages;

/**
 * How well a model classifies a set of images.
 *
 * @param loss    mean softmax cross-entropy {@code (1/N) Σ −log p_y}
 * @param correct images whose highest score is their true class
 * @param count   images evaluated
 */
public record Evaluation(double loss, int correct, int count) {

    /** Fraction classified correctly, {@code correct / count} (0 for no images). */
    public double accuracy() {
        return count == 0 ? 0 : (double) correct / count;
    }

    /** Runs {@code model} on every image. Modified: the model's remembered forward pass. Not modified: its parameters. */
    public static Evaluation of(Sequential model, LabelledImages images) {
        double loss = 0;
        int correct = 0;
        for (int i = 0; i < images.size(); i++) {
            Tensor scores = model.scores(images.image(i));
            loss += SoftmaxCrossEntropy.evaluate(scores, images.label(i)).loss();
            correct += argmax(scores) == images.label(i) ? 1 : 0;
        }
        return new Evaluation(images.size() == 0 ? 0 : loss / images.size(), correct, images.size());
    }

    /** Index of the largest value, the first on ties. */
    static int argmax(Tensor scores) {
        int best = 0;
        for (int i = 1; i < scores.shape().size(); i++) {
            if (scores.getFlat(i) > scores.getFlat(best)) {
                best = i;
            }
        }
        return best;
    }
}
