package cnnlab.ui.player;

import cnnlab.timeline.Playhead;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The transport bar's model: play, pause, one cell back or forward, scrub, speed, restart, all
 * acting on the playhead of the step on stage (none for a still step). The one animation timer
 * of the app calls {@link #tick}; tests call it by hand.
 */
public final class TransportViewModel {
    /** The speeds offered, slowest first. */
    public static final List<Double> RATES = List.of(0.25, 0.5, 1.0, 1.5, 2.0, 4.0);

    private final ObjectProperty<Playhead<?>> playhead = new SimpleObjectProperty<>(this, "playhead");
    private final ReadOnlyBooleanWrapper animated = new ReadOnlyBooleanWrapper(this, "animated");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyDoubleWrapper time = new ReadOnlyDoubleWrapper(this, "time");
    private final ReadOnlyDoubleWrapper duration = new ReadOnlyDoubleWrapper(this, "duration");
    private final ReadOnlyDoubleWrapper rate = new ReadOnlyDoubleWrapper(this, "rate", 1);
    private final Runnable sync = this::sync;

    public TransportViewModel() {
        playhead.addListener((obs, old, now) -> {
            if (old != null) {
                old.removeListener(sync);
                old.pause();
            }
            if (now != null) {
                now.setRate(rate.get());
                now.addListener(sync);
            }
            sync();
        });
    }

    /** The playhead driven; the player sets it when the step (or its animation) changes. */
    public ObjectProperty<Playhead<?>> playheadProperty() {
        return playhead;
    }

    /** True when the step on stage has an animation. */
    public ReadOnlyBooleanProperty animatedProperty() {
        return animated.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Seconds from the start of the animation. */
    public ReadOnlyDoubleProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty durationProperty() {
        return duration.getReadOnlyProperty();
    }

    /** The speed, one of {@link #RATES}; kept when the step changes. */
    public ReadOnlyDoubleProperty rateProperty() {
        return rate.getReadOnlyProperty();
    }

    /** Moves the animation on by {@code dtSeconds} of wall-clock time (times the speed) while playing. */
    public void tick(double dtSeconds) {
        Playhead<?> p = playhead.get();
        if (p != null && p.playing()) {
            p.advance(dtSeconds);
        }
    }

    public void togglePlaying() {
        act(Playhead::togglePlaying);
    }

    public void play() {
        act(Playhead::play);
    }

    public void pause() {
        act(Playhead::pause);
    }

    /** One output cell (or layer) forward, paused. */
    public void nextCell() {
        act(p -> {
            p.pause();
            p.nextCell();
        });
    }

    /** One output cell (or layer) back, paused. */
    public void previousCell() {
        act(p -> {
            p.pause();
            p.previousCell();
        });
    }

    public void home() {
        act(Playhead::home);
    }

    public void end() {
        act(Playhead::end);
    }

    public void restart() {
        act(Playhead::restart);
    }

    /** Jumps to {@code seconds}, clamped to the animation. */
    public void seek(double seconds) {
        act(p -> p.seek(seconds));
    }

    /** Sets the speed for this and every later animation. */
    public void setRate(double newRate) {
        rate.set(newRate);
        act(p -> p.setRate(newRate));
    }

    private void act(java.util.function.Consumer<Playhead<?>> action) {
        Playhead<?> p = playhead.get();
        if (p != null) {
            action.accept(p);
        }
    }

    private void sync() {
        Playhead<?> p = playhead.get();
        animated.set(p != null && p.duration() > 0);
        playing.set(p != null && p.playing());
        duration.set(p == null ? 0 : p.duration());
        time.set(p == null ? 0 : p.time());
    }
}
