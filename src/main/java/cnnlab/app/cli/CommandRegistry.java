package cnnlab.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The commands the command line knows, by name, in the order they were registered. */
public final class CommandRegistry {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final Map<String, Command> byName = new LinkedHashMap<>();

    /**
     * @param commands the commands, in the order help lists them
     * @throws IllegalArgumentException if two commands share a name or a name is not kebab-case
     */
    public CommandRegistry(List<Command> commands) {
        for (Command command : commands) {
            String name = command.name();
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("command name must be lower-case kebab-case: " + name);
            }
            if (byName.putIfAbsent(name, command) != null) {
                throw new IllegalArgumentException("two commands are named " + name);
            }
        }
    }

    /**
     * @param name the command's name
     * @return the command, or empty if none has that name
     */
    public Optional<Command> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** @return every command in registration order */
    public List<Command> all() {
        return List.copyOf(byName.values());
    }

    /** @return every command name in registration order */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
