package cnnlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class IconsTest {

    @Test
    void everyIconRendersFromTheMaterialDesignFont(FxRobot robot) {
        List<FontIcon> nodes = Arrays.stream(Icons.values()).map(icon -> icon.create(24)).toList();
        // Ikonli sets the icon font through CSS, so the icons must be styled in a scene first.
        robot.interact(() -> new Scene(new HBox(nodes.toArray(Node[]::new))).getRoot().applyCss());

        for (Icons icon : Icons.values()) {
            FontIcon node = nodes.get(icon.ordinal());

            assertEquals(icon.ikon(), node.getIconCode(), icon.name());
            assertEquals(24, node.getIconSize(), icon.name());
            assertFalse(node.getText().isEmpty(), icon + " has no glyph");
            // A font that failed to load falls back to the system font.
            assertEquals("Material Design Icons", node.getFont().getFamily(), icon.name());
        }
    }

    @Test
    void everyIconIsADifferentGlyph() {
        assertEquals(Icons.values().length,
                Arrays.stream(Icons.values()).map(Icons::ikon).collect(Collectors.toSet()).size());
    }

    @Test
    void eachCallGivesAFreshNode() {
        assertFalse(Icons.PLAY.create() == Icons.PLAY.create());
        assertEquals(Icons.DEFAULT_SIZE, Icons.PLAY.create().getIconSize());
    }
}
