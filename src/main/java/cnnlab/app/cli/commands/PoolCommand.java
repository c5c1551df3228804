package cnnlab.app.cli.commands;

import cnnlab.app.cli.Command;
import cnnlab.app.cli.ExitCodes;
import cnnlab.app.cli.OptionSpec;
import cnnlab.app.cli.PaddingOption;
import cnnlab.app.cli.ParsedArgs;
import cnnlab.app.cli.TensorInputs;
import cnnlab.app.cli.TensorOutput;
import cnnlab.app.cli.UsageException;
import cnnlab.engine.EngineException;
import cnnlab.engine.Pool2d;
import cnnlab.engine.PoolKind;
import cnnlab.engine.PoolSpec;
import cnnlab.engine.Tensor;
import java.io.PrintStream;
import java.util.List;

/** {@code cnn-lab pool}: max or average pooling by the engine's {@link Pool2d}. */
public final class PoolCommand implements Command {

    private static final int DEFAULT_SIZE = 2;

    @Override
    public String name() {
        return "pool";
    }

    @Override
    public String summary() {
        return "Max- or average-pool a matrix or image and print the result.";
    }

    @Override
    public String usage() {
        return "pool --input FILE [options]";
    }

    @Override
    public String details() {
        return """
                Slides a K x K window with stride S over each channel and keeps the largest value
                (max) or the mean (avg) under it. Padding cells never win a max and are not counted
                in a mean. Each side of the output has floor((n + 2P - K)/S) + 1 cells.

                FILE is read as for 'cnn-lab convolve': an image (.png, .jpg, .jpeg, .bmp, .gif) in
                grayscale, or --rgb for three channels; anything else as a CSV matrix.

                Example: cnn-lab pool --input map.csv --size 2 --kind max
                """;
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.value("input", "FILE", "The matrix (CSV) or image (PNG, JPEG, BMP, GIF) to pool."),
                OptionSpec.value("size", "K", "Window side (default 2)."),
                OptionSpec.value("stride", "S", "Cells the window moves per step (default: the size)."),
                OptionSpec.value("padding", "P", "Cells added on every side: a whole number up to K/2, or 'valid' (0)."),
                OptionSpec.value("kind", "max|avg", "Keep the largest value or the mean (default max)."),
                OptionSpec.flag("rgb", "Keep an image's three colour channels, pooled one by one."),
                TensorOutput.JSON_OPTION,
                TensorOutput.OUT_OPTION);
    }

    @Override
    public int run(ParsedArgs args, PrintStream out, PrintStream err) throws UsageException {
        args.requirePositionalCount(0, 0);
        String inputFile = args.requiredValue("input");
        int size = args.intValue("size", DEFAULT_SIZE, 1);
        int stride = args.intValue("stride", size, 1);
        int padding = PaddingOption.read(args, false).amount();
        PoolKind kind = kind(args.value("kind").orElse("max"));
        PoolSpec spec;
        try {
            spec = new PoolSpec(size, stride, padding, kind);
        } catch (EngineException e) {
            throw new UsageException(e.getMessage());
        }
        Tensor input = TensorInputs.input(inputFile, args.flag("rgb"));

        Tensor result;
        try {
            result = new Pool2d(spec).apply(input);
        } catch (EngineException e) {
            throw UsageException.inInput(inputFile + " (" + input.shape() + ") with a " + size + "×" + size
                    + " window: " + e.getMessage());
        }
        TensorOutput.show(result, args, out);
        return ExitCodes.OK;
    }

    private static PoolKind kind(String value) throws UsageException {
        switch (value.strip()) {
            case "max":
                return PoolKind.MAX;
            case "avg":
                return PoolKind.AVG;
            default:
                throw new UsageException("option --kind must be max or avg, got '" + value + "'");
        }
    }
}
