package cnnlab.lesson;

import cnnlab.engine.LayerSpec;
import cnnlab.engine.Network;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Network} in the format {@link NetworkReader} reads, so that reading the
 * result gives back an equal network. Defaults are written out in full (stride, padding,
 * dilation, bias); names only when the layer has one.
 */
public final class NetworkWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private NetworkWriter() {
    }

    /** The network as a JSON tree {@code {"input": [C, H, W], "layers": [...]}}. */
    public static ObjectNode toTree(Network network) {
        ObjectNode root = NODES.objectNode();
        root.putArray("input").add(network.input().channels()).add(network.input().height()).add(network.input().width());
        ArrayNode layers = root.putArray("layers");
        for (LayerSpec layer : network.layers()) {
            layers.add(layer(layer));
        }
        return root;
    }

    private static ObjectNode layer(LayerSpec spec) {
        ObjectNode node = NODES.objectNode();
        node.put("type", spec.type());
        if (spec.name() != null) {
            node.put("name", spec.name());
        }
        if (spec instanceof LayerSpec.Conv conv) {
            node.put("filters", conv.filters());
            if (conv.kernelHeight() == conv.kernelWidth()) {
                node.put("kernel", conv.kernelHeight());
            } else {
                node.putArray("kernel").add(conv.kernelHeight()).add(conv.kernelWidth());
            }
            node.put("stride", conv.stride());
            if (conv.padding().same()) {
                node.put("padding", "same");
            } else {
                node.put("padding", conv.padding().amount());
            }
            node.put("dilation", conv.dilation());
            node.put("bias", conv.bias());
        } else if (spec instanceof LayerSpec.Pool pool) {
            node.put("size", pool.spec().size());
            node.put("stride", pool.spec().stride());
            node.put("padding", pool.spec().padding());
        } else if (spec instanceof LayerSpec.Dense dense) {
            node.put("units", dense.units());
            node.put("bias", dense.bias());
        } else if (spec instanceof LayerSpec.Dropout dropout) {
            node.put("rate", dropout.rate());
        }
        return node;
    }
}
