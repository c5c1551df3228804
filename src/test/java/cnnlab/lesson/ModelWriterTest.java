package cnnlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.LayerSpec;
import cnnlab.engine.Network;
import cnnlab.engine.PaddingRule;
import cnnlab.engine.PoolKind;
import cnnlab.engine.PoolSpec;
import cnnlab.engine.Shape;
import cnnlab.engine.training.Parameter;
import cnnlab.engine.training.Sequential;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelWriterTest {

    @TempDir
    Path temp;

    /** Every layer type and every option the reader knows, away from the defaults where possible. */
    private static final Network EVERYTHING = new Network(new Shape(2, 20, 18), List.of(
            new LayerSpec.Conv("first", 4, 3, 2, 2, PaddingRule.SAME, 1, false),
            new LayerSpec.Relu(null),
            new LayerSpec.Conv(null, 3, 3, 3, 1, PaddingRule.of(1), 2, true),
            new LayerSpec.Pool(null, new PoolSpec(3, 2, 1, PoolKind.MAX)),
            new LayerSpec.Pool("mean", PoolSpec.of(2, PoolKind.AVG)),
            new LayerSpec.Flatten(null),
            new LayerSpec.Dropout(null, 0.25),
            new LayerSpec.Dense("hidden", 5, false),
            new LayerSpec.Dense(null, 3, true),
            new LayerSpec.Softmax(null)));

    @Test
    void theNetworkWrittenOutReadsBackEqual() throws Exception {
        String json = NetworkWriter.toTree(EVERYTHING).toString();
        assertEquals(EVERYTHING, NetworkReader.read(json, "written.json"));
    }

    @Test
    void theModelFileHoldsTheNetworkClassesAndEveryParameter() throws Exception {
        Sequential model = Sequential.of(EVERYTHING, 4);
        Path file = temp.resolve("model.json");
        Files.writeString(file, "an older model");
        ModelWriter.write(file, model, List.of("a", "b", "c"));

        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(ModelWriter.FORMAT, root.get("format").asText());
        assertEquals(EVERYTHING, NetworkReader.read(root.get("network").toString(), "model.json"));
        assertEquals("[\"a\",\"b\",\"c\"]", root.get("classes").toString());
        JsonNode parameters = root.get("parameters");
        assertEquals(model.parameters().size(), parameters.size());
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = model.parameters().get(i);
            JsonNode node = parameters.get(i);
            assertEquals(p.name(), node.get("name").asText());
            assertEquals(p.dims().toString().replace(" ", ""), node.get("dims").toString());
            assertEquals(p.size(), node.get("values").size());
            for (int j = 0; j < p.size(); j++) {
                assertEquals(p.values()[j], node.get("values").get(j).floatValue(), "value " + j + " of " + p.name());
            }
        }
        assertEquals("first.weights", parameters.get(0).get("name").asText());
        assertEquals("[4,2,3,2]", parameters.get(0).get("dims").toString());
        try (var files = Files.list(temp)) {
            assertTrue(files.allMatch(f -> f.equals(file)), "no temporary file left behind");
        }
    }

    @Test
    void aModelFileReadsAsItsNetworkWhereverANetworkFileIsExpected() throws Exception {
        Path file = temp.resolve("model.json");
        ModelWriter.write(file, Sequential.of(EVERYTHING, 4), List.of("a", "b", "c"));

        assertEquals(EVERYTHING, NetworkReader.read(file));
    }
}
