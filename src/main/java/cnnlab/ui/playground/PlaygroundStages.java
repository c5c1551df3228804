package cnnlab.ui.playground;

import cnnlab.engine.PaddingRule;
import cnnlab.engine.Tensor;
import cnnlab.lesson.LessonTensors;
import cnnlab.lesson.PlaygroundStep;
import cnnlab.lesson.ProblemsException;
import cnnlab.lesson.TensorSpec;
import cnnlab.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/** The playground of a lesson's {@code playground} step: its input fixed, its kernels and settings to start from. */
public final class PlaygroundStages {
    private PlaygroundStages() {
    }

    /**
     * @throws ProblemsException when the input or a kernel cannot be made
     * @throws IllegalArgumentException when a kernel is larger than 7×7
     */
    public static PlaygroundViewModel create(PlaygroundStep step, LessonTensors tensors, Messages messages)
            throws ProblemsException {
        Tensor input = tensors.resolve(step.input());
        List<Kernel> kernels = new ArrayList<>();
        for (TensorSpec spec : step.kernels()) {
            kernels.add(Kernel.of(tensors.resolve(spec)));
        }
        PaddingRule padding = step.padding() == null ? PaddingRule.VALID : step.padding();
        MapSettings settings = MapSettings.DEFAULTS.withStride(Math.max(1, step.stride())).withPadding(padding)
                .withRelu(step.relu());
        return new PlaygroundViewModel(messages, input, new PlaygroundState(kernels, 0, settings));
    }
}
