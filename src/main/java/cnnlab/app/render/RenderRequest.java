package cnnlab.app.render;

import cnnlab.app.cli.ParsedArgs;
import cnnlab.app.cli.UsageException;
import java.nio.file.Path;

/**
 * What {@code cnn-lab render} was asked to draw, read from its arguments.
 *
 * @param lesson   the lesson file
 * @param step     the step, counted from 1
 * @param time     seconds into the step's animation, or NaN for its end
 * @param png      where the picture goes, or null
 * @param gif      where the animation goes, or null
 * @param width    picture width in pixels
 * @param height   picture height in pixels
 * @param language {@code en} or {@code zh}
 */
record RenderRequest(Path lesson, int step, double time, Path png, Path gif, int width, int height,
                     String language) {
    static final int DEFAULT_WIDTH = 1100;
    static final int DEFAULT_HEIGHT = 720;
    static final int MIN_SIZE = 200;
    static final int MAX_SIZE = 4000;

    /** Reads the arguments; every problem is one line naming the option. */
    static RenderRequest of(ParsedArgs args) throws UsageException {
        args.requirePositionalCount(1, 1);
        int step = args.intValue("step", 0, 1);
        if (args.value("step").isEmpty()) {
            throw new UsageException("missing option --step (the step to draw, counted from 1)");
        }
        double time = Double.NaN;
        if (args.value("time").isPresent()) {
            String text = args.value("time").get();
            try {
                time = Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                time = Double.NaN;
            }
            if (!Double.isFinite(time) || time < 0) {
                throw new UsageException("option --time needs seconds from 0 on, got '" + text + "'");
            }
        }
        Path png = args.value("out").map(Path::of).orElse(null);
        Path gif = args.value("gif").map(Path::of).orElse(null);
        if (png == null && gif == null) {
            throw new UsageException("missing option --out FILE.png or --gif FILE.gif");
        }
        if (gif != null && png == null && args.value("time").isPresent()) {
            throw new UsageException("option --time picks the moment for --out; --gif draws the whole step");
        }
        int width = size(args, "width", DEFAULT_WIDTH);
        int height = size(args, "height", DEFAULT_HEIGHT);
        String language = args.value("lang").orElse("en");
        if (!language.equals("en") && !language.equals("zh")) {
            throw new UsageException("option --lang needs en or zh, got '" + language + "'");
        }
        return new RenderRequest(Path.of(args.positionals().get(0)), step, time, png, gif, width, height, language);
    }

    private static int size(ParsedArgs args, String name, int fallback) throws UsageException {
        int value = args.intValue(name, fallback, MIN_SIZE);
        if (value > MAX_SIZE) {
            throw new UsageException("option --" + name + " must be at most " + MAX_SIZE + ", got " + value);
        }
        return value;
    }
}
