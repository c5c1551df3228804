package cnnlab.engine.training;

import java.util.List;

/**
 * What a training run produced.
 *
 * @param model   the trained model (owned by the caller once the run has finished)
 * @param epochs  a report for every completed epoch
 * @param stopped true when the run was stopped before its last epoch ended
 * @param test    the model's loss and accuracy on the held-out images at the end
 */
public record TrainingResult(Sequential model, List<EpochReport> epochs, boolean stopped, Evaluation test) {
    public TrainingResult {
        epochs = List.copyOf(epochs);
    }
}
