package cnnlab.app.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads {@code --name value}, {@code --name=value}, {@code --flag} and positional arguments
 * against a command's declared options. Everything after {@code --} is positional. Tokens with
 * one dash followed by a digit (e.g. {@code -1}) are positional so negative numbers work.
 */
public final class OptionParser {

    /** Reserved for the dispatcher, which shows a command's usage when it is given. */
    public static final String HELP = "help";

    private final Map<String, OptionSpec> specs = new LinkedHashMap<>();

    /**
     * @param specs the options the command declares
     * @throws IllegalArgumentException if two specs share a name or one is named {@code help}
     */
    public OptionParser(List<OptionSpec> specs) {
        for (OptionSpec spec : specs) {
            if (spec.name().equals(HELP)) {
                throw new IllegalArgumentException("--help is reserved for the usage text");
            }
            if (this.specs.putIfAbsent(spec.name(), spec) != null) {
                throw new IllegalArgumentException("option --" + spec.name() + " is declared twice");
            }
        }
    }

    /**
     * Reads the arguments. Does not modify {@code args}.
     *
     * @param args the arguments after the command name
     * @return what was given
     * @throws UsageException for an unknown option, a missing value, a value given to a flag,
     *     or an option given twice; the message is one line
     */
    public ParsedArgs parse(List<String> args) throws UsageException {
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        List<String> positionals = new ArrayList<>();
        boolean onlyPositionals = false;
        for (int i = 0; i < args.size(); i++) {
            String token = args.get(i);
            if (onlyPositionals || !looksLikeOption(token)) {
                positionals.add(token);
                continue;
            }
            if (token.equals("--")) {
                onlyPositionals = true;
                continue;
            }
            if (!token.startsWith("--")) {
                throw new UsageException("unknown option " + token + " (options start with --; " + known() + ")");
            }
            int equals = token.indexOf('=');
            String name = equals < 0 ? token.substring(2) : token.substring(2, equals);
            String inlineValue = equals < 0 ? null : token.substring(equals + 1);
            OptionSpec spec = specs.get(name);
            if (spec == null) {
                throw new UsageException("unknown option --" + name + " (" + known() + ")");
            }
            if (values.containsKey(name) || flags.contains(name)) {
                throw new UsageException("option --" + name + " given twice");
            }
            if (!spec.takesValue()) {
                if (inlineValue != null) {
                    throw new UsageException("option --" + name + " takes no value");
                }
                flags.add(name);
                continue;
            }
            String value = inlineValue;
            if (value == null && i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                value = args.get(++i);
            }
            if (value == null || value.isEmpty()) {
                throw new UsageException("option --" + name + " needs a value: " + spec.synopsis());
            }
            values.put(name, value);
        }
        return new ParsedArgs(specs.keySet(), values, flags, positionals);
    }

    private static boolean looksLikeOption(String token) {
        return token.length() >= 2 && token.charAt(0) == '-' && !Character.isDigit(token.charAt(1))
                && token.charAt(1) != '.';
    }

    private String known() {
        if (specs.isEmpty()) {
            return "this command takes no options";
        }
        return "known: " + specs.keySet().stream().map(n -> "--" + n).collect(Collectors.joining(", "));
    }
}
