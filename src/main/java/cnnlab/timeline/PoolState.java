package cnnlab.timeline;

import cnnlab.engine.PoolCell;
import cnnlab.engine.PoolKind;
import cnnlab.engine.PoolTap;
import java.util.List;

/**
 * What the pooling stage shows at one moment; every number comes from the engine's trace.
 *
 * @param slide       window, phase, skipped positions, highlighted cells and revealed outputs
 * @param kind        max or average
 * @param cell        the output cell being pooled, with the cells under its window and its value
 * @param winner      for max pooling, once the result travels: the index in {@code cell.taps()}
 *                    of the winning cell (the trace's); −1 before that and for average pooling
 * @param resultShown true once the max or the mean ({@code cell.value()}) is on screen
 * @param caption     what the caption says
 */
public record PoolState(SlideState slide, PoolKind kind, PoolCell cell, int winner, boolean resultShown,
                        Caption caption) {

    /** The cells under the window that are highlighted, in trace order (row by row). */
    public List<PoolTap> highlightedTaps() {
        return cell.taps().subList(0, slide.visibleTerms());
    }
}
