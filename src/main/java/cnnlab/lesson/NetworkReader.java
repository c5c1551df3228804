package cnnlab.lesson;

import cnnlab.engine.EngineException;
import cnnlab.engine.LayerSpec;
import cnnlab.engine.Network;
import cnnlab.engine.PaddingRule;
import cnnlab.engine.PoolKind;
import cnnlab.engine.PoolSpec;
import cnnlab.engine.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the network format shared by {@code NET.json} files and lesson steps:
 * <pre>
 * {"input": [C, H, W],
 *  "layers": [{"type": "conv", "filters": 32, "kernel": 3, "stride": 1, "padding": 0, "dilation": 1, "bias": true},
 *             {"type": "relu"}, {"type": "maxpool", "size": 2, "stride": 2}, {"type": "avgpool", "size": 2},
 *             {"type": "flatten"}, {"type": "dense", "units": 128}, {"type": "dropout", "rate": 0.5},
 *             {"type": "softmax"}]}
 * </pre>
 * A conv {@code kernel} is {@code k} or {@code [kh, kw]}; its {@code padding} a whole number,
 * {@code "same"} or {@code "valid"}. Stride defaults to 1 for conv and to {@code size} for
 * pooling; pooling may have a whole-number {@code padding}. Every layer may have a {@code name}.
 * Every problem is reported at once, located; a network that reads without problems also
 * summarizes without an engine error.
 */
public final class NetworkReader {

    /** The layer type words and the fields each may have, in the order messages list them. */
    private static final Map<String, List<String>> FIELDS = new LinkedHashMap<>();
    /** The fields each layer type must have besides {@code type}. */
    private static final Map<String, List<String>> REQUIRED = new LinkedHashMap<>();

    static {
        layerType("conv", List.of("filters", "kernel"), "stride", "padding", "dilation", "bias");
        layerType("relu", List.of());
        layerType("maxpool", List.of("size"), "stride", "padding");
        layerType("avgpool", List.of("size"), "stride", "padding");
        layerType("flatten", List.of());
        layerType("dense", List.of("units"), "bias");
        layerType("dropout", List.of("rate"));
        layerType("softmax", List.of());
    }

    private static void layerType(String type, List<String> required, String... optional) {
        List<String> fields = new ArrayList<>(List.of("type", "name"));
        fields.addAll(required);
        fields.addAll(List.of(optional));
        FIELDS.put(type, List.copyOf(fields));
        REQUIRED.put(type, required);
    }

    private static final List<String> NETWORK_FIELDS = List.of("input", "layers");

    private NetworkReader() {
    }

    /** The layer type words, e.g. {@code conv}, in the order messages list them. */
    public static List<String> layerTypes() {
        return List.copyOf(FIELDS.keySet());
    }

    /** The fields a layer of {@code type} may have, or an empty list for an unknown type. */
    public static List<String> layerFields(String type) {
        return FIELDS.getOrDefault(type, List.of());
    }

    /** The fields a layer of {@code type} must have besides {@code type}. */
    public static List<String> requiredLayerFields(String type) {
        return REQUIRED.getOrDefault(type, List.of());
    }

    /**
     * Reads a network file; problems name it as {@code file.toString()}.
     *
     * @throws ProblemsException with every problem found (syntax, fields, types, engine checks)
     */
    public static Network read(Path file) throws ProblemsException {
        return read(file, file.toString());
    }

    /**
     * Reads a network file.
     *
     * @param source how problems name the file
     * @throws ProblemsException with every problem found
     */
    public static Network read(Path file, String source) throws ProblemsException {
        Problems problems = new Problems(source);
        return finish(JsonDocument.read(file, source, problems), problems);
    }

    /**
     * Reads network JSON from text.
     *
     * @param source how problems name the text, e.g. {@code "<stdin>"}
     * @throws ProblemsException with every problem found
     */
    public static Network read(String json, String source) throws ProblemsException {
        Problems problems = new Problems(source);
        return finish(JsonDocument.parse(json, source, null, problems), problems);
    }

    /**
     * Reads network JSON from a stream (not closed).
     *
     * @param source how problems name the stream
     * @throws ProblemsException with every problem found
     */
    public static Network read(InputStream in, String source) throws ProblemsException {
        Problems problems = new Problems(source);
        return finish(JsonDocument.read(in, source, null, problems), problems);
    }

