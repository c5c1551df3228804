package cnnlab.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sequential network description: an input shape and layers. It computes shapes, parameter
 * counts and receptive fields; it holds no weights.
 *
 * <p>Parameters: a convolution has {@code F·(C·k_h·k_w) + F} (the {@code + F} only with bias), a
 * dense layer {@code units·n + units}; the other layers have none.
 *
 * @param input  the input shape {@code C × H × W}
 * @param layers the layers, first to last
 */
public record Network(Shape input, List<LayerSpec> layers) {

    public Network {
        EngineException.require(input != null, "the network has no input shape");
        layers = List.copyOf(layers);
    }

    /**
     * Walks the layers and reports each one's output shape, parameters and receptive field.
     *
     * @throws EngineException naming the layer (number and name) that cannot follow its input
     */
    public NetworkSummary summarize() {
        List<LayerSummary> rows = new ArrayList<>();
        Map<String, Integer> counters = new HashMap<>();
        Shape shape = input;
        Long flat = null;
        ReceptiveField field = ReceptiveField.IDENTITY;
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = layers.get(i);
            int n = counters.merge(layer.type(), 1, Integer::sum);
            String name = layer.name() != null ? layer.name() : layer.type() + "_" + n;
            long params = 0;
            try {
                if (layer instanceof LayerSpec.Conv conv) {
                    requireSpatial(flat, "a convolution");
                    ConvSpec window = conv.window(shape.height(), shape.width());
                    window.requireFits(shape.height(), shape.width());
                    params = (long) conv.filters() * shape.channels() * conv.kernelHeight() * conv.kernelWidth()
                            + (conv.bias() ? conv.filters() : 0);
                    shape = new Shape(conv.filters(), window.outputHeight(shape.height()),
                            window.outputWidth(shape.width()));
                    field = field.then(window);
                } else if (layer instanceof LayerSpec.Pool pool) {
                    requireSpatial(flat, "pooling");
                    shape = new Pool2d(pool.spec()).outputShape(shape);
                    field = field.then(pool.spec().window());
                } else if (layer instanceof LayerSpec.Flatten) {
                    requireSpatial(flat, "flatten");
                    flat = (long) shape.size();
                    field = null;
                } else if (layer instanceof LayerSpec.Dense dense) {
                    EngineException.require(flat != null, "a dense layer needs a flatten layer before it");
                    params = (long) dense.units() * flat + (dense.bias() ? dense.units() : 0);
                    flat = (long) dense.units();
                }
                // relu, dropout and softmax keep the shape and have no parameters
            } catch (EngineException e) {
                throw new EngineException("layer " + (i + 1) + " (" + name + "): " + e.getMessage());
            }
            List<Integer> out = flat != null ? List.of(Math.toIntExact(flat))
                    : List.of(shape.channels(), shape.height(), shape.width());
            rows.add(new LayerSummary(name, layer.type(), out, params, field));
        }
        return new NetworkSummary(input, rows);
    }

    private static void requireSpatial(Long flat, String what) {
        EngineException.require(flat == null, what + " needs a C×H×W map, but the input was already flattened");
    }
}
