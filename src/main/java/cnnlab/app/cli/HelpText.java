package cnnlab.app.cli;

import java.util.ArrayList;
import java.util.List;

/** Renders the help texts: the command list and the usage of one command. */
public final class HelpText {

    /** The name users type; shown in every help text and error line. */
    public static final String PROGRAM = "cnn-lab";

    private static final OptionSpec HELP_OPTION = OptionSpec.flag("help", "Show this help and exit.");

    private HelpText() {
    }

    /**
     * @param commands every command
     * @return the text for {@code cnn-lab --help}
     */
    public static String overview(CommandRegistry commands) {
        StringBuilder text = new StringBuilder();
        text.append("Usage: ").append(PROGRAM).append(" [COMMAND [OPTIONS] [ARGS]]\n\n");
        text.append("CNN Lab teaches how convolutional neural networks compute.\n");
        text.append("Without a command it opens the CNN Lab window.\n\n");
        text.append("Commands:\n");
        int width = commands.names().stream().mapToInt(String::length).max().orElse(0);
        for (Command command : commands.all()) {
            text.append("  ").append(pad(command.name(), width)).append("  ").append(command.summary()).append('\n');
        }
        text.append("\nRun '").append(PROGRAM).append(" COMMAND --help' for the options of one command.\n");
        return text.toString();
    }

    /**
     * @param command one command
     * @return the text for {@code cnn-lab COMMAND --help}
     */
    public static String forCommand(Command command) {
        StringBuilder text = new StringBuilder();
        text.append("Usage: ").append(PROGRAM).append(' ').append(command.usage()).append("\n\n");
        text.append(command.summary()).append('\n');
        if (!command.details().isBlank()) {
            text.append('\n').append(command.details().strip()).append('\n');
        }
        List<OptionSpec> options = new ArrayList<>(command.options());
        options.add(HELP_OPTION);
        int width = options.stream().mapToInt(o -> o.synopsis().length()).max().orElse(0);
        text.append("\nOptions:\n");
        for (OptionSpec option : options) {
            text.append("  ").append(pad(option.synopsis(), width)).append("  ").append(option.description()).append('\n');
        }
        return text.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
