package cnnlab.app.cli.commands;

import cnnlab.app.cli.Command;
import cnnlab.app.cli.ExitCodes;
import cnnlab.app.cli.NetworkFiles;
import cnnlab.app.cli.OptionSpec;
import cnnlab.app.cli.ParsedArgs;
import cnnlab.app.cli.UsageException;
import cnnlab.engine.EngineException;
import cnnlab.engine.Network;
import cnnlab.engine.data.ShapeClass;
import cnnlab.engine.data.ShapeDataset;
import cnnlab.engine.training.Adam;
import cnnlab.engine.training.EpochReport;
import cnnlab.engine.training.Evaluation;
import cnnlab.engine.training.Optimiser;
import cnnlab.engine.training.Sequential;
import cnnlab.engine.training.Sgd;
import cnnlab.engine.training.Trainer;
import cnnlab.engine.training.TrainingConfig;
import cnnlab.engine.training.TrainingControl;
import cnnlab.engine.training.TrainingListener;
import cnnlab.engine.training.TrainingResult;
import cnnlab.lesson.ModelWriter;
import cnnlab.lesson.ShapeTraining;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code cnn-lab train}: trains a network file on the generated shapes with the engine's
 * {@link Trainer}, printing a line per epoch and the final held-out accuracy.
 */
public final class TrainCommand implements Command {
    private static final String SHAPES = "shapes";

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "Train a network on generated pictures of shapes and print its accuracy.";
    }

    @Override
    public String usage() {
        return "train --network NET.json --data shapes --epochs N [options]";
    }

    @Override
    public String details() {
        return """
                The shapes data are grayscale pictures drawn by code from the seed: diagonal \\,
                diagonal /, vertical, horizontal, cross, circle and square (and blank when the
                network has 8 outputs), with noise and random shifts and sizes. The picture size is
                the network's input, which must be 1×N×N with N from 8 to 64; the network must end
                in 7 or 8 values (e.g. a dense layer of 7 units, then softmax). A quarter of the
                pictures of every class is held out to measure accuracy. Training minimises the
                softmax cross-entropy; the same seed gives the same run.
                """;
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.value("network", "NET.json", "The network file (see 'summary --help')."),
                OptionSpec.value("data", "NAME", "The training data; only 'shapes' (generated pictures)."),
                OptionSpec.value("epochs", "N", "Passes over the training pictures."),
                OptionSpec.value("seed", "S", "Seeds the pictures, the starting weights and the order (default 1)."),
                OptionSpec.value("per-class", "N", "Pictures of each class, a quarter held out (default 100)."),
                OptionSpec.value("batch", "N", "Pictures per update (default 16)."),
                OptionSpec.value("optimizer", "NAME", "adam (default) or sgd (with momentum 0.9)."),
                OptionSpec.value("learning-rate", "R", "The step size (default 0.01)."),
                OptionSpec.value("out", "FILE", "Write the trained model as JSON to FILE."));
    }

    @Override
    public int run(ParsedArgs args, PrintStream out, PrintStream err) throws UsageException {
        args.requirePositionalCount(0, 0);
        String file = args.requiredValue("network");
        String data = args.requiredValue("data");
        if (!data.equals(SHAPES)) {
            throw new UsageException("option --data knows only 'shapes' (generated pictures), got '" + data + "'");
        }
        args.requiredValue("epochs");
        int epochs = args.intValue("epochs", 1, 1);
        int seed = args.intValue("seed", 1);
        int perClass = args.intValue("per-class", 100, 4);
        int batch = args.intValue("batch", 16, 1);
        float learningRate = args.floatValue("learning-rate", 0.01f);
        if (!(learningRate > 0)) {
            throw new UsageException("option --learning-rate must be positive, got " + learningRate);
        }
        Optimiser optimiser = optimiser(args.value("optimizer").orElse("adam"), learningRate);
        Path outFile = outFile(args);

        Network network = NetworkFiles.read(file);
        List<ShapeClass> classes = classesFor(network, file);
        ShapeDataset.Split split = ShapeDataset.generate(classes, perClass, network.input().height(), seed).split(0.25);
        Sequential model = Sequential.of(network, seed);
        out.printf(Locale.ROOT, "data: %d classes × %d pictures of %d×%d, %d for training and %d held out (seed %d)%n",
                classes.size(), perClass, network.input().height(), network.input().width(), split.train().size(),
                split.test().size(), seed);
        out.printf(Locale.ROOT, "model: %,d parameters; %s, learning rate %s, batches of %d%n", model.parameterCount(),
                args.value("optimizer").orElse("adam"), learningRate, batch);

        Trainer trainer = new Trainer(model, optimiser, new TrainingConfig(epochs, batch, seed));
        TrainingResult result = trainer.train(split.train(), split.test(), new TrainingListener() {
            @Override
            public void epochFinished(EpochReport report) {
                out.println(epochLine(report));
                out.flush();
            }
        }, new TrainingControl());
        Evaluation test = result.test();
        out.printf(Locale.ROOT, "final accuracy on held-out pictures: %s (%d of %d)%n", percent(test.accuracy()),
                test.correct(), test.count());
        if (outFile != null) {
            try {
                ModelWriter.write(outFile, result.model(), split.train().classNames());
            } catch (AccessDeniedException e) {
                throw UsageException.inInput("cannot write the model to " + outFile + ": permission denied");
            } catch (IOException e) {
                throw UsageException.inInput("cannot write the model to " + outFile + ": " + e);
            }
            out.println("model written to " + outFile);
        }
        return ExitCodes.OK;
    }

    /** One progress line, e.g. {@code epoch 2/5: loss 0.168, accuracy 94.9%; held out: loss 0.110, accuracy 97.1% (0.4 s)}. */
    static String epochLine(EpochReport r) {
        return String.format(Locale.ROOT, "epoch %d/%d: loss %.3f, accuracy %s; held out: loss %.3f, accuracy %s (%.1f s)",
                r.epoch(), r.epochs(), r.train().loss(), percent(r.train().accuracy()), r.test().loss(),
                percent(r.test().accuracy()), r.millis() / 1000.0);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    private static Optimiser optimiser(String name, float learningRate) throws UsageException {
        switch (name) {
            case "adam":
                return Adam.withDefaults(learningRate);
            case "sgd":
                return new Sgd(learningRate, 0.9);
            default:
                throw new UsageException("option --optimizer is adam or sgd, got '" + name + "'");
        }
    }

    private static Path outFile(ParsedArgs args) throws UsageException {
        String name = args.value("out").orElse(null);
        if (name == null) {
            return null;
        }
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new UsageException("--out '" + name + "' is not a valid file name (" + e.getReason() + ")");
        }
        Path folder = path.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new UsageException("--out " + name + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(path)) {
            throw new UsageException("--out " + name + " is a folder; give a file name such as model.json");
        }
        return path;
    }

    /** The shape classes matching the network's input and output, or a located complaint. */
    private static List<ShapeClass> classesFor(Network network, String file) throws UsageException {
        try {
            return ShapeTraining.classesFor(network);
        } catch (EngineException e) {
            throw UsageException.inInput(file + ": " + e.getMessage());
        }
    }
}
