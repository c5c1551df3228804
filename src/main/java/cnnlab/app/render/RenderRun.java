package cnnlab.app.render;

import cnnlab.app.cli.CommandBody;
import cnnlab.app.cli.ExitCodes;
import cnnlab.app.cli.ParsedArgs;
import cnnlab.app.cli.UsageException;
import cnnlab.imaging.AnimatedGif;
import cnnlab.imaging.ArgbImages;
import cnnlab.lesson.LessonLoader;
import cnnlab.lesson.LoadedLesson;
import cnnlab.lesson.Problem;
import cnnlab.timeline.Playhead;
import cnnlab.ui.i18n.Language;
import cnnlab.ui.render.StepRenderer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * The work of {@code cnn-lab render} (declared by {@code RenderCommand}, which loads this class
 * only when the command runs): loads the lesson, draws the step with the app's own views on a
 * headless JavaFX, and writes the PNG and/or GIF.
 */
public final class RenderRun implements CommandBody {

    /** What the FX thread drew: one picture for --out, the frames for --gif. */
    private record Drawn(int[] picture, List<AnimatedGif.Frame> frames) {
    }

    @Override
    public int run(ParsedArgs args, PrintStream out, PrintStream err) throws UsageException {
        RenderRequest request = RenderRequest.of(args);
        LoadedLesson lesson = LessonLoader.load(request.lesson());
        if (!lesson.ok()) {
            List<Problem> errors = lesson.errors();
            throw UsageException.inInput(errors.get(0)
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more; see 'cnn-lab validate')" : ""));
        }
        int steps = lesson.lesson().steps().size();
        if (request.step() > steps) {
            throw UsageException.inInput("--step " + request.step() + " is past the end: " + request.lesson()
                    + " has " + steps + " step" + (steps == 1 ? "" : "s"));
        }
        Drawn drawn = draw(lesson, request);
        try {
            if (request.png() != null) {
                ArgbImages.writePng(drawn.picture(), request.width(), request.height(), request.png());
                out.println("wrote " + request.png());
            }
            if (request.gif() != null) {
                AnimatedGif.write(drawn.frames(), request.width(), request.height(), request.gif());
                out.println("wrote " + request.gif() + " (" + drawn.frames().size() + " frames)");
            }
        } catch (IOException e) {
            throw UsageException.inInput("cannot write " + (request.png() != null ? request.png() : request.gif())
                    + ": " + e.getMessage());
        }
        return ExitCodes.OK;
    }

    private static Drawn draw(LoadedLesson lesson, RenderRequest request) throws UsageException {
        try {
            return HeadlessFx.call(() -> {
                StepRenderer renderer = new StepRenderer(lesson, Language.fromCode(request.language()),
                        request.width(), request.height());
                renderer.open(request.step() - 1);
                int[] picture = request.png() == null ? null : renderer.render(moment(renderer, request));
                List<AnimatedGif.Frame> frames = new ArrayList<>();
                if (request.gif() != null) {
                    double[] times = renderer.frameTimes();
                    int[] delays = renderer.frameDelays();
                    for (int i = 0; i < times.length; i++) {
                        frames.add(new AnimatedGif.Frame(renderer.render(times[i]), delays[i]));
                    }
                }
                return new Drawn(picture, frames);
            });
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UsageException usage) {
                throw usage;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing", e);
        }
    }

    /** The requested moment, the end when none was asked; a moment past the end is refused. */
    private static double moment(StepRenderer renderer, RenderRequest request) throws UsageException {
        Playhead<?> playhead = renderer.playhead();
        double duration = playhead == null ? 0 : playhead.duration();
        if (Double.isNaN(request.time())) {
            return duration;
        }
        if (request.time() > duration) {
            throw UsageException.inInput("--time " + request.time() + " is past the end of step " + request.step()
                    + (duration == 0 ? ", which has no animation (use 0 or leave --time out)"
                            : ", whose animation lasts " + String.format(java.util.Locale.ROOT, "%.2f", duration)
                                    + " s"));
        }
        return request.time();
    }
}
