package cnnlab.engine.training;

import cnnlab.engine.Tensor;
import cnnlab.engine.data.LabelledImages;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Mini-batch training of a classifier with softmax cross-entropy. Each epoch shuffles the
 * training images (one {@link Random} seeded from the config, so a run on one thread is
 * reproducible), and for each batch {@code B}:
 * <pre>
 *   zero the gradients;  for each (x, y) in B: g += ∂(−log softmax(scores(x))_y)/∂θ
 *   g ← g / |B|;         optimiser.step(θ, g)
 * </pre>
 * Between batches it asks the {@link TrainingControl} whether to go on, wait or stop. Each
 * batch runs while holding the model's monitor, so another thread that synchronises on the
 * model (as {@link TrainingRun#snapshot()} does) sees it between updates only.
 */
public final class Trainer {
    private final Sequential model;
    private final Optimiser optimiser;
    private final TrainingConfig config;

    /** Trains {@code model} in place with {@code optimiser}. */
    public Trainer(Sequential model, Optimiser optimiser, TrainingConfig config) {
        this.model = model;
        this.optimiser = optimiser;
        this.config = config;
    }

    public Sequential model() {
        return model;
    }

    public TrainingConfig config() {
        return config;
    }

    /**
     * Runs the epochs of the config. Modified: the model's parameters, the optimiser's state.
     *
     * @param train   images to learn from
     * @param test    held-out images, evaluated after every epoch
     * @param listener told about every batch and epoch, on this thread
     * @param control checked between batches
     */
    public TrainingResult train(LabelledImages train, LabelledImages test, TrainingListener listener,
                                TrainingControl control) {
        Random shuffler = new Random(config.seed());
        List<EpochReport> reports = new ArrayList<>();
        int[] order = new int[train.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int batches = (train.size() + config.batchSize() - 1) / config.batchSize();
        boolean stopped = false;
        for (int epoch = 1; epoch <= config.epochs() && !stopped; epoch++) {
            long start = System.nanoTime();
            shuffle(order, shuffler);
            double lossSum = 0;
            int correct = 0;
            int seen = 0;
            for (int b = 0; b < batches; b++) {
                if (!control.awaitTurn()) {
                    stopped = true;
                    break;
                }
                int from = b * config.batchSize();
                int to = Math.min(from + config.batchSize(), order.length);
                synchronized (model) {
                    model.setTraining(true);
                    model.zeroGradients();
                    for (int k = from; k < to; k++) {
                        int i = order[k];
                        Tensor scores = model.scores(train.image(i));
                        LossGradient loss = SoftmaxCrossEntropy.evaluate(scores, train.label(i));
                        model.backward(loss.gradient());
                        lossSum += loss.loss();
                        correct += Evaluation.argmax(scores) == train.label(i) ? 1 : 0;
                    }
                    for (Parameter p : model.parameters()) {
                        p.scaleGradients(1f / (to - from));
                    }
                    optimiser.step(model.parameters());
                    model.setTraining(false);
                }
                seen += to - from;
                listener.batchFinished(new BatchProgress(epoch, config.epochs(), b + 1, batches, lossSum / seen,
                        (double) correct / seen));
            }
            if (stopped) {
                break;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            Evaluation held;
            synchronized (model) {
                held = Evaluation.of(model, test);
            }
            EpochReport report = new EpochReport(epoch, config.epochs(), new Evaluation(lossSum / seen, correct, seen),
                    held, millis);
            reports.add(report);
            listener.epochFinished(report);
        }
        Evaluation finalTest;
        synchronized (model) {
            finalTest = reports.isEmpty() || stopped ? Evaluation.of(model, test) : reports.get(reports.size() - 1).test();
        }
        return new TrainingResult(model, reports, stopped, finalTest);
    }

    /** Fisher–Yates shuffle. Modified: order, random. */
    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
