package cnnlab.ui.stage;

import cnnlab.timeline.Playhead;
import cnnlab.ui.i18n.Messages;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A stage without a timeline animation (the transport bar stays idle) whose texts follow the
 * interface language: {@link #languageChanged()} runs on every switch until {@link #dispose()}.
 */
public abstract class StillStageViewModel implements StageViewModel {
    private final ReadOnlyObjectWrapper<Playhead<?>> noAnimation = new ReadOnlyObjectWrapper<>(this, "playhead");
    private final Messages messages;
    private final InvalidationListener languageListener = obs -> languageChanged();

    protected StillStageViewModel(Messages messages) {
        this.messages = messages;
        messages.languageProperty().addListener(languageListener);
    }

    /** Always holds null: nothing for the transport bar to play. */
    @Override
    public final ReadOnlyObjectProperty<Playhead<?>> playheadProperty() {
        return noAnimation.getReadOnlyProperty();
    }

    /** Stops following the language. */
    @Override
    public void dispose() {
        messages.languageProperty().removeListener(languageListener);
    }

    /** The interface's texts. */
    protected final Messages messages() {
        return messages;
    }

    /** Rewrites the texts in the new language. */
    protected abstract void languageChanged();
}
