package cnnlab.ui.insight;

import cnnlab.engine.Tensor;

/**
 * The output of one layer for the chosen picture, while it is still a map.
 *
 * @param name the layer's name, e.g. {@code conv_1}
 * @param maps its output, {@code C × H × W}
 */
public record LayerMaps(String name, Tensor maps) {
}
