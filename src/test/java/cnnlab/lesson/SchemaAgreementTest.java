package cnnlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** lessons/lesson.schema.json describes exactly the fields the Java model reads and writes. */
class SchemaAgreementTest {

    /** Schema definitions and the records they describe. */
    private static final Map<String, Class<? extends Record>> RECORDS = new LinkedHashMap<>();

    static {
        RECORDS.put("Text", Text.class);
        RECORDS.put("GeneratedTensor", TensorSpec.Generated.class);
        RECORDS.put("ImageTensor", TensorSpec.Image.class);
        RECORDS.put("PresetTensor", TensorSpec.Preset.class);
        RECORDS.put("Walk", Walk.class);
        RECORDS.put("MapExpect", MapExpect.class);
        RECORDS.put("ConvolutionLayer", ConvolutionLayer.class);
        RECORDS.put("Focus", Focus.class);
        RECORDS.put("NetworkPreset", NetworkPreset.class);
        RECORDS.put("NetworkExpect", NetworkExpect.class);
        RECORDS.put("CounterExpect", CounterExpect.class);
        RecordFields.stepTypes().values().forEach(type -> RECORDS.put(type.getSimpleName(), type));
    }

    private static JsonNode schema;

    @BeforeAll
    static void readSchema() throws IOException {
        schema = new ObjectMapper().readTree(LessonCatalog.bundledFolder().resolve(LessonFiles.SCHEMA).toFile());
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> keys = new TreeSet<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    @Test
    void theLessonItself() {
        assertEquals(new TreeSet<>(RecordFields.names(Lesson.class)), keys(schema.get("properties")));
        assertEquals(new TreeSet<>(RecordFields.required(Lesson.class)), strings(schema.get("required")));
    }

    @Test
    void everyRecordHasTheSameFieldsAndRequiredFields() {
        List<String> disagreements = new ArrayList<>();
        RECORDS.forEach((name, type) -> {
            JsonNode def = schema.get("$defs").get(name);
            if (def == null) {
                disagreements.add(name + ": missing in the schema");
                return;
            }
            Set<String> fields = new TreeSet<>(RecordFields.names(type));
            Set<String> required = new TreeSet<>(RecordFields.required(type));
            if (type == Text.class) {
                required = Set.of("en", "zh"); // the reader reports missing languages itself
            }
            if (!fields.equals(keys(def.get("properties")))) {
                disagreements.add(name + ": schema properties " + keys(def.get("properties")) + ", model " + fields);
            }
            if (!required.equals(strings(def.get("required")))) {
                disagreements.add(name + ": schema required " + strings(def.get("required")) + ", model " + required);
            }
            if (!def.path("additionalProperties").isBoolean() || def.get("additionalProperties").asBoolean()) {
                disagreements.add(name + ": unknown fields must be refused (additionalProperties: false)");
            }
        });
        assertEquals(List.of(), disagreements);
    }

    @Test
    void stepTypesAndTheirDefinitions() {
        JsonNode step = schema.get("$defs").get("Step");
        assertEquals(new TreeSet<>(StepReader.typeNames()), strings(step.get("properties").get("type").get("enum")));
        for (JsonNode branch : step.get("allOf")) {
            String type = branch.get("if").get("properties").get("type").get("const").asText();
            String target = branch.get("then").get("$ref").asText().replace("#/$defs/", "");
            assertEquals(RecordFields.stepTypes().get(type).getSimpleName(), target, type);
            assertEquals(type, schema.get("$defs").get(target).get("properties").get("type").get("const").asText());
        }
    }

    @Test
    void layerTypesAndFieldsMatchTheNetworkReader() {
        JsonNode layer = schema.get("$defs").get("Layer");
        assertEquals(new TreeSet<>(NetworkReader.layerTypes()), strings(layer.get("properties").get("type").get("enum")));
        for (String type : NetworkReader.layerTypes()) {
            JsonNode def = schema.get("$defs").get(Character.toUpperCase(type.charAt(0)) + type.substring(1) + "Layer");
            assertEquals(new TreeSet<>(NetworkReader.layerFields(type)), keys(def.get("properties")), type);
            Set<String> required = new TreeSet<>(NetworkReader.requiredLayerFields(type));
            required.add("type");
            assertEquals(required, strings(def.get("required")), type);
        }
    }

    @Test
    void namedValuesMatchTheCode() {
        JsonNode defs = schema.get("$defs");
        assertEquals(new TreeSet<>(TensorGenerators.names()),
                strings(defs.get("GeneratedTensor").get("properties").get("generate").get("enum")));
        assertEquals(new TreeSet<>(KernelPresets.names()),
                strings(defs.get("PresetTensor").get("properties").get("preset").get("enum")));
        assertEquals(new TreeSet<>(ImageModes.NAMES), strings(defs.get("ImageTensor").get("properties").get("mode").get("enum")));
        assertEquals(new TreeSet<>(TrainingStep.DATASETS),
                strings(defs.get("TrainingStep").get("properties").get("dataset").get("enum")));
        assertEquals(new TreeSet<>(Arrays.stream(Control.values()).map(Control::word).toList()),
                strings(defs.get("ConvolutionStep").get("properties").get("controls").get("items").get("enum")));
        assertEquals(new TreeSet<>(Arrays.stream(PoolChoice.values()).map(PoolChoice::word).toList()),
                strings(defs.get("PoolingStep").get("properties").get("kind").get("enum")));
    }
}
