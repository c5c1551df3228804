package cnnlab.app.cli;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where CNN Lab keeps its per-user files (settings, the error log): the system property
 * {@value #OVERRIDE_PROPERTY} if set, else {@code $XDG_CONFIG_HOME/cnn-lab}, else
 * {@code ~/.config/cnn-lab}.
 */
public final class ConfigDirectory {

    /** System property that overrides the location; tests point it at a temporary folder. */
    public static final String OVERRIDE_PROPERTY = "cnnlab.config.dir";

    private static final String APP_FOLDER = "cnn-lab";

    private ConfigDirectory() {
    }

    /**
     * Finds the directory for this user. Does not create it.
     *
     * @return the directory
     */
    public static Path locate() {
        return locate(System::getProperty, System::getenv);
    }

    /**
     * Finds the directory from the given lookups. Does not create it.
     *
     * @param systemProperties looks up a system property, null when unset
     * @param environment looks up an environment variable, null when unset
     * @return the directory
     */
    static Path locate(UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
        String override = systemProperties.apply(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = environment.apply("XDG_CONFIG_HOME");
        // The XDG spec says to ignore a relative XDG_CONFIG_HOME.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, APP_FOLDER);
        }
        return Path.of(systemProperties.apply("user.home"), ".config", APP_FOLDER);
    }
}
