package cnnlab.lesson;

import cnnlab.engine.Activations;
import cnnlab.engine.Conv2d;
import cnnlab.engine.ConvSpec;
import cnnlab.engine.EngineException;
import cnnlab.engine.Padding;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * A convolution of a lesson made into engine objects: the input tensor, the {@link Conv2d} with
 * its kernels and window, and whether ReLU follows. The player traces {@code conv} on
 * {@code input}; the validator compares {@link #output()} with the lesson's {@code expect}.
 *
 * @param input the input tensor
 * @param conv  the convolution
 * @param relu  true when negative outputs are clipped to 0
 */
public record ConvolutionSetup(Tensor input, Conv2d conv, boolean relu) {

    /** The output the student sees: {@code conv.apply(input)}, through ReLU when {@code relu}. */
    public Tensor output() {
        Tensor out = conv.apply(input);
        return relu ? Activations.relu(out) : out;
    }

    /**
     * The engine objects of a convolution step.
     *
     * @throws ProblemsException when the step cannot be computed (never for a validated lesson)
     */
    public static ConvolutionSetup of(ConvolutionStep step, LessonTensors tensors) throws ProblemsException {
        Problems problems = new Problems("<step>");
        Tensor input = tensors.resolve(step.input(), "input", problems);
        ConvolutionSetup setup = build(input, step.layer(), "", tensors, problems);
        problems.throwIfErrors();
        return setup;
    }

    /**
     * Builds the convolution, reporting each problem at the offending field below {@code path}
     * (the object holding {@code kernels}, {@code stride}, ...). The kernels are checked even
     * when the input could not be made ({@code input} null), so all their problems show at once.
     *
     * @return the setup, or null after a problem
     */
    static ConvolutionSetup build(Tensor input, ConvolutionLayer layer, String path, LessonTensors tensors,
                                  Problems problems) {
        List<Tensor> kernels = new ArrayList<>();
        for (int i = 0; i < layer.kernels().size(); i++) {
            kernels.add(tensors.resolve(layer.kernels().get(i), SourceNode.join(path, "kernels[" + i + "]"), problems));
        }
        if (input == null || kernels.contains(null)) {
            return null;
        }
        Shape kernel = kernels.get(0).shape();
        float[] bias = new float[layer.bias() == null ? 0 : layer.bias().size()];
        for (int i = 0; i < bias.length; i++) {
            bias[i] = layer.bias().get(i).floatValue();
        }
        String kernelsPath = SourceNode.join(path, "kernels");
        try {
            Padding padding = layer.padding().resolve(input.shape().height(), input.shape().width(),
                    kernel.height(), kernel.width(), layer.stride(), layer.dilation());
            ConvSpec spec = new ConvSpec(kernel.height(), kernel.width(), layer.stride(), padding, layer.dilation());
            Conv2d conv;
            try {
                conv = new Conv2d(kernels, bias, spec, layer.flip());
            } catch (EngineException e) {
                problems.error(bias.length > 0 && e.getMessage().contains("bias") ? SourceNode.join(path, "bias")
                        : kernelsPath, e.getMessage());
                return null;
            }
            conv.outputShape(input.shape());
            return new ConvolutionSetup(input, conv, layer.relu());
        } catch (EngineException e) {
            problems.error(SourceNode.join(kernelsPath, "[0]"), e.getMessage());
            return null;
        }
    }
}
