package cnnlab.timeline;

import cnnlab.engine.ConvCell;
import cnnlab.engine.ConvTap;
import java.util.List;

/**
 * What the convolution stage shows at one moment. Every number comes from the engine's trace:
 * the taps, products and sum of {@link #cell()}, and partial sums accumulated from those
 * products in trace order.
 *
 * @param slide           window, phase, skipped positions, visible products and revealed outputs
 * @param cell            the output cell being computed, with all its taps (filter, row, column, sum)
 * @param partialSum      bias plus the visible products, added in trace order; equals
 *                        {@code cell.sum()} bit for bit once all products are visible
 * @param channelPartials per input channel, the sum of its visible products (no bias), so three
 *                        colour planes can show their partial sums adding into one output
 * @param caption         what the caption says
 */
public record ConvState(SlideState slide, ConvCell cell, float partialSum, List<Float> channelPartials,
                        Caption caption) {

    public ConvState {
        channelPartials = List.copyOf(channelPartials);
    }

    /** The taps whose product is on screen, in trace order (channel by channel, row by row). */
    public List<ConvTap> visibleTaps() {
        return cell.taps().subList(0, slide.visibleTerms());
    }

    /** True when every product of the cell is on screen. */
    public boolean allProductsVisible() {
        return slide.visibleTerms() == cell.taps().size();
    }
}
