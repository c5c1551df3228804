package cnnlab.lesson;

import cnnlab.engine.Network;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A network the student can load into an editable network table, e.g. LeNet-5.
 *
 * @param name    its name as the table's menu shows it (a proper name, not translated)
 * @param network the network
 */
public record NetworkPreset(@JsonProperty(required = true) String name,
                            @JsonProperty(required = true) Network network) {
}
