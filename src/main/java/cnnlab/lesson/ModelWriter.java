package cnnlab.lesson;

import cnnlab.engine.training.Parameter;
import cnnlab.engine.training.Sequential;
import cnnlab.imaging.AtomicFiles;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a trained model as JSON:
 * <pre>
 * {"format": "cnn-lab-model", "version": 1,
 *  "network": { the network in NET.json form, see {@link NetworkWriter} },
 *  "classes": ["diagonal \\", ...],
 *  "parameters": [{"name": "conv_1.weights", "dims": [8, 1, 3, 3], "values": [...]}, ...]}
 * </pre>
 * Parameters appear in the model's order; {@code values} are row-major over {@code dims}
 * (for convolution weights filter, channel, kernel row, kernel column).
 */
public final class ModelWriter {
    /** The {@code format} value that marks a model file. */
    public static final String FORMAT = "cnn-lab-model";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Objects indented, arrays of numbers kept on one line. */
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance);

    private ModelWriter() {
    }

    /** The model file as a JSON tree. Not modified: the model. */
    public static ObjectNode toTree(Sequential model, List<String> classNames) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        root.set("network", NetworkWriter.toTree(model.network()));
        ArrayNode classes = root.putArray("classes");
        classNames.forEach(classes::add);
        ArrayNode parameters = root.putArray("parameters");
        for (Parameter p : model.parameters()) {
            ObjectNode node = parameters.addObject();
            node.put("name", p.name());
            ArrayNode dims = node.putArray("dims");
            p.dims().forEach(dims::add);
            ArrayNode values = node.putArray("values");
            for (float v : p.values()) {
                values.add(v);
            }
        }
        return root;
    }

    /**
     * Writes the model file, replacing {@code file} only once the whole text is on disk (written
     * to a temporary file beside it first). Not modified: the model.
     *
     * @throws IOException when the file cannot be written
     */
    public static void write(Path file, Sequential model, List<String> classNames) throws IOException {
        AtomicFiles.writeString(file, MAPPER.writer(PRINTER).writeValueAsString(toTree(model, classNames)) + "\n");
    }
}
