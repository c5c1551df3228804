package cnnlab.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.app.CliRun;
import cnnlab.engine.Network;
import cnnlab.lesson.NetworkReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    @TempDir
    Path temp;

    private String tiny;

    private static final String TINY_CNN = """
            {"input": [1, 16, 16],
             "layers": [{"type": "conv", "filters": 8, "kernel": 3}, {"type": "relu"}, {"type": "maxpool", "size": 2},
                        {"type": "conv", "filters": 16, "kernel": 3}, {"type": "relu"}, {"type": "maxpool", "size": 2},
                        {"type": "flatten"}, {"type": "dense", "units": %d}, {"type": "softmax"}]}
            """;

    @BeforeEach
    void writeTheTinyCnn() throws IOException {
        tiny = Files.writeString(temp.resolve("tiny.json"), TINY_CNN.formatted(7)).toString();
    }

    private CliRun run(String... args) {
        return CliRun.of(temp, args);
    }

    @Test
    void printsALinePerEpochAndTheFinalAccuracyAndWritesTheModel() throws Exception {
        Path model = temp.resolve("model.json");
        String out = run("train", "--network", tiny, "--data", "shapes", "--epochs", "2", "--per-class", "12",
                "--seed", "3", "--out", model.toString()).ok();
        List<String> lines = out.lines().toList();
        assertEquals(6, lines.size(), out);
        assertEquals("data: 7 classes × 12 pictures of 16×16, 63 for training and 21 held out (seed 3)", lines.get(0));
        assertEquals("model: 1,703 parameters; adam, learning rate 0.01, batches of 16", lines.get(1));
        assertTrue(lines.get(2).matches("epoch 1/2: loss \\d+\\.\\d{3}, accuracy \\d+\\.\\d%; held out: loss \\d+\\.\\d{3},"
                + " accuracy \\d+\\.\\d% \\(\\d+\\.\\d s\\)"), lines.get(2));
        assertTrue(lines.get(3).startsWith("epoch 2/2: "), lines.get(3));
        assertTrue(lines.get(4).matches("final accuracy on held-out pictures: \\d+\\.\\d% \\(\\d+ of 21\\)"), lines.get(4));
        assertEquals("model written to " + model, lines.get(5));

        JsonNode root = new ObjectMapper().readTree(model.toFile());
        Network network = NetworkReader.read(root.get("network").toString(), "model.json");
        assertEquals(NetworkReader.read(Path.of(tiny)), network);
        assertEquals(7, root.get("classes").size());
        assertEquals(6, root.get("parameters").size());
    }

    @Test
    void theSameSeedPrintsTheSameNumbers() {
        String[] args = {"train", "--network", tiny, "--data", "shapes", "--epochs", "1", "--per-class", "8"};
        assertEquals(withoutTimes(run(args).ok()), withoutTimes(run(args).ok()));
    }

    @Test
    void eightOutputsAddBlankPictures() throws IOException {
        String eight = Files.writeString(temp.resolve("eight.json"), TINY_CNN.formatted(8)).toString();
        String out = run("train", "--network", eight, "--data", "shapes", "--epochs", "1", "--per-class", "4",
                "--optimizer", "sgd", "--learning-rate", "0.05", "--batch", "4").ok();
        assertTrue(out.startsWith("data: 8 classes × 4 pictures of 16×16, 24 for training and 8 held out (seed 1)\n"
                + "model: 1,768 parameters; sgd, learning rate 0.05, batches of 4\n"), out);
    }

    @Test
    void explainsWhatIsWrongInOneLine() throws IOException {
        assertEquals("cnn-lab train: option --data knows only 'shapes' (generated pictures), got 'mnist'"
                + " (see 'cnn-lab train --help')",
                run("train", "--network", tiny, "--data", "mnist", "--epochs", "1").badInput());
        assertEquals("cnn-lab train: missing option --epochs (see 'cnn-lab train --help')",
                run("train", "--network", tiny, "--data", "shapes").badInput());
        assertEquals("cnn-lab train: option --optimizer is adam or sgd, got 'rms' (see 'cnn-lab train --help')",
                run("train", "--network", tiny, "--data", "shapes", "--epochs", "1", "--optimizer", "rms").badInput());
        String ten = Files.writeString(temp.resolve("ten.json"), TINY_CNN.formatted(10)).toString();
        assertEquals("cnn-lab train: " + ten + ": the network must end in 7 values (one per shape class; 8 to add"
                + " blank pictures), e.g. a dense layer of 7 units, but it ends in 10 values",
                run("train", "--network", ten, "--data", "shapes", "--epochs", "1").badInput());
        String rgb = Files.writeString(temp.resolve("rgb.json"), TINY_CNN.formatted(7).replace("[1, 16, 16]", "[3, 16, 16]"))
                .toString();
        assertEquals("cnn-lab train: " + rgb + ": the shapes data are grayscale pictures 1×N×N with N from 8 to 64,"
                + " but the network's input is 3×16×16",
                run("train", "--network", rgb, "--data", "shapes", "--epochs", "1").badInput());
        String spatial = Files.writeString(temp.resolve("maps.json"),
                "{\"input\": [1, 8, 8], \"layers\": [{\"type\": \"conv\", \"filters\": 7, \"kernel\": 3}]}").toString();
        assertTrue(run("train", "--network", spatial, "--data", "shapes", "--epochs", "1").badInput()
                .endsWith("but it ends in a 7×6×6 map"));
        Path missingFolder = temp.resolve("no/such/model.json");
        assertEquals("cnn-lab train: --out " + missingFolder + ": the folder " + missingFolder.getParent()
                + " does not exist (see 'cnn-lab train --help')",
                run("train", "--network", tiny, "--data", "shapes", "--epochs", "1", "--out", missingFolder.toString())
                        .badInput());
    }

    @Test
    void helpListsTheOptions() {
        String help = run("train", "--help").ok();
        assertTrue(help.startsWith("Usage: cnn-lab train --network NET.json --data shapes --epochs N [options]"), help);
        for (String option : List.of("--seed S", "--per-class N", "--batch N", "--optimizer NAME", "--learning-rate R",
                "--out FILE")) {
            assertTrue(help.contains(option), option + " in " + help);
        }
    }

    private static String withoutTimes(String out) {
        return out.replaceAll("\\(\\d+\\.\\d s\\)", "(time)");
    }
}