    private static Network finish(JsonDocument document, Problems problems) throws ProblemsException {
        Network network = document == null ? null : read(networkOf(document.root()), problems);
        problems.throwIfErrors();
        return network;
    }

    /** The network itself, or a trained model file's {@code network} field (see {@link ModelWriter}). */
    private static SourceNode networkOf(SourceNode root) {
        JsonNode format = root.value().isObject() ? root.value().get("format") : null;
        boolean model = format != null && ModelWriter.FORMAT.equals(format.asText()) && root.field("network") != null;
        return model ? root.field("network") : root;
    }

    /**
     * Reads a network object at {@code node}, reporting into {@code problems}.
     *
     * @return the network, or null when it has problems
     */
    static Network read(SourceNode node, Problems problems) {
        ObjectFields fields = ObjectFields.of(node, problems, "a network", NETWORK_FIELDS, NETWORK_FIELDS);
        SourceNode inputNode = fields.field("input");
        SourceNode layersNode = fields.field("layers");
        Shape input = inputNode == null ? null : readShape(inputNode, problems);
        List<LayerSpec> layers = layersNode == null ? null : readLayers(layersNode, problems);
        if (input == null || layers == null) {
            return null;
        }
        Network network = new Network(input, layers);
        return check(network, layersNode, problems) ? network : null;
    }

    /** Reads {@code [C, H, W]}, or returns null after a problem. */
    static Shape readShape(SourceNode node, Problems problems) {
        if (!node.value().isArray() || node.value().size() != 3) {
            problems.error(node, "the input must be a list of three whole numbers [channels, height, width],"
                    + " e.g. [1, 28, 28], but this is " + describeList(node));
            return null;
        }
        List<Integer> sizes = new ArrayList<>();
        for (SourceNode element : node.elements()) {
            sizes.add(Values.wholeNumber(element, problems, 1));
        }
        if (sizes.contains(null)) {
            return null;
        }
        try {
            return new Shape(sizes.get(0), sizes.get(1), sizes.get(2));
        } catch (EngineException e) {
            problems.error(node, e.getMessage());
            return null;
        }
    }

    /**
     * Reads a list of layers.
     *
     * @return the layers, or null when any of them has a problem
     */
    static List<LayerSpec> readLayers(SourceNode node, Problems problems) {
        if (!node.value().isArray()) {
            problems.error(node, "the layers must be a list [ ... ] of layer objects, but this is " + node.describe());
            return null;
        }
        List<LayerSpec> layers = new ArrayList<>();
        boolean ok = true;
        for (SourceNode element : node.elements()) {
            LayerSpec layer = readLayer(element, problems);
            ok &= layer != null;
            layers.add(layer);
        }
        return ok ? layers : null;
    }

    private static LayerSpec readLayer(SourceNode node, Problems problems) {
        String type = Values.type(node, problems, "layer", "{\"type\": \"relu\"}", FIELDS.keySet());
        if (type == null) {
            return null;
        }
        int before = problems.all().size();
        ObjectFields fields = ObjectFields.of(node, problems, "a " + type + " layer", FIELDS.get(type), REQUIRED.get(type));
        String name = fields.text("name");
        LayerSpec layer = null;
        try {
            layer = build(type, name, fields, problems);
        } catch (EngineException e) {
            problems.error(node, e.getMessage());
        }
        return problems.all().size() == before ? layer : null;
    }

