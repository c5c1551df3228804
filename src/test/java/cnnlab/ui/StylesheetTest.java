package cnnlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** The app's stylesheet parses without a single error, so no rule after a typo is silently dropped. */
class StylesheetTest {

    @Test
    void theStylesheetParsesWithoutErrors() throws IOException {
        URL css = CnnLabApp.class.getResource("cnn-lab.css");
        assertNotNull(css, "cnn-lab.css is on the class path beside CnnLabApp");
        CssParser.errorsProperty().clear();

        Stylesheet sheet = new CssParser().parse(css);

        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertEquals(List.of(), errors);
        assertTrue(sheet.getRules().size() > 50, "the rules were read: " + sheet.getRules().size());
    }
}
