package cnnlab.lesson;

import cnnlab.engine.Network;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A model summary table: each layer's output shape, parameters and receptive field.
 *
 * @param title    a short heading, or null
 * @param text     what the student reads
 * @param network  the network shown first
 * @param editable true when the student may add, remove and change layers
 * @param presets  networks the student can load into the table; null for none
 * @param expect   what the summary must say, checked by the validator; null for no check
 */
public record NetworkStep(Text title,
                          @JsonProperty(required = true) Text text,
                          @JsonProperty(required = true) Network network,
                          boolean editable,
                          List<NetworkPreset> presets,
                          NetworkExpect expect) implements Step {
    public NetworkStep {
        presets = presets == null ? null : List.copyOf(presets);
    }
}
