package cnnlab.engine.training;

import cnnlab.engine.EngineException;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;

/** The one check every layer makes on what it is handed. */
final class ShapeCheck {
    private ShapeCheck() {
    }

    /** @throws EngineException naming the layer when {@code tensor} is not {@code expected} */
    static void require(Tensor tensor, Shape expected, String layer, String what) {
        if (!tensor.shape().equals(expected)) {
            throw new EngineException(layer + ": the " + what + " is " + tensor.shape() + " but the layer was built for "
                    + expected);
        }
    }

    /** @throws EngineException when backward is called before any forward */
    static void requireForward(Object remembered, String layer) {
        if (remembered == null) {
            throw new EngineException(layer + ": backward needs a forward pass first");
        }
    }
}
