package cnnlab.lesson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Gradients flowing back through one layer (curriculum row 14): through a pooling window to the
 * winner (max) or spread evenly (average), or through a convolution, whose weight gradient is
 * the correlation of the input with the output gradient. Every number comes from the engine's
 * backward passes.
 *
 * @param title          a short heading, or null
 * @param text           what the student reads
 * @param layer          {@code pooling} or {@code convolution}, see {@link #LAYERS}
 * @param input          the layer's input
 * @param kernel         the convolution's kernel (convolution only)
 * @param size           the pooling window side (pooling only; default 2); 0 for a convolution, and then not written
 * @param stride         cells the window moves per step (default: the size for pooling, 1 for convolution)
 * @param kind           max, avg or both (pooling only; default both)
 * @param outputGradient the gradient arriving at the layer's output, shaped like it; null for 1, 2, 3, … in reading order
 */
public record GradientsStep(Text title,
                            @JsonProperty(required = true) Text text,
                            @JsonProperty(required = true) String layer,
                            @JsonProperty(required = true) TensorSpec input,
                            TensorSpec kernel,
                            @JsonInclude(JsonInclude.Include.NON_DEFAULT) int size,
                            int stride,
                            PoolChoice kind,
                            TensorSpec outputGradient) implements Step {
    /** The layer kinds a gradients step shows. */
    public static final List<String> LAYERS = List.of("pooling", "convolution");
    /** The {@code layer} word of a pooling layer. */
    public static final String POOLING = "pooling";

    /** True for a pooling layer, false for a convolution. */
    public boolean pooling() {
        return POOLING.equals(layer);
    }
}
