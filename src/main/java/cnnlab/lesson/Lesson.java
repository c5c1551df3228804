package cnnlab.lesson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One lesson file: {@code NN-slug.json} in {@code lessons/}, with {@code order = NN} and
 * {@code id = slug}.
 *
 * @param schema  {@code "lesson.schema.json"} so editors complete and check the file; optional
 * @param id      a short lower-case name, e.g. {@code diagonal-detector}
 * @param order   the lesson's place in the course, from 1
 * @param title   the lesson title
 * @param summary one sentence for the lesson list; optional
 * @param steps   what the student steps through, at least one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"$schema", "id", "order", "title", "summary", "steps"})
public record Lesson(@JsonProperty("$schema") String schema,
                     @JsonProperty(required = true) String id,
                     @JsonProperty(required = true) int order,
                     @JsonProperty(required = true) Text title,
                     Text summary,
                     @JsonProperty(required = true) List<Step> steps) {

    public Lesson {
        steps = List.copyOf(steps);
    }
}
