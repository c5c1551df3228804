package cnnlab.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The strip across the top of the window with the application's name. */
final class AppHeader extends HBox {

    AppHeader() {
        getStyleClass().add("app-header");
        Label name = new Label(CnnLabApp.TITLE);
        name.setId("app-name");
        name.getStyleClass().add("app-name");
        Label tagline = new Label("See how a convolutional network computes, step by step.");
        tagline.getStyleClass().add("app-tagline");
        getChildren().addAll(name, tagline);
    }
}
