package cnnlab.timeline;

import java.util.List;

/**
 * The part of a sliding-window scene that convolution and pooling share: where the window is,
 * how far the current output cell has come, and which outputs are filled in.
 *
 * @param time           the moment, in seconds from the start
 * @param phase          the stage of the current output cell
 * @param phaseProgress  how far through the phase, 0 to 1 (for smooth movement and fades)
 * @param window         where the window sits for the current cell, in input coordinates
 * @param previousWindow where the move to {@code window} starts (the same window for the first cell)
 * @param skipped        window positions the stride jumps over to reach this cell, to grey out
 * @param visibleTerms   how many of the cell's terms (products, or pooled cells) are on screen,
 *                       taken in trace order
 * @param revealed       the output cells that show their value
 */
public record SlideState(double time, Phase phase, double phaseProgress, Window window, Window previousWindow,
                         List<Window> skipped, int visibleTerms, RevealedCells revealed) {
    public SlideState {
        skipped = List.copyOf(skipped);
    }
}
