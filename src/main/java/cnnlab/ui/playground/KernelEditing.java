package cnnlab.ui.playground;

import cnnlab.engine.Tensor;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * What a {@link KernelEditor} edits: the weights of one kernel, one plane at a time. The
 * playground edits its selected kernel; a lesson's convolution step with a {@code kernel}
 * control edits the kernel on its stage.
 */
public interface KernelEditing {

    /** The weights the editor shows, {@code C × k_h × k_w}; changes after every edit. */
    ObservableValue<Tensor> editedWeights();

    /** The plane of {@link #editedWeights()} the editor shows (0 for one input channel). */
    ReadOnlyObjectProperty<Integer> editPlaneProperty();

    /**
     * Sets weight (y, x) of the shown plane from typed text.
     *
     * @return empty when it was set; otherwise why not, in the current language, and nothing changes
     */
    Optional<String> typeCell(int y, int x, String text);

    /**
     * Pastes a block of numbers (spreadsheet or NumPy text) with its top-left at (top, left).
     *
     * @return empty when pasted; otherwise why not, and nothing changes
     */
    Optional<String> paste(int top, int left, String text);

    /** Starts a drag: the changes until {@link #endGesture()} undo as one edit. */
    void beginGesture();

    /** Changes weight (y, x) of the shown plane during a drag, live but without an undo step of its own. */
    void dragCell(int y, int x, float value);

    /** Ends a drag: one undo step back to where it began. */
    void endGesture();
}
