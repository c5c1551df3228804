package cnnlab.engine;

import java.util.List;

/**
 * The whole computation of one output value: the window's taps, the bias and the sum
 * {@code bias + Σ input·weight}, accumulated in the same order as {@link Conv2d#apply}.
 *
 * @param filter     output channel
 * @param outY       output row
 * @param outX       output column
 * @param windowTop  input row of the window's top-left tap (negative inside the padding)
 * @param windowLeft input column of the window's top-left tap
 * @param taps       every tap, channel by channel, kernel row by row
 * @param bias       the filter's bias
 * @param sum        the output value
 */
public record ConvCell(int filter, int outY, int outX, int windowTop, int windowLeft,
                       List<ConvTap> taps, float bias, float sum) {
    public ConvCell {
        taps = List.copyOf(taps);
    }

    /** True when one of the taps reads input cell (y, x) of any channel. */
    public boolean reads(int y, int x) {
        for (ConvTap tap : taps) {
            if (!tap.padding() && tap.inputY() == y && tap.inputX() == x) {
                return true;
            }
        }
        return false;
    }
}
