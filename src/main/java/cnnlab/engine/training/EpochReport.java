package cnnlab.engine.training;

/**
 * The summary of one finished epoch.
 *
 * @param epoch  the epoch, from 1
 * @param epochs epochs in the run
 * @param train  loss and accuracy on the training images while they were being learned
 * @param test   loss and accuracy on the held-out images after the epoch
 * @param millis wall-clock time of the epoch's training, without the test evaluation
 */
public record EpochReport(int epoch, int epochs, Evaluation train, Evaluation test, long millis) {
}
