package cnnlab.lesson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a playground's starting feature maps must be; checked by the validator.
 *
 * @param maps one entry per kernel, in order (the list may stop early; {@code {}} checks nothing):
 *             {@code shape} is {@code [1, height, width]}, and {@code max}, {@code min},
 *             {@code output} work as for a convolution step
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlaygroundExpect(@JsonProperty(required = true) List<MapExpect> maps) {
    public PlaygroundExpect {
        maps = List.copyOf(maps);
    }
}
