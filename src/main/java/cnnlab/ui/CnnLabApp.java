package cnnlab.ui;

import cnnlab.lesson.LessonCatalog;
import cnnlab.ui.i18n.Language;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.player.PlayerViewModel;
import cnnlab.ui.playground.ImageDrop;
import cnnlab.ui.playground.PlaygroundStore;
import cnnlab.ui.playground.PlaygroundView;
import cnnlab.ui.playground.PlaygroundViewModel;
import cnnlab.ui.settings.SettingsStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The CNN Lab desktop application: the lesson list, the open step and its animation. The
 * launcher passes the folder for the settings as the named parameter {@code --config-dir=PATH}
 * (the UI layer does not decide where user files go); without it nothing is remembered.
 */
public final class CnnLabApp extends Application {

    /** The window title. */
    public static final String TITLE = "CNN Lab";

    /** The launch parameter naming the settings folder. */
    public static final String CONFIG_DIR_PARAMETER = "config-dir";

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 600;

    private static final String STYLESHEET = "cnn-lab.css";

    private final Path configDirectory;
    private PlayerViewModel player;
    private PlayerClock clock;
    private PlaygroundViewModel playground;

    /** Decodes and converts the playground's images, one at a time, off the UI thread. */
    private static final Executor IMAGE_THREAD = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "playground-images");
        thread.setDaemon(true);
        return thread;
    });

    /** For {@link Application#launch}: the settings folder comes from the launch parameters. */
    public CnnLabApp() {
        this(null);
    }

    /** @param configDirectory where the settings live, or null to remember nothing (and use the launch parameters if any) */
    public CnnLabApp(Path configDirectory) {
        this.configDirectory = configDirectory;
    }

    /**
     * Builds the main window on the given stage and shows it.
     *
     * @param stage the primary stage, titled and sized here
     */
    @Override
    public void start(Stage stage) {
        SettingsStore store = settingsStore();
        player = player(store);
        playground = new PlaygroundViewModel(player.messages(), store.file()
                .map(file -> PlaygroundStore.inFolder(file.toAbsolutePath().getParent())).orElse(PlaygroundStore.none()),
                IMAGE_THREAD, Platform::runLater);
        MainWindow window = new MainWindow(player, new PlaygroundView(playground, player.messages()));
        Scene scene = new Scene(window, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        ImageDrop.install(scene, file -> {
            window.playgroundShownProperty().set(true);
            playground.openImage(file);
        });
        addStylesheet(scene);
        KeyboardShortcuts.install(scene, player, window.playgroundShownProperty());
        clock = new PlayerClock(player.transport());
        clock.start();
        stage.setTitle(TITLE);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
        stage.setOnHidden(e -> clock.stop());
        stage.show();
    }

    @Override
    public void stop() {
        if (clock != null) {
            clock.stop();
        }
    }

    /** The playground model of the running window, for tests. */
    PlaygroundViewModel playground() {
        return playground;
    }

    /** The player model of the running window, for tests. */
    PlayerViewModel player() {
        return player;
    }

    /** The app's stylesheet on {@code scene}; the render command styles its scene the same way. */
    public static void addStylesheet(Scene scene) {
        scene.getStylesheets().add(Objects.requireNonNull(
                CnnLabApp.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
    }

    /** The player over the bundled lessons; if they cannot be listed, an empty list and a status line saying why. */
    static PlayerViewModel player(SettingsStore store) {
        Messages messages = new Messages(Language.ENGLISH);
        List<LessonCatalog.Entry> lessons;
        String problem = null;
        try {
            lessons = LessonCatalog.standard(List.of()).load();
        } catch (IOException | RuntimeException e) {
            lessons = List.of();
            problem = e.getMessage();
        }
        PlayerViewModel player = new PlayerViewModel(lessons, messages, store);
        if (problem != null) {
            player.reportStatus(messages.format("status.noLessons", problem));
        }
        return player;
    }

    private SettingsStore settingsStore() {
        if (configDirectory != null) {
            return SettingsStore.inFolder(configDirectory);
        }
        Parameters parameters = getParameters();
        String folder = parameters == null ? null : parameters.getNamed().get(CONFIG_DIR_PARAMETER);
        return folder == null || folder.isBlank() ? SettingsStore.none() : SettingsStore.inFolder(Path.of(folder));
    }
}
