package cnnlab.app.cli;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One option a command accepts: either a flag ({@code --verbose}) or an option with a value
 * ({@code --stride 2} or {@code --stride=2}).
 *
 * @param name the option's name without the leading dashes, e.g. {@code "stride"}
 * @param valueName how the value is shown in help, e.g. {@code "N"}; {@code null} for a flag
 * @param description one line for the help text
 */
public record OptionSpec(String name, String valueName, String description) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** Checks that the name is lower-case kebab-case and the description is not blank. */
    public OptionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("option name must be kebab-case without dashes in front: " + name);
        }
        if (valueName != null && valueName.isBlank()) {
            throw new IllegalArgumentException("value name of --" + name + " is blank");
        }
        if (description.isBlank()) {
            throw new IllegalArgumentException("description of --" + name + " is blank");
        }
    }

    /**
     * An option without a value, true when present.
     *
     * @param name the name without dashes
     * @param description one line for the help text
     * @return the spec
     */
    public static OptionSpec flag(String name, String description) {
        return new OptionSpec(name, null, description);
    }

    /**
     * An option that takes one value.
     *
     * @param name the name without dashes
     * @param valueName how the value is shown in help, e.g. {@code "FILE"}
     * @param description one line for the help text
     * @return the spec
     */
    public static OptionSpec value(String name, String valueName, String description) {
        return new OptionSpec(name, Objects.requireNonNull(valueName, "valueName"), description);
    }

    /** @return true if the option takes a value, false for a flag */
    public boolean takesValue() {
        return valueName != null;
    }

    /** @return how the option is written on the command line, e.g. {@code "--stride N"} */
    public String synopsis() {
        return takesValue() ? "--" + name + " " + valueName : "--" + name;
    }
}
