package cnnlab.engine.training;

import cnnlab.engine.Tensor;

/**
 * The state of the learnt kernel after one update.
 *
 * @param step       updates made so far, from 1
 * @param kernel     the {@code 1 × 3 × 3} kernel after the update
 * @param bias       the bias after the update
 * @param loss       the mean loss of the batch, computed before the update
 * @param similarity cosine similarity of the kernel with the diagonal detector, in [−1, 1]
 */
public record KernelStep(int step, Tensor kernel, float bias, double loss, double similarity) {
}
