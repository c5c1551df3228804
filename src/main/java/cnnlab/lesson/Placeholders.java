package cnnlab.lesson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of computed values inside a step's texts, e.g. {@code "The largest value is {output.max}."}
 * or, for one layer of a network, {@code "{layers[2].params}"}.
 * The player fills them from {@link StepValues}; the validator refuses names the step does not
 * compute, so a text never shows a number typed by hand that the engine might contradict.
 */
public final class Placeholders {
    /** Dot-separated words, each optionally indexed: {@code output.max}, {@code layers[2].params}. */
    private static final String WORD = "[A-Za-z][A-Za-z0-9]*(?:\\[\\d+])?";
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(" + WORD + "(?:\\." + WORD + ")*)}");

    private Placeholders() {
    }

    /** The placeholder names in {@code text}, in order, e.g. {@code [output.max]}. */
    public static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * The names for a message, indexed ones folded into one entry per kind:
     * {@code {params.total}, {layers[i].params} (i = 0 to 9)}.
     */
    static String summarize(Collection<String> names) {
        Map<String, int[]> indexed = new LinkedHashMap<>();
        List<String> entries = new ArrayList<>();
        for (String name : names) {
            Matcher m = INDEX.matcher(name);
            if (!m.find()) {
                entries.add("{" + name + "}");
                continue;
            }
            String folded = name.substring(0, m.start()) + "[i]" + name.substring(m.end());
            int index = Integer.parseInt(m.group(1));
            int[] range = indexed.computeIfAbsent(folded, k -> {
                entries.add(k);
                return new int[] {index, index};
            });
            range[0] = Math.min(range[0], index);
            range[1] = Math.max(range[1], index);
        }
        return entries.stream().map(e -> indexed.containsKey(e) ? "{" + e + "} (i = " + indexed.get(e)[0]
                + (indexed.get(e)[0] == indexed.get(e)[1] ? "" : " to " + indexed.get(e)[1]) + ")" : e)
                .collect(Collectors.joining(", "));
    }

    /** {@code text} with every known placeholder replaced by its value; unknown ones stay as written. */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
