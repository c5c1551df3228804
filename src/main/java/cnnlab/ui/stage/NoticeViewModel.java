package cnnlab.ui.stage;

import cnnlab.timeline.Playhead;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A stage that shows sentences instead of a picture: the problems of a lesson or step that cannot
 * be shown, or a note that a kind of step does not play yet. The app keeps running either way.
 *
 * @see NoticeView
 */
public final class NoticeViewModel implements StageViewModel {

    /** Why the stage shows a notice. */
    public enum Kind {
        /** The lesson or step is broken; the lines are its problems. */
        PROBLEMS,
        /** The step is fine but this version cannot play it. */
        NOT_PLAYABLE
    }

    private final Kind kind;
    private final String headingKey;
    private final List<String> lines;
    private final ReadOnlyObjectWrapper<Playhead<?>> noAnimation = new ReadOnlyObjectWrapper<>(this, "playhead");

    /**
     * @param kind    problems or a step that does not play
     * @param headingKey the message key of the sentence above the lines
     * @param lines   the problems (file:line:column: path: message) or notes
     */
    public NoticeViewModel(Kind kind, String headingKey, List<String> lines) {
        this.kind = kind;
        this.headingKey = headingKey;
        this.lines = List.copyOf(lines);
    }

    @Override
    public ReadOnlyObjectProperty<Playhead<?>> playheadProperty() {
        return noAnimation.getReadOnlyProperty();
    }

    public Kind kind() {
        return kind;
    }

    /** The message key of the sentence above the lines. */
    public String headingKey() {
        return headingKey;
    }

    public List<String> lines() {
        return lines;
    }
}
