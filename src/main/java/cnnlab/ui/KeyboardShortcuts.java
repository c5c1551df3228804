package cnnlab.ui;

import cnnlab.ui.player.PlayerViewModel;
import cnnlab.ui.player.TransportViewModel;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The player's keys: ←/→ previous and next step, space play/pause, {@code ,} and {@code .} one
 * cell back and forward, Home and End to the start and end of the animation. They work wherever
 * the focus is, except while typing in a text field or while the playground is shown; space
 * presses a focused switch or button (a step's flip or ReLU control) instead of playing.
 */
final class KeyboardShortcuts {
    private KeyboardShortcuts() {
    }

    static void install(Scene scene, PlayerViewModel model, BooleanExpression playgroundShown) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (scene.getFocusOwner() instanceof TextInputControl || event.isShortcutDown() || event.isAltDown()
                    || playgroundShown.get()
                    || event.getCode() == KeyCode.SPACE && scene.getFocusOwner() instanceof ButtonBase) {
                return;
            }
            TransportViewModel transport = model.transport();
            boolean handled = true;
            switch (event.getCode()) {
                case LEFT -> model.previousStep();
                case RIGHT -> model.nextStep();
                case SPACE -> transport.togglePlaying();
                case COMMA -> transport.previousCell();
                case PERIOD -> transport.nextCell();
                case HOME -> transport.home();
                case END -> transport.end();
                default -> handled = false;
            }
            if (handled) {
                event.consume();
            }
        });
    }
}
