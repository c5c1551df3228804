package cnnlab.lesson;

import cnnlab.engine.LayerSpec;
import cnnlab.engine.Network;
import cnnlab.engine.PoolSpec;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes a {@link Network} in the format {@link NetworkReader} reads, so the two round-trip. */
final class NetworkWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private NetworkWriter() {
    }

    /** {@code {"input": [C, H, W], "layers": [...]}}. */
    static ObjectNode toJson(Network network) {
        ObjectNode json = NODES.objectNode();
        json.putArray("input").add(network.input().channels()).add(network.input().height())
                .add(network.input().width());
        ArrayNode layers = json.putArray("layers");
        for (LayerSpec layer : network.layers()) {
            layers.add(layer(layer));
        }
        return json;
    }

    private static ObjectNode layer(LayerSpec layer) {
        ObjectNode json = NODES.objectNode();
        json.put("type", layer.type());
        if (layer.name() != null) {
            json.put("name", layer.name());
        }
        if (layer instanceof LayerSpec.Conv conv) {
            json.put("filters", conv.filters());
            if (conv.kernelHeight() == conv.kernelWidth()) {
                json.put("kernel", conv.kernelHeight());
            } else {
                json.putArray("kernel").add(conv.kernelHeight()).add(conv.kernelWidth());
            }
            json.put("stride", conv.stride());
            if (conv.padding().same()) {
                json.put("padding", "same");
            } else {
                json.put("padding", conv.padding().amount());
            }
            json.put("dilation", conv.dilation());
            json.put("bias", conv.bias());
        } else if (layer instanceof LayerSpec.Pool pool) {
            PoolSpec spec = pool.spec();
            json.put("size", spec.size());
            json.put("stride", spec.stride());
            json.put("padding", spec.padding());
        } else if (layer instanceof LayerSpec.Dense dense) {
            json.put("units", dense.units());
            json.put("bias", dense.bias());
        } else if (layer instanceof LayerSpec.Dropout dropout) {
            json.put("rate", dropout.rate());
        }
        return json;
    }
}
