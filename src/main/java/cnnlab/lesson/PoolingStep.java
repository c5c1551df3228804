package cnnlab.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A pooling window sliding over a map: the winner (max) or the mean (avg) going to the smaller
 * map, or both side by side. The map is the input itself or, with {@code convolution}, the
 * output of that convolution on the input.
 *
 * @param title         a short heading, or null
 * @param text          what the student reads
 * @param input         the input tensor
 * @param convolution   a convolution applied to the input first; null for none
 * @param size          the window side (default 2)
 * @param stride        cells the window moves per step (default: the size)
 * @param padding       cells added on every side, at most half the size (default 0)
 * @param kind          max, avg or both (default max)
 * @param walk          which cells to animate and how fast; null for all at the default pace
 * @param expect        what the pooled map must be (for {@code both}: the max map); null for no check
 * @param expectAverage for {@code both}: what the average map must be; null for no check
 */
public record PoolingStep(Text title,
                          @JsonProperty(required = true) Text text,
                          @JsonProperty(required = true) TensorSpec input,
                          ConvolutionLayer convolution,
                          int size,
                          int stride,
                          int padding,
                          PoolChoice kind,
                          Walk walk,
                          MapExpect expect,
                          MapExpect expectAverage) implements Step {
}
