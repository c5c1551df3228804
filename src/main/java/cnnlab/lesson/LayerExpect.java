package cnnlab.lesson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What one row of a model summary must say; checked by the validator. Only {@code layer} is
 * required.
 *
 * @param layer       the index of the layer in {@code layers}, counted from 0
 * @param params      its trainable parameters
 * @param outputShape its output: {@code [C, H, W]}, or {@code [N]} once flattened
 * @param field       the receptive field of one of its cells in the network input: {@code [height, width]}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LayerExpect(@JsonProperty(required = true) int layer, Long params, List<Integer> outputShape,
                          List<Integer> field) {
    public LayerExpect {
        outputShape = outputShape == null ? null : List.copyOf(outputShape);
        field = field == null ? null : List.copyOf(field);
    }
}
