package cnnlab.ui.stage;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Lesson text laid out for reading: paragraphs separated by blank lines, lines starting with
 * {@code - } as bullets, {@code **bold**} and {@code `code`} spans. Follows its text property.
 */
public final class FormattedText extends VBox {

    /** @param text the text to show, e.g. a step's text in the current language */
    public FormattedText(ObservableValue<String> text) {
        getStyleClass().add("formatted-text");
        setSpacing(8);
        text.addListener((obs, old, now) -> show(now));
        show(text.getValue());
    }

    private void show(String text) {
        List<Node> blocks = new ArrayList<>();
        if (text != null) {
            for (String paragraph : text.strip().split("\\n\\s*\\n")) {
                for (String block : bullets(paragraph)) {
                    blocks.add(flow(block));
                }
            }
        }
        getChildren().setAll(blocks);
    }

    /** A paragraph, or one block per bullet line when it is a list. */
    private static List<String> bullets(String paragraph) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : paragraph.split("\\n")) {
            String stripped = line.strip();
            if (stripped.startsWith("- ")) {
                if (current.length() > 0) {
                    blocks.add(current.toString());
                }
                current = new StringBuilder("•  ").append(stripped.substring(2));
            } else {
                current.append(current.length() > 0 ? " " : "").append(stripped);
            }
        }
        if (current.length() > 0) {
            blocks.add(current.toString());
        }
        return blocks;
    }

    private static TextFlow flow(String block) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("paragraph");
        int i = 0;
        while (i < block.length()) {
            int bold = block.indexOf("**", i);
            int code = block.indexOf('`', i);
            int next = nearest(bold, code);
            if (next < 0) {
                flow.getChildren().add(span(block.substring(i), "plain"));
                break;
            }
            if (next > i) {
                flow.getChildren().add(span(block.substring(i, next), "plain"));
            }
            boolean isBold = next == bold;
            String marker = isBold ? "**" : "`";
            int end = block.indexOf(marker, next + marker.length());
            if (end < 0) {
                flow.getChildren().add(span(block.substring(next), "plain"));
                break;
            }
            flow.getChildren().add(span(block.substring(next + marker.length(), end), isBold ? "bold" : "code"));
            i = end + marker.length();
        }
        return flow;
    }

    private static int nearest(int a, int b) {
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }

    private static Text span(String text, String style) {
        Text span = new Text(text);
        span.getStyleClass().addAll("span", style);
        return span;
    }
}
