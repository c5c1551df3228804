package cnnlab.engine;

import java.util.List;

/**
 * One row of a model summary.
 *
 * @param name        the layer's name
 * @param type        its type word ({@code conv}, {@code maxpool}, …)
 * @param outputShape {@code [C, H, W]}, or {@code [N]} once flattened
 * @param params      trainable parameters of this layer
 * @param field       receptive field of one output cell in the network input; null once flattened
 */
public record LayerSummary(String name, String type, List<Integer> outputShape, long params, ReceptiveField field) {
    public LayerSummary {
        outputShape = List.copyOf(outputShape);
    }

    /** True while the output is still a spatial map (before flatten). */
    public boolean spatial() {
        return field != null;
    }
}
