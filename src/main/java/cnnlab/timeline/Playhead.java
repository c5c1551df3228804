package cnnlab.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The current time of one timeline, fed from outside: the UI's animation timer calls
 * {@link #advance} every frame, tests call it by hand. The time always stays within
 * {@code [0, duration]}, and {@link #state()} is always the timeline's state at that time, so
 * pressing Play and jumping around can never disagree. Not thread-safe: use it from one thread.
 *
 * @param <S> the timeline's scene state
 */
public final class Playhead<S> {
    /** How close to a step start counts as being on it, for {@link #previousCell()}. */
    private static final double ON_STEP = 1e-9;

    private final Timeline<S> timeline;
    private final double[] steps;
    private final List<Runnable> listeners = new ArrayList<>();
    private double time;
    private double rate = 1;
    private boolean playing;
    private boolean loop;
    private S state;

    /** A paused playhead at time 0, rate 1, not looping. */
    public Playhead(Timeline<S> timeline) {
        this.timeline = timeline;
        this.steps = timeline.stepStarts();
        this.state = timeline.stateAt(0);
    }

    public Timeline<S> timeline() {
        return timeline;
    }

    /** Seconds from the start of the timeline. */
    public double time() {
        return time;
    }

    public double duration() {
        return timeline.duration();
    }

    /** The timeline's state at {@link #time()}. */
    public S state() {
        return state;
    }

    public boolean playing() {
        return playing;
    }

    public double rate() {
        return rate;
    }

    public boolean loop() {
        return loop;
    }

    /** Calls {@code listener} after every change of time, playing, rate or loop. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /**
     * Moves time on by {@code dtSeconds · rate} while playing; does nothing while paused. At the
     * end it wraps to the start when looping, otherwise it stops there and pauses.
     *
     * @param dtSeconds wall-clock seconds since the last call, at least 0
     */
    public void advance(double dtSeconds) {
        if (!(dtSeconds >= 0)) {
            throw new IllegalArgumentException("time can only move forward, got dt = " + dtSeconds);
        }
        if (!playing || dtSeconds == 0) {
            return;
        }
        double next = time + dtSeconds * rate;
        double duration = duration();
        if (next < duration) {
            moveTo(next);
        } else if (loop && duration > 0) {
            moveTo(next % duration);
        } else {
            playing = false;
            moveTo(duration);
        }
    }

    /** Jumps to time {@code t}, clamped to {@code [0, duration]}. Playing or paused stays as it was. */
    public void seek(double t) {
        moveTo(Math.min(Math.max(t, 0), duration()));
    }

    /** Starts playing; at the end it starts again from 0. */
    public void play() {
        if (time >= duration()) {
            time = 0;
            state = timeline.stateAt(0);
        }
        setPlaying(true);
    }

    public void pause() {
        setPlaying(false);
    }

    /** Space bar: play when paused, pause when playing. */
    public void togglePlaying() {
        if (playing) {
            pause();
        } else {
            play();
        }
    }

    /**
     * Sets the speed: 2 plays twice as fast, 0.5 half as fast.
     *
     * @throws IllegalArgumentException unless {@code rate} is a positive number
     */
    public void setRate(double rate) {
        Pace.requirePositive(rate, "speed");
        this.rate = rate;
        changed();
    }

    public void setLoop(boolean loop) {
        this.loop = loop;
        changed();
    }

    /** Jumps to the start of the next cell (or layer), or to the end. */
    public void nextCell() {
        for (double step : steps) {
            if (step > time) {
                seek(step);
                return;
            }
        }
        seek(duration());
    }

    /** Jumps to the start of the current cell, or of the one before when already at a start. */
    public void previousCell() {
        double target = 0;
        for (double step : steps) {
            if (step < time - ON_STEP) {
                target = step;
            }
        }
        seek(target);
    }

    /**
     * Jumps to the moment output (channel, y, x) is complete, as a hover on that output cell does.
     *
     * @throws IllegalStateException when the timeline has no output cells
     * @throws IllegalArgumentException when the cell is outside the output
     */
    public void seekToCell(int channel, int y, int x) {
        if (!(timeline instanceof CellTimeline<?> cells)) {
            throw new IllegalStateException("this animation has no output cells to jump to");
        }
        seek(cells.timeOfCell(channel, y, x));
    }

    /** Home: back to the start, playing or paused as before. */
    public void home() {
        seek(0);
    }

    /** End: to the last moment, everything revealed. */
    public void end() {
        seek(duration());
    }

    /** Back to the start and playing. */
    public void restart() {
        home();
        play();
    }

    private void setPlaying(boolean playing) {
        this.playing = playing;
        changed();
    }

    private void moveTo(double t) {
        time = t;
        state = timeline.stateAt(t);
        changed();
    }

    private void changed() {
        for (Runnable listener : List.copyOf(listeners)) {
            listener.run();
        }
    }
}
