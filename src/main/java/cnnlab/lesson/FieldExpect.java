package cnnlab.lesson;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a receptive-field step must show; checked by the validator against
 * {@link cnnlab.engine.ReceptiveField}. Every field is optional.
 *
 * @param field  the focus cell's receptive field in the input: {@code [height, width]}
 * @param layers rows of the network's summary, e.g. the field of every layer's cells
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldExpect(List<Integer> field, List<LayerExpect> layers) {
    public FieldExpect {
        field = field == null ? null : List.copyOf(field);
        layers = layers == null ? null : List.copyOf(layers);
    }
}