    private static LayerSpec build(String type, String name, ObjectFields fields, Problems problems) {
        switch (type) {
            case "conv": {
                Integer filters = fields.wholeNumberOrNull("filters", 1);
                SourceNode kernelNode = fields.field("kernel");
                int[] kernel = kernelNode == null ? null : readKernelSize(kernelNode, problems);
                int stride = fields.wholeNumber("stride", 1, 1);
                SourceNode paddingNode = fields.field("padding");
                PaddingRule padding = paddingNode == null ? PaddingRule.VALID : readPadding(paddingNode, problems, true);
                int dilation = fields.wholeNumber("dilation", 1, 1);
                boolean bias = fields.bool("bias", true);
                if (filters == null || kernel == null || padding == null) {
                    return null;
                }
                return new LayerSpec.Conv(name, filters, kernel[0], kernel[1], stride, padding, dilation, bias);
            }
            case "maxpool":
            case "avgpool": {
                Integer size = fields.wholeNumberOrNull("size", 1);
                if (size == null) {
                    return null;
                }
                int stride = fields.wholeNumber("stride", size, 1);
                SourceNode paddingNode = fields.field("padding");
                PaddingRule padding = paddingNode == null ? PaddingRule.VALID : readPadding(paddingNode, problems, false);
                if (padding == null) {
                    return null;
                }
                PoolKind kind = type.equals("maxpool") ? PoolKind.MAX : PoolKind.AVG;
                try {
                    return new LayerSpec.Pool(name, new PoolSpec(size, stride, padding.amount(), kind));
                } catch (EngineException e) {
                    problems.error(paddingNode != null ? paddingNode : fields.node(), e.getMessage());
                    return null;
                }
            }
            case "dense": {
                Integer units = fields.wholeNumberOrNull("units", 1);
                boolean bias = fields.bool("bias", true);
                return units == null ? null : new LayerSpec.Dense(name, units, bias);
            }
            case "dropout": {
                SourceNode rateNode = fields.field("rate");
                Double rate = rateNode == null ? null : Values.number(rateNode, problems);
                if (rate != null && (rate < 0 || rate >= 1)) {
                    problems.error(rateNode, "the dropout rate is the fraction of values dropped, from 0 up to"
                            + " (but not including) 1, but this is " + rate);
                    return null;
                }
                return rate == null ? null : new LayerSpec.Dropout(name, rate);
            }
            case "relu":
                return new LayerSpec.Relu(name);
            case "flatten":
                return new LayerSpec.Flatten(name);
            default:
                return new LayerSpec.Softmax(name);
        }
    }

    /** {@code k} or {@code [kh, kw]} as {@code {kh, kw}}, or null after a problem. */
    static int[] readKernelSize(SourceNode node, Problems problems) {
        if (node.value().isNumber()) {
            Integer k = Values.wholeNumber(node, problems, 1);
            return k == null ? null : new int[] {k, k};
        }
        if (node.value().isArray() && node.value().size() == 2) {
            List<SourceNode> parts = node.elements();
            Integer kh = Values.wholeNumber(parts.get(0), problems, 1);
            Integer kw = Values.wholeNumber(parts.get(1), problems, 1);
            return kh == null || kw == null ? null : new int[] {kh, kw};
        }
        problems.error(node, "the kernel size must be a whole number such as 3, or [height, width] such as [3, 5],"
                + " but this is " + describeList(node));
        return null;
    }

    /**
     * A whole number of cells, {@code "valid"} (0), or, when {@code sameAllowed}, {@code "same"};
     * null after a problem.
     */
    static PaddingRule readPadding(SourceNode node, Problems problems, boolean sameAllowed) {
        if (node.value().isTextual()) {
            String word = node.value().textValue();
            if (word.equals("valid")) {
                return PaddingRule.VALID;
            }
            if (word.equals("same") && sameAllowed) {
                return PaddingRule.SAME;
            }
            problems.error(node, "padding must be a whole number of cells"
                    + (sameAllowed ? ", \"same\" or \"valid\"" : " or \"valid\" (\"same\" is only for conv layers)")
                    + ", but this is " + node.describe());
            return null;
        }
        Integer amount = Values.wholeNumber(node, problems, 0);
        return amount == null ? null : PaddingRule.of(amount);
    }

    /**
     * Runs the engine's summary; when a layer cannot follow its input, reports the engine's
     * reason at that layer.
     */
    private static boolean check(Network network, SourceNode layersNode, Problems problems) {
        try {
            network.summarize();
            return true;
        } catch (EngineException whole) {
            List<LayerSpec> layers = network.layers();
            for (int i = 0; i < layers.size(); i++) {
                try {
                    new Network(network.input(), layers.subList(0, i + 1)).summarize();
                } catch (EngineException e) {
                    problems.error(layersNode.elements().get(i), e.getMessage());
                    return false;
                }
            }
            problems.error(layersNode, whole.getMessage());
            return false;
        }
    }

    private static String describeList(SourceNode node) {
        return node.value().isArray() ? "a list of " + node.value().size() + " values" : node.describe();
    }
}
