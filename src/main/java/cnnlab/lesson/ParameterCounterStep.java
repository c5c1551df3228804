package cnnlab.lesson;

import cnnlab.engine.LayerSpec;
import cnnlab.engine.Network;
import cnnlab.engine.PaddingRule;
import cnnlab.engine.Shape;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A live comparison of parameters: a square image of {@code size × size × channels} into a
 * fully connected layer of {@code neurons} units, against {@code filters} convolution kernels
 * of {@code kernel × kernel × channels} shared over the whole image. The student moves the
 * size between {@code minSize} and {@code maxSize}; the engine counts.
 *
 * @param title    a short heading, or null
 * @param text     what the student reads
 * @param channels input channels (3 for RGB)
 * @param minSize  the smallest image side on the slider
 * @param maxSize  the largest image side on the slider
 * @param size     the image side shown first
 * @param neurons  units of the fully connected layer
 * @param kernel   the convolution kernel side
 * @param filters  number of convolution kernels (default 1)
 * @param bias     true to count one bias per neuron and per kernel (default true)
 * @param expect   the counts at {@code size}, checked by the validator; null for no check
 */
public record ParameterCounterStep(Text title,
                                   @JsonProperty(required = true) Text text,
                                   @JsonProperty(required = true) int channels,
                                   @JsonProperty(required = true) int minSize,
                                   @JsonProperty(required = true) int maxSize,
                                   @JsonProperty(required = true) int size,
                                   @JsonProperty(required = true) int neurons,
                                   @JsonProperty(required = true) int kernel,
                                   int filters,
                                   boolean bias,
                                   CounterExpect expect) implements Step {

    /** The image of {@code side × side × channels} flattened into the fully connected layer. */
    public Network denseNetwork(int side) {
        return new Network(new Shape(channels, side, side),
                List.of(new LayerSpec.Flatten(null), new LayerSpec.Dense(null, neurons, bias)));
    }

    /** The image of {@code side × side × channels} into the convolution. */
    public Network convNetwork(int side) {
        return new Network(new Shape(channels, side, side),
                List.of(new LayerSpec.Conv(null, filters, kernel, kernel, 1, PaddingRule.VALID, 1, bias)));
    }
}
