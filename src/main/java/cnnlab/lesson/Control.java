package cnnlab.lesson;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A setting of a convolution step that the student may change while the step is shown. */
public enum Control {
    KERNEL, STRIDE, PADDING, DILATION, FLIP, RELU;

    /** The word used in lesson files, e.g. {@code stride}. */
    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
