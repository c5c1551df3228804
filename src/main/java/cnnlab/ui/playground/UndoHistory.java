package cnnlab.ui.playground;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo over immutable states: {@link #record} the state an edit replaces; undo
 * returns it (remembering the current one for redo). A new edit forgets what could be redone.
 * Keeps at most {@link #LIMIT} steps.
 *
 * @param <T> the state type, immutable
 */
public final class UndoHistory<T> {
    /** The most edits that can be undone. */
    public static final int LIMIT = 500;

    private final Deque<T> undo = new ArrayDeque<>();
    private final Deque<T> redo = new ArrayDeque<>();

    /** Remembers {@code previous}, the state before an edit, and clears the redo list. */
    public void record(T previous) {
        undo.push(previous);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** The state before the last edit, with {@code current} kept for redo; empty when there is none. */
    public Optional<T> undo(T current) {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        redo.push(current);
        return Optional.of(undo.pop());
    }

    /** The state the last undo left, with {@code current} kept for undo; empty when there is none. */
    public Optional<T> redo(T current) {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        undo.push(current);
        return Optional.of(redo.pop());
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }
}
