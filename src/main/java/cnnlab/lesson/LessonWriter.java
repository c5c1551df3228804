package cnnlab.lesson;

import cnnlab.engine.Network;
import cnnlab.engine.PaddingRule;
import cnnlab.imaging.AtomicFiles;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes lessons and single steps as lesson JSON (for example a playground experiment saved as
 * a step). What it writes, {@link LessonLoader} reads back into an equal model. Whole numbers
 * are written without {@code .0}.
 */
public final class LessonWriter {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("cnn-lab-lessons")
                    .addSerializer(PaddingRule.class, new PaddingSerializer())
                    .addSerializer(Network.class, new NetworkSerializer())
                    .addSerializer(Double.class, new NumberSerializer()))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private LessonWriter() {
    }

    /** The lesson as pretty-printed JSON. */
    public static String toJson(Lesson lesson) {
        return write(lesson);
    }

    /** One step as pretty-printed JSON, ready to paste into a lesson's {@code steps}. */
    public static String toJson(Step step) {
        return write(step);
    }

    /**
     * Writes the lesson to {@code file} through a temporary file in the same folder, so a failed
     * write never leaves half a file.
     */
    public static void write(Lesson lesson, Path file) throws IOException {
        AtomicFiles.writeString(file, toJson(lesson) + "\n");
    }

    private static String write(Object value) {
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withArrayValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            printer.indentArraysWith(DefaultPrettyPrinter.NopIndenter.instance);
            return MAPPER.writer(printer).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class PaddingSerializer extends JsonSerializer<PaddingRule> {
        @Override
        public void serialize(PaddingRule padding, JsonGenerator out, SerializerProvider provider) throws IOException {
            if (padding.same()) {
                out.writeString("same");
            } else {
                out.writeNumber(padding.amount());
            }
        }
    }

    private static final class NetworkSerializer extends JsonSerializer<Network> {
        @Override
        public void serialize(Network network, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeTree(NetworkWriter.toTree(network));
        }
    }

    private static final class NumberSerializer extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                out.writeNumber(value.longValue());
            } else {
                out.writeNumber(value);
            }
        }
    }
}
