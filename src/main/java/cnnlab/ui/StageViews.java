package cnnlab.ui;

import cnnlab.ui.conv.ConvolutionControlsView;
import cnnlab.ui.conv.ConvolutionControlsViewModel;
import cnnlab.ui.conv.ConvolutionStageView;
import cnnlab.ui.conv.ConvolutionStageViewModel;
import cnnlab.ui.field.FieldStageView;
import cnnlab.ui.field.FieldStageViewModel;
import cnnlab.ui.flip.FlipComparisonView;
import cnnlab.ui.flip.FlipComparisonViewModel;
import cnnlab.ui.gradients.GradientsView;
import cnnlab.ui.gradients.GradientsViewModel;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.insight.InsightView;
import cnnlab.ui.insight.InsightViewModel;
import cnnlab.ui.network.CounterView;
import cnnlab.ui.network.CounterViewModel;
import cnnlab.ui.network.NetworkBuilderView;
import cnnlab.ui.network.NetworkBuilderViewModel;
import cnnlab.ui.network.NetworkTableView;
import cnnlab.ui.network.NetworkViewModel;
import cnnlab.ui.playground.PlaygroundView;
import cnnlab.ui.playground.PlaygroundViewModel;
import cnnlab.ui.pool.PoolingStageView;
import cnnlab.ui.pool.PoolingStageViewModel;
import cnnlab.ui.quiz.QuizView;
import cnnlab.ui.quiz.QuizViewModel;
import cnnlab.ui.stage.NoticeView;
import cnnlab.ui.stage.NoticeViewModel;
import cnnlab.ui.stage.StageViewModel;
import cnnlab.ui.training.KernelTrainingView;
import cnnlab.ui.training.KernelTrainingViewModel;
import javafx.scene.Node;

/** Picks the view for a stage model: one view class per kind of stage. */
final class StageViews {
    private StageViews() {
    }

    /** The view of {@code model}; null for no stage. */
    static Node viewOf(StageViewModel model, Messages messages) {
        if (model instanceof ConvolutionControlsViewModel controls) {
            return new ConvolutionControlsView(controls, messages);
        }
        if (model instanceof ConvolutionStageViewModel conv) {
            return new ConvolutionStageView(conv, messages);
        }
        if (model instanceof PoolingStageViewModel pool) {
            return new PoolingStageView(pool, messages);
        }
        if (model instanceof FieldStageViewModel field) {
            return new FieldStageView(field);
        }
        if (model instanceof QuizViewModel quiz) {
            return new QuizView(quiz, messages);
        }
        if (model instanceof NetworkViewModel network) {
            return new NetworkTableView(network, messages);
        }
        if (model instanceof NetworkBuilderViewModel builder) {
            return new NetworkBuilderView(builder, messages);
        }
        if (model instanceof CounterViewModel counter) {
            return new CounterView(counter, messages);
        }
        if (model instanceof PlaygroundViewModel playground) {
            return new PlaygroundView(playground, messages);
        }
        if (model instanceof FlipComparisonViewModel flip) {
            return new FlipComparisonView(flip, messages);
        }
        if (model instanceof GradientsViewModel gradients) {
            return new GradientsView(gradients, messages);
        }
        if (model instanceof InsightViewModel insight) {
            return new InsightView(insight, messages);
        }
        if (model instanceof KernelTrainingViewModel training) {
            return new KernelTrainingView(training, messages);
        }
        if (model instanceof NoticeViewModel notice) {
            return new NoticeView(notice, messages);
        }
        return null;
    }
}
