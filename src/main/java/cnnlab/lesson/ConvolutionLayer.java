package cnnlab.lesson;

import cnnlab.engine.PaddingRule;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The convolution settings shared by convolution steps and the optional convolution before a
 * pooling step.
 *
 * @param kernels  one or more kernels of equal shape: rows for one input channel, planes for several
 * @param bias     one value per kernel, or null for none
 * @param stride   cells the window moves per step
 * @param padding  zeros around the input: a number of cells, or "same" to keep the size at stride 1
 * @param dilation spacing between kernel taps (1 = an ordinary kernel)
 * @param flip     true for a true convolution (kernel turned by 180°) instead of cross-correlation
 * @param relu     true to clip negative outputs to 0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConvolutionLayer(@JsonProperty(required = true) List<TensorSpec> kernels, List<Double> bias,
                               int stride, PaddingRule padding, int dilation, boolean flip, boolean relu) {
    public ConvolutionLayer {
        kernels = List.copyOf(kernels);
        bias = bias == null ? null : List.copyOf(bias);
    }
}
