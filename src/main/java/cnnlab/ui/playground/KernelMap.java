package cnnlab.ui.playground;

import cnnlab.engine.Conv2d;
import cnnlab.engine.Pool2d;
import cnnlab.engine.Tensor;

/**
 * One kernel's feature map as the engine computed it, or why it could not.
 *
 * @param conv      the convolution the engine ran, or null when it could not be set up
 * @param beforePool the map after the convolution and ReLU, before pooling; null on a problem
 * @param pool      the pooling applied, or null for none
 * @param shown     the map shown: {@code beforePool}, pooled when {@code pool} is set; null on a problem
 * @param problem   why there is no map (e.g. the kernel is larger than the input), or null
 */
public record KernelMap(Conv2d conv, Tensor beforePool, Pool2d pool, Tensor shown, String problem) {

    /** A map that could not be computed. */
    public static KernelMap failed(String problem) {
        return new KernelMap(null, null, null, null, problem);
    }

    public boolean ok() {
        return problem == null;
    }
}
