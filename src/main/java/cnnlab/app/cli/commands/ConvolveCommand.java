package cnnlab.app.cli.commands;

import cnnlab.app.cli.Command;
import cnnlab.app.cli.ExitCodes;
import cnnlab.app.cli.OptionSpec;
import cnnlab.app.cli.PaddingOption;
import cnnlab.app.cli.ParsedArgs;
import cnnlab.app.cli.TensorInputs;
import cnnlab.app.cli.TensorOutput;
import cnnlab.app.cli.UsageException;
import cnnlab.engine.Activations;
import cnnlab.engine.Conv2d;
import cnnlab.engine.ConvSpec;
import cnnlab.engine.EngineException;
import cnnlab.engine.Padding;
import cnnlab.engine.PaddingRule;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.io.PrintStream;
import java.util.Collections;
import java.util.List;

/**
 * {@code cnn-lab convolve}: one kernel slid over a matrix or image by the engine's
 * {@link Conv2d}, printed as a grid or JSON, optionally drawn as a PNG.
 */
public final class ConvolveCommand implements Command {

    @Override
    public String name() {
        return "convolve";
    }

    @Override
    public String summary() {
        return "Slide a kernel over a matrix or image and print the feature map.";
    }

    @Override
    public String usage() {
        return "convolve --input FILE --kernel K [options]";
    }

    @Override
    public String details() {
        return """
                Computes out[y][x] = B + sum over i, j of in[y*S + i*D - P][x*S + j*D - P] * K[i][j]
                (cross-correlation, as deep-learning libraries do; --flip turns K by 180 degrees first
                for a true convolution). Each side of the output has floor((n + 2P - D(k-1) - 1)/S) + 1 cells.

                FILE ending in .png, .jpg, .jpeg, .bmp or .gif is read as an image in grayscale
                (0 = black, 1 = white); any other FILE as CSV: one row per line, numbers separated
                by commas, lines starting with # ignored. With --rgb an image keeps its red, green
                and blue channels and the 2-D kernel is applied to each of them, the three sums
                adding into ONE output value (a 3 x k x k filter of three equal planes).

                Example: cnn-lab convolve --input sample-images/diagonal-6x6.png --kernel "1,-1,-1;-1,1,-1;-1,-1,1"
                """;
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.value("input", "FILE", "The matrix (CSV) or image (PNG, JPEG, BMP, GIF) to convolve."),
                OptionSpec.value("kernel", "K", "Rows separated by ';', numbers by ',' (e.g. \"1,0;0,1\"), or a CSV file."),
                OptionSpec.value("stride", "S", "Cells the kernel moves per step (default 1)."),
                OptionSpec.value("padding", "P", "Zeros around the input: a whole number, 'valid' (0) or 'same' (output ceil(n/S))."),
                OptionSpec.value("dilation", "D", "Spacing between kernel taps (default 1)."),
                OptionSpec.value("bias", "B", "Number added to every output value (default 0)."),
                OptionSpec.flag("flip", "True convolution: rotate the kernel by 180 degrees first."),
                OptionSpec.flag("relu", "Apply ReLU, max(0, v), to the output."),
                OptionSpec.flag("rgb", "Keep an image's three colour channels (the kernel applies to each)."),
                TensorOutput.JSON_OPTION,
                TensorOutput.OUT_OPTION);
    }

    @Override
    public int run(ParsedArgs args, PrintStream out, PrintStream err) throws UsageException {
        args.requirePositionalCount(0, 0);
        String inputFile = args.requiredValue("input");
        String kernelText = args.requiredValue("kernel");
        int stride = args.intValue("stride", 1, 1);
        int dilation = args.intValue("dilation", 1, 1);
        float bias = args.floatValue("bias", 0f);
        PaddingRule paddingRule = PaddingOption.read(args, true);
        Tensor input = TensorInputs.input(inputFile, args.flag("rgb"));
        Tensor kernel = TensorInputs.kernel(kernelText);

        Tensor result;
        try {
            result = convolve(input, kernel, stride, paddingRule, dilation, bias, args.flag("flip"));
        } catch (EngineException e) {
            throw UsageException.inInput(inputFile + " (" + input.shape() + ") with a "
                    + kernel.shape().height() + "×" + kernel.shape().width() + " kernel: " + e.getMessage());
        }
        if (args.flag("relu")) {
            result = Activations.relu(result);
        }
        TensorOutput.show(result, args, out);
        return ExitCodes.OK;
    }

    /** One filter: the kernel repeated over every input channel. */
    private static Tensor convolve(Tensor input, Tensor kernel, int stride, PaddingRule paddingRule, int dilation,
                                   float bias, boolean flip) {
        Shape in = input.shape();
        Shape k = kernel.shape();
        Padding padding = paddingRule.resolve(in.height(), in.width(), k.height(), k.width(), stride, dilation);
        Tensor filter = Tensor.stack(Collections.nCopies(in.channels(), kernel));
        ConvSpec spec = new ConvSpec(k.height(), k.width(), stride, padding, dilation);
        return new Conv2d(List.of(filter), new float[] {bias}, spec, flip).apply(input);
    }
}
