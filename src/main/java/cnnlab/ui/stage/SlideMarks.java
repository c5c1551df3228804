package cnnlab.ui.stage;

import cnnlab.timeline.Phase;
import cnnlab.timeline.SlideState;
import cnnlab.timeline.Window;
import cnnlab.ui.grid.Mark;
import java.util.List;

/** The marks a sliding window leaves on its input: where it is and which positions the stride skipped. */
public final class SlideMarks {
    private SlideMarks() {
    }

    /** The window, gliding from its previous place while the window moves, else where it is. */
    public static Mark window(SlideState slide) {
        Window to = slide.window();
        Window from = slide.previousWindow();
        double t = slide.phase() == Phase.MOVE_WINDOW ? slide.phaseProgress() : 1;
        return new Mark(Motion.between(from.top(), to.top(), t), Motion.between(from.left(), to.left(), t),
                to.height(), to.width(), Mark.Style.WINDOW);
    }

    /** The positions the stride jumped over to reach this cell, greyed. */
    public static List<Mark> skipped(SlideState slide) {
        return slide.skipped().stream()
                .map(w -> new Mark(w.top(), w.left(), w.height(), w.width(), Mark.Style.SKIPPED))
                .toList();
    }

    /** The output cells of plane {@code channel} revealed so far, as row-major bits of that plane. */
    public static java.util.BitSet revealedIn(SlideState slide, int channel, int planeSize) {
        return slide.revealed().bits().get(channel * planeSize, (channel + 1) * planeSize);
    }
}
