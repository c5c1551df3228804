package cnnlab.engine.training;

import cnnlab.engine.EngineException;

/**
 * How long and in what order a {@link Trainer} trains.
 *
 * @param epochs    passes over the training images, at least 1
 * @param batchSize images per update, at least 1 (the last batch of an epoch may be smaller)
 * @param seed      seeds the shuffling of the images before every epoch
 */
public record TrainingConfig(int epochs, int batchSize, long seed) {
    public TrainingConfig {
        EngineException.require(epochs >= 1, "epochs must be at least 1, got " + epochs);
        EngineException.require(batchSize >= 1, "batch size must be at least 1, got " + batchSize);
    }
}
