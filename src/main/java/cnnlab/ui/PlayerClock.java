package cnnlab.ui;

import cnnlab.ui.player.TransportViewModel;
import javafx.animation.AnimationTimer;

/**
 * The app's one animation timer: every frame it hands the wall-clock time since the last frame
 * to the transport, which advances the playhead of the step on stage. A long gap (the window
 * was hidden, the machine slept) counts as one short frame, so the animation does not leap.
 */
final class PlayerClock extends AnimationTimer {
    /** The longest frame passed on, in seconds. */
    static final double MAX_FRAME = 0.1;

    private final TransportViewModel transport;
    private long last = -1;

    PlayerClock(TransportViewModel transport) {
        this.transport = transport;
    }

    @Override
    public void handle(long now) {
        if (last >= 0) {
            transport.tick(Math.min(MAX_FRAME, (now - last) / 1e9));
        }
        last = now;
    }

    @Override
    public void stop() {
        super.stop();
        last = -1;
    }
}
