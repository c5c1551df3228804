package cnnlab.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON field names of the model records, read from the records themselves so the reader,
 * the writer and the schema test share one list: a component's name, or its
 * {@code @JsonProperty} name; required when {@code @JsonProperty(required = true)}.
 */
final class RecordFields {
    private RecordFields() {
    }

    /** Every JSON field of {@code type} in component order; for a step, {@code "type"} first. */
    static List<String> names(Class<? extends Record> type) {
        List<String> names = new ArrayList<>();
        if (Step.class.isAssignableFrom(type)) {
            names.add("type");
        }
        for (RecordComponent component : type.getRecordComponents()) {
            names.add(jsonName(component));
        }
        return names;
    }

    /** The fields that must be present; for a step, {@code "type"} first. */
    static List<String> required(Class<? extends Record> type) {
        List<String> names = new ArrayList<>();
        if (Step.class.isAssignableFrom(type)) {
            names.add("type");
        }
        for (RecordComponent component : type.getRecordComponents()) {
            JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
            if (property != null && property.required()) {
                names.add(jsonName(component));
            }
        }
        return names;
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    /** The step types by their {@code "type"} word, in the order of {@link Step}'s annotation. */
    @SuppressWarnings("unchecked")
    static Map<String, Class<? extends Record>> stepTypes() {
        Map<String, Class<? extends Record>> types = new LinkedHashMap<>();
        for (JsonSubTypes.Type type : Step.class.getAnnotation(JsonSubTypes.class).value()) {
            types.put(type.name(), (Class<? extends Record>) type.value());
        }
        return types;
    }
}
