package cnnlab.lesson;

import cnnlab.engine.PaddingRule;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An image and a bank of editable kernels, each with its live feature map.
 *
 * @param title   a short heading, or null
 * @param text    what the student reads
 * @param input   the image or tensor
 * @param kernels the kernels to start with, e.g. {@code {"preset": "sobel-x"}} or literal rows
 * @param stride  the starting stride (default 1)
 * @param padding the starting padding (default 0)
 * @param relu    true to start with ReLU on
 * @param expect  what the starting maps must be, checked by the validator; null for no check
 */
public record PlaygroundStep(Text title,
                             @JsonProperty(required = true) Text text,
                             @JsonProperty(required = true) TensorSpec input,
                             @JsonProperty(required = true) List<TensorSpec> kernels,
                             int stride,
                             PaddingRule padding,
                             boolean relu,
                             PlaygroundExpect expect) implements Step {
    public PlaygroundStep {
        kernels = List.copyOf(kernels);
    }

    /**
     * This step as the student has changed it: the same input and texts with the kernels, stride,
     * padding and ReLU now on screen. {@code StepValues.of} on the result gives the values to show.
     */
    public PlaygroundStep withSettings(List<TensorSpec> kernels, int stride, PaddingRule padding, boolean relu) {
        return new PlaygroundStep(title, text, input, kernels, stride, padding, relu, expect);
    }
}
