package cnnlab.engine.training;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.util.List;

/**
 * One trainable layer of a {@link Sequential} model, for one example at a time.
 *
 * <p>{@link #forward} computes the output and keeps what {@link #backward} needs (usually the
 * input). {@link #backward} takes {@code ∂L/∂out} for that same forward pass, adds
 * {@code ∂L/∂θ} into each {@link Parameter#gradients()} and returns {@code ∂L/∂in}. A layer
 * therefore remembers one example at a time and is not thread-safe.
 */
public interface Layer {

    /** The layer's name, as in the network summary, e.g. {@code conv_1}. */
    String name();

    /** The input shape the layer was built for. */
    Shape inputShape();

    /** The output shape for {@link #inputShape()}; vectors are {@code N × 1 × 1}. */
    Shape outputShape();

    /**
     * Computes the layer's output. Modified: the layer's remembered input. Not modified: {@code input}.
     *
     * @throws cnnlab.engine.EngineException when {@code input} does not have {@link #inputShape()}
     */
    Tensor forward(Tensor input);

    /**
     * Back-propagates {@code ∂L/∂out} of the last {@link #forward} call.
     * Modified: the gradients of {@link #parameters()} (added into). Not modified: {@code outputGradient}.
     *
     * @return {@code ∂L/∂in}, shaped like the input
     */
    Tensor backward(Tensor outputGradient);

    /** The trainable parameters, in a fixed order; empty for layers without any. */
    default List<Parameter> parameters() {
        return List.of();
    }
}
