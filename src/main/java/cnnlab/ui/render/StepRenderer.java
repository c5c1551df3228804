package cnnlab.ui.render;

import cnnlab.lesson.LessonCatalog;
import cnnlab.lesson.LoadedLesson;
import cnnlab.timeline.Playhead;
import cnnlab.ui.CnnLabApp;
import cnnlab.ui.StepPane;
import cnnlab.ui.i18n.Language;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.player.PlayerViewModel;
import cnnlab.ui.settings.SettingsStore;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;

/**
 * Draws the steps of one lesson as the app shows them, without a window: the same
 * {@link StepPane} with the same stylesheet in a scene of a fixed size, snapshotted at chosen
 * moments of the step's animation. Use it on the JavaFX application thread only.
 */
public final class StepRenderer {
    /** Pictures of an animation hold each frame at least this long, so quick cells stay visible. */
    static final int MIN_FRAME_MS = 80;
    /** The longest any frame holds, except the last. */
    static final int MAX_FRAME_MS = 3000;
    /** The last frame holds this long before the animation loops. */
    static final int LAST_FRAME_MS = 2500;
    /** How far before the next cell's start a frame is taken, so the cell's own result shows. */
    private static final double BEFORE_NEXT = 1e-6;
    private static final int LAYOUT_PASSES = 3;

    private final PlayerViewModel player;
    private final Scene scene;
    private final int width;
    private final int height;

    /**
     * @param lesson   a lesson that loaded without errors
     * @param language the language of the texts
     * @param width    picture width in pixels
     * @param height   picture height in pixels
     * @throws IllegalArgumentException when the lesson did not load
     */
    public StepRenderer(LoadedLesson lesson, Language language, int width, int height) {
        if (!lesson.ok()) {
            throw new IllegalArgumentException(lesson.source() + " has errors and cannot be drawn");
        }
        this.width = width;
        this.height = height;
        player = new PlayerViewModel(List.of(new LessonCatalog.Entry(false, lesson)), new Messages(language),
                SettingsStore.none());
        player.setLanguage(language);
        player.selectLesson(0);
        StepPane pane = new StepPane(player);
        scene = new Scene(pane, width, height);
        CnnLabApp.addStylesheet(scene);
    }

    /** How many steps the lesson has. */
    public int stepCount() {
        return player.stepCountProperty().get();
    }

    /** Opens step {@code index}, counted from 0. */
    public void open(int index) {
        player.goToStep(index);
    }

    /** The open step's animation, or null for a still step. */
    public Playhead<?> playhead() {
        return player.transport().playheadProperty().get();
    }

    /**
     * The moments a GIF of the open step shows: one per output cell (or layer) of its
     * animation, each just before the next one starts so its result is on screen, the last at the
     * end; a still step has one moment, 0.
     */
    public double[] frameTimes() {
        Playhead<?> playhead = playhead();
        if (playhead == null || playhead.duration() <= 0) {
            return new double[] {0};
        }
        double[] starts = playhead.timeline().stepStarts();
        double[] times = new double[Math.max(1, starts.length - 1)];
        for (int i = 0; i < times.length; i++) {
            times[i] = i + 2 < starts.length ? starts[i + 1] - BEFORE_NEXT : playhead.duration();
        }
        return times;
    }

    /** How long each of {@link #frameTimes()} holds in a GIF, in milliseconds: the time it takes at normal speed. */
    public int[] frameDelays() {
        double[] times = frameTimes();
        int[] delays = new int[times.length];
        for (int i = 0; i < times.length; i++) {
            double seconds = i + 1 < times.length ? times[i + 1] - times[i] : 0;
            delays[i] = i + 1 < times.length
                    ? (int) Math.max(MIN_FRAME_MS, Math.min(MAX_FRAME_MS, Math.round(seconds * 1000)))
                    : LAST_FRAME_MS;
        }
        return delays;
    }

    /**
     * The open step at {@code seconds} into its animation (clamped; ignored for a still step), as
     * ARGB pixels, row by row, {@code width · height} of them.
     */
    public int[] render(double seconds) {
        player.transport().pause();
        player.transport().seek(seconds);
        Region root = (Region) scene.getRoot();
        // sizes settle over a few passes: the text's height once it wraps, the travelling sum once the grids have theirs
        for (int pass = 0; pass < LAYOUT_PASSES; pass++) {
            root.applyCss();
            root.requestLayout();
            root.layout();
        }
        WritableImage image = root.snapshot(null, new WritableImage(width, height));
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return pixels;
    }
}
