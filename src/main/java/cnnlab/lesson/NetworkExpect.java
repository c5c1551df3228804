package cnnlab.lesson;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a network's summary must say; checked by the validator. Every field is optional.
 *
 * @param totalParams the sum of every layer's parameters
 * @param outputShape the last layer's output: {@code [C, H, W]}, or {@code [N]} once flattened
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkExpect(Long totalParams, List<Integer> outputShape) {
    public NetworkExpect {
        outputShape = outputShape == null ? null : List.copyOf(outputShape);
    }
}
