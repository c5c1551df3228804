package cnnlab.ui.stage;

import cnnlab.timeline.Playhead;
import javafx.beans.property.ReadOnlyObjectProperty;

/** What every stage's view model offers the player: its animation, if any. */
public interface StageViewModel {

    /** The animation the transport bar drives, or a property holding null for a still step; may change. */
    ReadOnlyObjectProperty<Playhead<?>> playheadProperty();

    /** Stops listening to shared objects (the language, the playhead); called when the step is left. */
    default void dispose() {
    }
}
