package cnnlab.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One cell of one layer's output map, all counted from 0.
 *
 * @param layer the index of the layer in {@code layers}
 * @param y     the row in that layer's output
 * @param x     the column in that layer's output
 */
public record Focus(@JsonProperty(required = true) int layer, @JsonProperty(required = true) int y,
                    @JsonProperty(required = true) int x) {
}
