package cnnlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The examples in lessons/README.md are valid, so authors can copy them. */
class LessonReadmeTest {
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyWholeExampleValidates() throws IOException {
        Path folder = LessonCatalog.bundledFolder();
        String readme = Files.readString(folder.resolve("README.md"));
        Path pretendFile = folder.resolve("99-readme-example.json");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        Matcher m = JSON_BLOCK.matcher(readme);
        while (m.find()) {
            String block = m.group(1).strip();
            if (!block.startsWith("{")) {
                continue; // a fragment such as "text": {...}
            }
            checked++;
            List<Problem> errors;
            if (block.contains("\"steps\"")) {
                errors = LessonLoader.parse(block, "README lesson", null).errors();
            } else if (block.startsWith("{\"input\"")) {
                try {
                    NetworkReader.read(block, "README network");
                    errors = List.of();
                } catch (ProblemsException e) {
                    errors = e.problems();
                }
            } else {
                String step = block.startsWith("{\"image\"") ? "{\"type\": \"playground\", \"text\": {\"en\": \"x\","
                        + " \"zh\": \"例\"}, \"input\": " + block + ", \"kernels\": [{\"preset\": \"identity\"}]}" : block;
                String lesson = "{\"id\": \"readme-example\", \"order\": 99, \"title\": {\"en\": \"x\", \"zh\": \"例\"},"
                        + " \"steps\": [" + step + "]}";
                errors = LessonLoader.parse(lesson, "README step", pretendFile).errors();
            }
            if (!errors.isEmpty()) {
                failures.add(block.lines().findFirst().orElse("") + " → " + errors);
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(checked >= 12, "found only " + checked + " examples");
    }
}
