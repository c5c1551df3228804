package cnnlab.engine.training;

import cnnlab.engine.Tensor;

/**
 * A loss value and its gradient with respect to the model output it was computed from.
 *
 * @param loss     the loss {@code L}
 * @param gradient {@code ∂L/∂output}, shaped like the output
 */
public record LossGradient(double loss, Tensor gradient) {
}
