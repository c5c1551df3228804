package cnnlab.app.cli;

import cnnlab.imaging.NumberText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one command after {@link OptionParser} has read them.
 *
 * @param declared the names of every option the command declares, to catch typos in commands
 * @param values the value of each value option that was given, by name
 * @param flags the names of the flags that were given
 * @param positionals the arguments that are not options, in order
 */
public record ParsedArgs(Set<String> declared, Map<String, String> values, Set<String> flags,
                         List<String> positionals) {

    /** Makes every collection unmodifiable. */
    public ParsedArgs {
        declared = Set.copyOf(declared);
        values = Map.copyOf(values);
        flags = Set.copyOf(flags);
        positionals = List.copyOf(positionals);
    }

    /**
     * @param name a declared value option, without dashes
     * @return its value, or empty if it was not given
     */
    public Optional<String> value(String name) {
        checkDeclared(name);
        return Optional.ofNullable(values.get(name));
    }

    /**
     * @param name a declared value option, without dashes
     * @return its value
     * @throws UsageException if the option was not given
     */
    public String requiredValue(String name) throws UsageException {
        Optional<String> value = value(name);
        if (value.isEmpty()) {
            throw new UsageException("missing option --" + name);
        }
        return value.get();
    }

    /**
     * @param name a declared value option, without dashes
     * @param fallback the result when the option was not given
     * @return the option's value as an int, or the fallback
     * @throws UsageException if the value is not a whole number
     */
    public int intValue(String name, int fallback) throws UsageException {
        Optional<String> value = value(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.get().strip());
        } catch (NumberFormatException e) {
            throw new UsageException("option --" + name + " needs a whole number, got '" + value.get() + "'");
        }
    }

    /**
     * @param name a declared value option, without dashes
     * @param fallback the result when the option was not given
     * @param min the smallest value allowed
     * @return the option's value as an int, or the fallback
     * @throws UsageException if the value is not a whole number or is below {@code min}
     */
    public int intValue(String name, int fallback, int min) throws UsageException {
        int value = intValue(name, fallback);
        if (value < min) {
            throw new UsageException("option --" + name + " must be at least " + min + ", got " + value);
        }
        return value;
    }

    /**
     * @param name a declared value option, without dashes
     * @param fallback the result when the option was not given
     * @return the option's value as a float, read by {@link NumberText#parse}, or the fallback
     * @throws UsageException if the value is not a decimal number
     */
    public float floatValue(String name, float fallback) throws UsageException {
        Optional<String> value = value(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return NumberText.parse(value.get().strip());
        } catch (NumberFormatException e) {
            throw new UsageException("option --" + name + " needs a number: " + e.getMessage());
        }
    }

    /**
     * @param name a declared flag, without dashes
     * @return true if the flag was given
     */
    public boolean flag(String name) {
        checkDeclared(name);
        return flags.contains(name);
    }

    /**
     * Checks how many positional arguments were given.
     *
     * @param min the fewest allowed
     * @param max the most allowed
     * @throws UsageException if the count is outside {@code [min, max]}
     */
    public void requirePositionalCount(int min, int max) throws UsageException {
        int count = positionals.size();
        if (count >= min && count <= max) {
            return;
        }
        if (max == 0) {
            throw new UsageException("takes no arguments, got '" + String.join(" ", positionals) + "'");
        }
        String expected = min == max ? "exactly " + min : min + " to " + max;
        throw new UsageException("expects " + expected + " argument" + (max == 1 ? "" : "s") + ", got " + count);
    }

    private void checkDeclared(String name) {
        if (!declared.contains(name)) {
            throw new IllegalArgumentException("the command asked for undeclared option --" + name);
        }
    }
}
