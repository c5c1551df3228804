package cnnlab.ui;

import cnnlab.ui.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Builds the small controls every bar uses: icon buttons with a tooltip in the current language. */
public final class Controls {
    private Controls() {
    }

    /**
     * A button showing {@code icon}, its tooltip (the key's text, which names the shortcut) bound to
     * the language, running {@code action} when pressed. It never takes the keyboard focus, so
     * the space bar and the arrows keep driving the player.
     */
    public static Button iconButton(String id, Icons icon, Messages messages, String tipKey, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.setGraphic(icon.create());
        button.getStyleClass().add("icon-button");
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        tooltip(button, messages, tipKey);
        return button;
    }

    /** Gives {@code control} a tooltip with the key's text in the current language. */
    public static void tooltip(Control control, Messages messages, String tipKey) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(messages.text(tipKey));
        tip.setShowDelay(Duration.millis(400));
        control.setTooltip(tip);
    }
}
