package cnnlab.app.cli.commands;

import cnnlab.app.cli.Command;
import cnnlab.app.cli.CommandBody;
import cnnlab.app.cli.OptionSpec;
import cnnlab.app.cli.ParsedArgs;
import cnnlab.app.cli.UsageException;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code cnn-lab render}: draws a lesson step as the app shows it, to a PNG or an animated GIF.
 * This class only declares the command, so listing the commands never touches JavaFX; the
 * drawing lives in {@value #BODY}, loaded by name when the command runs.
 */
public final class RenderCommand implements Command {
    /** The class that does the drawing; it starts JavaFX without a display. */
    static final String BODY = "cnnlab.app.render.RenderRun";

    @Override
    public String name() {
        return "render";
    }

    @Override
    public String summary() {
        return "Draw a lesson step as the app shows it, as a PNG or an animated GIF.";
    }

    @Override
    public String usage() {
        return "render LESSON.json --step N (--out FILE.png | --gif FILE.gif) [options]";
    }

    @Override
    public String details() {
        return """
                Opens the lesson without a window (no display is needed) and draws step N, counted
                from 1 as the app's "Step N of M", exactly as the app shows it.

                --out draws one moment: --time seconds into the step's animation at normal speed,
                by default the end, with every output filled in. --gif draws the whole animation,
                one frame per output cell (or receptive-field layer), each held as long as it plays.

                Example: cnn-lab render lessons/03-diagonal-detector.json --step 3 --out conv.png
                """;
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.value("step", "N", "The step to draw, counted from 1."),
                OptionSpec.value("time", "T", "Seconds into the step's animation for --out (default: its end)."),
                OptionSpec.value("out", "FILE.png", "Write one picture of the step as a PNG."),
                OptionSpec.value("gif", "FILE.gif", "Write the step's animation as an animated GIF."),
                OptionSpec.value("width", "W", "Picture width in pixels (default 1100)."),
                OptionSpec.value("height", "H", "Picture height in pixels (default 720)."),
                OptionSpec.value("lang", "en|zh", "Language of the texts (default en)."));
    }

    @Override
    public int run(ParsedArgs args, PrintStream out, PrintStream err) throws UsageException {
        CommandBody body;
        try {
            body = (CommandBody) Class.forName(BODY).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw UsageException.inInput("drawing needs JavaFX, which this installation lacks ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        return body.run(args, out, err);
    }
}
