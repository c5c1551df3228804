package cnnlab.lesson;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a step's output map must be; the validator computes the map with the engine and reports
 * every disagreement, so a lesson can never teach a wrong number. Every field is optional.
 *
 * @param output the whole map: rows for one map, planes for several
 * @param shape  {@code [maps, height, width]}
 * @param max    the largest value
 * @param min    the smallest value
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MapExpect(TensorSpec output, List<Integer> shape, Double max, Double min) {
    public MapExpect {
        shape = shape == null ? null : List.copyOf(shape);
    }
}
