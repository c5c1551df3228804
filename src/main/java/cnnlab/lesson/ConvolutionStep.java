package cnnlab.lesson;

import cnnlab.engine.PaddingRule;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A kernel sliding over an input, cell by cell: the window, the products, the sum landing in
 * the output. Several kernels give a stack of maps; planes give a multi-channel input.
 *
 * @param title        a short heading, or null
 * @param text         what the student reads
 * @param input        the input tensor
 * @param kernels      one or more kernels of equal shape
 * @param bias         one value per kernel, or null for none
 * @param stride       cells the window moves per step (default 1)
 * @param padding      zeros around the input: cells, or "same" (default 0)
 * @param dilation     spacing between kernel taps (default 1)
 * @param flip         true for a true convolution (kernel turned by 180°)
 * @param relu         true to clip negative outputs to 0
 * @param walk         which cells to animate and how fast; null for all at the default pace
 * @param showFlipped  true to show the flipped kernel beside the kernel
 * @param highlightMax true to light up the cells holding the map's largest value
 * @param controls     settings the student may change while the step is shown; null for none
 * @param expect       what the output must be, checked by the validator; null for no check
 * @param showSizeFormula true to show ⌊(n + 2p − d(k−1) − 1)/s⌋ + 1 with the current numbers ({@link SizeFormula})
 */
public record ConvolutionStep(Text title,
                              @JsonProperty(required = true) Text text,
                              @JsonProperty(required = true) TensorSpec input,
                              @JsonProperty(required = true) List<TensorSpec> kernels,
                              List<Double> bias,
                              int stride,
                              PaddingRule padding,
                              int dilation,
                              boolean flip,
                              boolean relu,
                              Walk walk,
                              boolean showFlipped,
                              boolean highlightMax,
                              List<Control> controls,
                              MapExpect expect,
                              boolean showSizeFormula) implements Step {
    public ConvolutionStep {
        kernels = List.copyOf(kernels);
        bias = bias == null ? null : List.copyOf(bias);
        controls = controls == null ? null : List.copyOf(controls);
    }

    /** The convolution settings of this step. */
    public ConvolutionLayer layer() {
        return new ConvolutionLayer(kernels, bias, stride, padding, dilation, flip, relu);
    }

    /**
     * This step with the convolution settings the student has chosen with the {@code controls}:
     * the same input, texts and display options, the kernels, stride, padding, dilation, flip and
     * ReLU of {@code settings}, and no {@code expect} (the author's check of the step's own
     * settings, which changed ones need not meet). {@code StepValues.of} on the result gives the
     * values to show.
     */
    public ConvolutionStep withLayer(ConvolutionLayer settings) {
        return new ConvolutionStep(title, text, input, settings.kernels(), settings.bias(), settings.stride(),
                settings.padding(), settings.dilation(), settings.flip(), settings.relu(), walk, showFlipped,
                highlightMax, controls, null, showSizeFormula);
    }
}
