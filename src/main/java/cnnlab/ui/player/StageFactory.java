package cnnlab.ui.player;

import cnnlab.lesson.ConvolutionSetup;
import cnnlab.lesson.ConvolutionStep;
import cnnlab.lesson.Focus;
import cnnlab.lesson.GradientsSetup;
import cnnlab.lesson.GradientsStep;
import cnnlab.lesson.InsightStep;
import cnnlab.lesson.LessonTensors;
import cnnlab.lesson.NetworkStep;
import cnnlab.lesson.ParameterCounterStep;
import cnnlab.lesson.PlaygroundStep;
import cnnlab.lesson.PoolingSetup;
import cnnlab.lesson.PoolingStep;
import cnnlab.lesson.ProblemsException;
import cnnlab.lesson.ProseStep;
import cnnlab.lesson.QuizStep;
import cnnlab.lesson.ReceptiveFieldStep;
import cnnlab.lesson.Step;
import cnnlab.lesson.TrainingStep;
import cnnlab.timeline.Pace;
import cnnlab.timeline.Walk;
import cnnlab.ui.conv.ConvolutionControlsViewModel;
import cnnlab.ui.conv.ConvolutionStageViewModel;
import cnnlab.ui.field.FieldStageViewModel;
import cnnlab.ui.flip.FlipComparisonViewModel;
import cnnlab.ui.gradients.GradientsViewModel;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.network.CounterViewModel;
import cnnlab.ui.network.NetworkPresets;
import cnnlab.ui.network.NetworkViewModel;
import cnnlab.ui.playground.PlaygroundStages;
import cnnlab.ui.pool.PoolingStageViewModel;
import cnnlab.ui.quiz.QuizViewModel;
import cnnlab.ui.stage.NoticeViewModel;
import cnnlab.ui.stage.StageViewModel;
import cnnlab.ui.training.TrainingStages;
import java.util.List;
import java.util.Map;

/**
 * Makes the stage model of one lesson step from the engine objects the lesson describes.
 *
 * <p>Adding a stage for a step type (the playground, training): add its branch to
 * {@link #build} in place of the placeholder notice at its end, returning the new
 * {@link StageViewModel}, and the matching line in {@code cnnlab.ui.StageViews#viewOf} that
 * makes its view. Nothing else in the player changes: the transport bar drives whatever
 * {@link StageViewModel#playheadProperty()} holds, and {@link StageViewModel#dispose()} is called
 * when the step is left.
 */
public final class StageFactory {
    /** Seconds in which the cells a walk leaves out are filled in at normal speed. */
    static final double FAST_FORWARD_SECONDS = 1.5;

    private StageFactory() {
    }

    /**
     * The stage of {@code step}: an animated convolution, pooling or receptive field, a quiz, a
     * table, or a notice. Never throws: a step that cannot be computed shows its problems.
     *
     * @param tensors the lesson's tensors (images are found beside the lesson file)
     * @param values  the engine's values the step's texts may name
     * @return the stage, or null for a prose step, whose text is all it has
     */
    public static StageViewModel create(Step step, LessonTensors tensors, Map<String, String> values,
                                        Messages messages) {
        try {
            return build(step, tensors, values, messages);
        } catch (ProblemsException e) {
            return new NoticeViewModel(NoticeViewModel.Kind.PROBLEMS, "stage.problems",
                    e.problems().stream().map(Object::toString).toList());
        } catch (IllegalArgumentException e) { // EngineException, or a walk outside the map
            return new NoticeViewModel(NoticeViewModel.Kind.PROBLEMS, "stage.problems", List.of(e.getMessage()));
        }
    }

    private static StageViewModel build(Step step, LessonTensors tensors, Map<String, String> values,
                                        Messages messages) throws ProblemsException {
        // a step with controls animates even with showFlipped: the comparison has no controls, and the
        // student switching flip on and off sees both maps in turn
        if (step instanceof ConvolutionStep conv && conv.showFlipped() && conv.controls() == null) {
            return new FlipComparisonViewModel(ConvolutionSetup.of(conv, tensors), messages);
        }
        if (step instanceof ConvolutionStep conv && (conv.controls() != null || conv.showSizeFormula())) {
            return new ConvolutionControlsViewModel(conv, tensors, walk(conv.walk()), pace(conv.walk()), messages);
        }
        if (step instanceof ConvolutionStep conv) {
            ConvolutionSetup setup = ConvolutionSetup.of(conv, tensors);
            return new ConvolutionStageViewModel(setup.input(), setup.conv(), setup.relu(), walk(conv.walk()),
                    pace(conv.walk()), conv.highlightMax(), messages);
        }
        if (step instanceof PoolingStep pool) {
            PoolingSetup setup = PoolingSetup.of(pool, tensors);
            return new PoolingStageViewModel(setup.map(), setup.pools(), walk(pool.walk()), pace(pool.walk()),
                    messages);
        }
        if (step instanceof ReceptiveFieldStep field) {
            Focus focus = field.startFocus();
            return new FieldStageViewModel(field.network(), focus == null ? -1 : focus.layer(),
                    focus == null ? 0 : focus.y(), focus == null ? 0 : focus.x(), messages);
        }
        if (step instanceof NetworkStep network) {
            return network.editable() ? NetworkPresets.builderOf(network, messages)
                    : new NetworkViewModel(network.network(), messages);
        }
        if (step instanceof ParameterCounterStep counter) {
            return new CounterViewModel(counter, messages);
        }
        if (step instanceof QuizStep quiz) {
            return new QuizViewModel(quiz, values, messages);
        }
        if (step instanceof ProseStep) {
            return null;
        }
        if (step instanceof PlaygroundStep playground) {
            return PlaygroundStages.create(playground, tensors, messages);
        }
        if (step instanceof GradientsStep gradients) {
            return new GradientsViewModel(GradientsSetup.of(gradients, tensors), messages);
        }
        if (step instanceof TrainingStep training) {
            return TrainingStages.of(training, messages);
        }
        if (step instanceof InsightStep insight) {
            return TrainingStages.of(insight, messages);
        }
        return new NoticeViewModel(NoticeViewModel.Kind.NOT_PLAYABLE, "stage.notPlayable.training", List.of());
    }

    /** The lesson's walk as the timeline's: the first N cells, chosen cells, or all. */
    static Walk walk(cnnlab.lesson.Walk walk) {
        if (walk == null) {
            return Walk.all();
        }
        if (walk.cells() != null) {
            return Walk.cells(walk.cells().stream()
                    .map(c -> new Walk.Cell(c.size() == 3 ? c.get(0) : 0, c.get(c.size() - 2), c.get(c.size() - 1)))
                    .toList());
        }
        return walk.first() != null ? Walk.first(walk.first()) : Walk.all();
    }

    /** The lesson's seconds per cell, products one by one, the rest filled in over {@link #FAST_FORWARD_SECONDS}. */
    static Pace pace(cnnlab.lesson.Walk walk) {
        double seconds = walk == null || !(walk.pace() > 0) ? cnnlab.lesson.Walk.DEFAULT_PACE : walk.pace();
        return new Pace(seconds, true, FAST_FORWARD_SECONDS);
    }
}
