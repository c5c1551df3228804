package cnnlab.engine.training;

/**
 * Where training stands after one mini-batch update.
 *
 * @param epoch    the current epoch, from 1
 * @param epochs   epochs in the run
 * @param batch    batches done in this epoch, from 1
 * @param batches  batches per epoch
 * @param loss     mean cross-entropy of the images seen so far in this epoch (before their update)
 * @param accuracy fraction of those images classified correctly
 */
public record BatchProgress(int epoch, int epochs, int batch, int batches, double loss, double accuracy) {
}
