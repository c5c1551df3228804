package cnnlab.engine.training;

import cnnlab.engine.EngineException;

/**
 * The controls of the "learning a kernel" lesson.
 *
 * @param seed             seeds the starting kernel, the pictures and their order
 * @param learningRate     the step size {@code η} of gradient descent
 * @param imageSize        side of the square pictures, at least 8
 * @param batchSize        pictures per update
 * @param picturesPerClass pictures of each of the five kinds (one diagonal to find, four to ignore)
 */
public record KernelLessonConfig(long seed, double learningRate, int imageSize, int batchSize, int picturesPerClass) {

    public KernelLessonConfig {
        EngineException.require(learningRate > 0, "the learning rate must be positive, got " + learningRate);
        EngineException.require(imageSize >= 8, "pictures must be at least 8 pixels wide, got " + imageSize);
        EngineException.require(batchSize >= 1, "batch size must be at least 1, got " + batchSize);
        EngineException.require(picturesPerClass >= 1, "pictures per class must be at least 1, got " + picturesPerClass);
    }

    /**
     * The lesson's defaults for a seed and learning rate: 10×10 pictures, batches of 10, 40
     * pictures per kind. A learning rate of 0.5 settles in about 200 steps.
     */
    public static KernelLessonConfig of(long seed, double learningRate) {
        return new KernelLessonConfig(seed, learningRate, 10, 10, 40);
    }
}
