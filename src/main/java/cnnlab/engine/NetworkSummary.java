package cnnlab.engine;

import java.util.List;

/**
 * A model summary: the input and one row per layer.
 *
 * @param input  the network input shape
 * @param layers one summary per layer, in order
 */
public record NetworkSummary(Shape input, List<LayerSummary> layers) {
    public NetworkSummary {
        layers = List.copyOf(layers);
    }

    /** Sum of every layer's parameters. */
    public long totalParams() {
        return layers.stream().mapToLong(LayerSummary::params).sum();
    }
}
