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
 */
public record PlaygroundStep(Text title,
                             @JsonProperty(required = true) Text text,
                             @JsonProperty(required = true) TensorSpec input,
                             @JsonProperty(required = true) List<TensorSpec> kernels,
                             int stride,
                             PaddingRule padding,
                             boolean relu) implements Step {
    public PlaygroundStep {
        kernels = List.copyOf(kernels);
    }
}
