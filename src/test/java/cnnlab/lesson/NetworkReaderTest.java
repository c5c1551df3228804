package cnnlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.LayerSpec;
import cnnlab.engine.Network;
import cnnlab.engine.PaddingRule;
import cnnlab.engine.PoolKind;
import cnnlab.engine.PoolSpec;
import cnnlab.engine.Shape;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkReaderTest {

    @TempDir
    Path temp;

    private static final String KERAS = String.join("\n",
            "{\"input\": [1, 28, 28],",
            " \"layers\": [",
            "  {\"type\": \"conv\", \"filters\": 32, \"kernel\": 3},",
            "  {\"type\": \"relu\"},",
            "  {\"type\": \"conv\", \"filters\": 64, \"kernel\": [3, 3], \"name\": \"second\"},",
            "  {\"type\": \"maxpool\", \"size\": 2},",
            "  {\"type\": \"dropout\", \"rate\": 0.25},",
            "  {\"type\": \"flatten\"},",
            "  {\"type\": \"dense\", \"units\": 128},",
            "  {\"type\": \"dense\", \"units\": 10},",
            "  {\"type\": \"softmax\"}]}");

    @Test
    void readsTheKerasExampleIntoEngineLayers() throws Exception {
        Network network = NetworkReader.read(KERAS, "keras.json");
        assertEquals(new Shape(1, 28, 28), network.input());
        assertEquals(new LayerSpec.Conv(null, 32, 3, 3, 1, PaddingRule.VALID, 1, true), network.layers().get(0));
        assertEquals(new LayerSpec.Conv("second", 64, 3, 3, 1, PaddingRule.VALID, 1, true), network.layers().get(2));
        assertEquals(new LayerSpec.Pool(null, new PoolSpec(2, 2, 0, PoolKind.MAX)), network.layers().get(3));
        assertEquals(new LayerSpec.Dropout(null, 0.25), network.layers().get(4));
        assertEquals(1_199_882, network.summarize().totalParams(), "the curriculum's row 10 total");
    }

    @Test
    void readsEveryOptionalField() throws Exception {
        Network network = NetworkReader.read("{\"input\":[3,32,31],\"layers\":["
                + "{\"type\":\"conv\",\"filters\":8,\"kernel\":[5,3],\"stride\":2,\"padding\":\"same\",\"dilation\":2,"
                + "\"bias\":false,\"name\":\"c\"},"
                + "{\"type\":\"avgpool\",\"size\":3,\"stride\":1,\"padding\":1},"
                + "{\"type\":\"conv\",\"filters\":1,\"kernel\":1,\"padding\":\"valid\"}]}", "net");
        assertEquals(new LayerSpec.Conv("c", 8, 5, 3, 2, PaddingRule.SAME, 2, false), network.layers().get(0));
        assertEquals(new LayerSpec.Pool(null, new PoolSpec(3, 1, 1, PoolKind.AVG)), network.layers().get(1));
        assertEquals(PaddingRule.VALID, ((LayerSpec.Conv) network.layers().get(2)).padding());
        assertEquals(List.of(8, 16, 16), network.summarize().layers().get(0).outputShape());
    }

    @Test
    void readsFilesAndStreams() throws Exception {
        Path file = temp.resolve("net.json");
        Files.writeString(file, KERAS);
        assertEquals(NetworkReader.read(KERAS, "x"), NetworkReader.read(file));
        assertEquals(NetworkReader.read(KERAS, "x"), NetworkReader.read(
                new ByteArrayInputStream(KERAS.getBytes(StandardCharsets.UTF_8)), "<stdin>"));
    }

    private static List<Problem> problems(String json) {
        return assertThrows(ProblemsException.class, () -> NetworkReader.read(json, "net.json")).problems();
    }

    private static Problem only(String json) {
        List<Problem> found = problems(json);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void unknownLayerTypeListsTheKnownOnes() {
        Problem p = only("{\"input\":[1,8,8],\n \"layers\":[{\"type\":\"relu\"},\n   {\"type\":\"convolution\"}]}");
        assertEquals("net.json:3:12: layers[1].type: unknown layer type \"convolution\"; known layer types: conv, relu,"
                + " maxpool, avgpool, flatten, dense, dropout, softmax", p.toString());
    }

    @Test
    void unknownFieldNamesItAndTheAllowedOnes() {
        Problem p = only("{\"input\":[1,8,8],\"layers\":[\n{\"type\":\"conv\",\"filters\":2,\"kernl\":3}]}");
        assertEquals(2, p.line());
        assertEquals(28, p.column(), "at the field name");
        assertEquals("layers[0].kernl", p.path());
        assertTrue(p.message().contains("unknown field \"kernl\" in a conv layer (did you mean \"kernel\"?)"), p.message());
        assertTrue(p.message().contains("allowed fields: type, name, filters, kernel, stride, padding, dilation, bias"),
                p.message());
    }

    @Test
    void missingRequiredFieldAndWrongTypesAreAllReported() {
        List<Problem> found = problems("{\"input\":[1,8,8],\"layers\":[\n"
                + "{\"type\":\"conv\",\"kernel\":3},\n"
                + "{\"type\":\"dense\",\"units\":\"ten\"},\n"
                + "{\"type\":\"maxpool\",\"size\":2,\"padding\":\"same\"},\n"
                + "{\"type\":\"dropout\",\"rate\":1.5},\n"
                + "{\"type\":\"conv\",\"filters\":1,\"kernel\":[3,3,3]}]}");
        assertEquals(5, found.size(), found.toString());
        assertEquals("net.json:2:1: layers[0]: missing field \"filters\": a conv layer needs it", found.get(0).toString());
        assertEquals("net.json:3:25: layers[1].units: must be a whole number, but this is the text \"ten\"",
                found.get(1).toString());
        assertEquals("layers[2].padding", found.get(2).path());
        assertTrue(found.get(2).message().contains("\"same\" is only for conv layers"));
        assertEquals("layers[3].rate", found.get(3).path());
        assertEquals("layers[4].kernel", found.get(4).path());
        assertTrue(found.get(4).message().contains("[height, width]"));
    }

    @Test
    void intOverflowAndFractionsAreRefused() {
        List<Problem> found = problems("{\"input\":[1,8,8],\"layers\":[{\"type\":\"dense\",\"units\":99999999999},"
                + "{\"type\":\"conv\",\"filters\":1.5,\"kernel\":1}]}");
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("99999999999 is too large"), found.get(0).message());
        assertTrue(found.get(1).message().contains("must be a whole number, but this is the number 1.5"));
    }

    @Test
    void theEngineSaysWhyALayerCannotFollowItsInput() {
        Problem p = only("{\"input\":[1,4,4],\"layers\":[{\"type\":\"conv\",\"filters\":1,\"kernel\":3},\n"
                + "  {\"type\":\"conv\",\"filters\":1,\"kernel\":3}]}");
        assertEquals("layers[1]", p.path());
        assertEquals(2, p.line());
        assertEquals(3, p.column());
        assertTrue(p.message().contains("the window is 3 rows tall but the padded input is only 2"), p.message());
    }

    @Test
    void brokenJsonSaysWhere() {
        Problem p = only("{\"input\":[1,4,4],\n \"layers\":[{\"type\":\"relu\"},]}");
        assertEquals(2, p.line());
        assertTrue(p.message().startsWith("this is not valid JSON") || p.message().startsWith("expected"), p.message());
        Problem duplicate = only("{\"input\":[1,4,4],\"input\":[1,4,4],\"layers\":[]}");
        assertTrue(duplicate.message().contains("appears twice"), duplicate.message());
        Problem nan = only("{\"input\":[1,4,4],\"layers\":[{\"type\":\"dropout\",\"rate\":NaN}]}");
        assertTrue(nan.message().contains("NaN"), nan.message());
        assertTrue(only("").message().contains("empty"));
        assertTrue(only("{\"input\":[1,4,4],\"layers\":[]} {}").message().contains("more text after"));
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(200) + "]".repeat(200);
        Problem p = only("{\"input\":[1,4,4],\"layers\":" + deep + "}");
        assertTrue(p.message().contains("nested more than 64 levels"), p.message());
    }

    @Test
    void missingAndOversizedFilesAreRefusedBeforeParsing() throws IOException {
        Path missing = temp.resolve("nope.json");
        Problem p = assertThrows(ProblemsException.class, () -> NetworkReader.read(missing)).problems().get(0);
        assertEquals(missing + ":1:1: the file does not exist", p.toString());
        Path huge = temp.resolve("huge.json");
        Files.write(huge, new byte[(int) JsonLimits.MAX_FILE_BYTES + 1]);
        Problem big = assertThrows(ProblemsException.class, () -> NetworkReader.read(huge)).problems().get(0);
        assertTrue(big.message().contains("more than the 2097152"), big.message());
    }

    @Test
    void inputMustBeThreeSizes() {
        Problem p = only("{\"input\":[28,28],\"layers\":[]}");
        assertEquals("input", p.path());
        assertTrue(p.message().contains("[channels, height, width]"));
    }
}
