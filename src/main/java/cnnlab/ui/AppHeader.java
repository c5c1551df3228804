package cnnlab.ui;

import cnnlab.ui.i18n.Language;
import cnnlab.ui.player.PlayerViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The strip across the top: the app's name, its tagline, the switch between lessons and
 * playground, and the language switch (English / 中文).
 */
final class AppHeader extends HBox {

    AppHeader(PlayerViewModel model, BooleanProperty playgroundShown) {
        getStyleClass().add("app-header");
        setAlignment(Pos.CENTER_LEFT);
        Label name = new Label();
        name.setId("app-name");
        name.getStyleClass().add("app-name");
        name.textProperty().bind(model.messages().text("app.title"));
        Label tagline = new Label();
        tagline.setId("app-tagline");
        tagline.getStyleClass().add("app-tagline");
        tagline.textProperty().bind(model.messages().text("app.tagline"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label icon = new Label();
        icon.setGraphic(Icons.LANGUAGE.create());
        icon.getStyleClass().add("language-icon");
        HBox languages = new HBox();
        languages.getStyleClass().add("language-switch");
        ToggleGroup group = new ToggleGroup();
        for (Language language : Language.values()) {
            ToggleButton button = new ToggleButton(language.nativeName());
            button.setId("language-" + language.code());
            button.setToggleGroup(group);
            button.setUserData(language);
            button.setFocusTraversable(false);
            button.setSelected(model.messages().language() == language);
            Controls.tooltip(button, model.messages(), "language.tip");
            languages.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // one language is always chosen
            } else {
                model.setLanguage((Language) now.getUserData());
            }
        });
        model.messages().languageProperty().addListener((obs, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(group::selectToggle));
        Button builder = new Button();
        builder.setId("open-builder");
        builder.setGraphic(Icons.NETWORK.create());
        builder.textProperty().bind(model.messages().text("builder.open"));
        Controls.tooltip(builder, model.messages(), "builder.open.tip");
        builder.setFocusTraversable(false);
        builder.setOnAction(e -> BuilderWindow.show(getScene().getWindow(), model.messages()));
        getChildren().addAll(name, tagline, gap, modes(model, playgroundShown), builder, icon, languages);
    }

    /** Lessons | Playground, one always chosen, bound to {@code playgroundShown}. */
    private static HBox modes(PlayerViewModel model, BooleanProperty playgroundShown) {
        ToggleButton lessons = new ToggleButton();
        lessons.setId("mode-lessons");
        lessons.setGraphic(Icons.LESSONS.create());
        lessons.textProperty().bind(model.messages().text("mode.lessons"));
        ToggleButton playground = new ToggleButton();
        playground.setId("mode-playground");
        playground.setGraphic(Icons.PLAYGROUND.create());
        playground.textProperty().bind(model.messages().text("mode.playground"));
        ToggleGroup group = new ToggleGroup();
        for (ToggleButton button : new ToggleButton[] {lessons, playground}) {
            button.setToggleGroup(group);
            button.setFocusTraversable(false);
            Controls.tooltip(button, model.messages(), "mode.tip");
        }
        group.selectToggle(playgroundShown.get() ? playground : lessons);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            } else {
                playgroundShown.set(now == playground);
            }
        });
        playgroundShown.addListener((obs, old, now) -> group.selectToggle(now ? playground : lessons));
        HBox modes = new HBox(lessons, playground);
        modes.getStyleClass().addAll("mode-switch", "language-switch");
        return modes;
    }
}
