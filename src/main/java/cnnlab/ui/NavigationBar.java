package cnnlab.ui;

import cnnlab.ui.player.PlayerViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Previous step, "Step n of m", next step. */
final class NavigationBar extends HBox {

    NavigationBar(PlayerViewModel model) {
        getStyleClass().add("navigation-bar");
        setId("navigation-bar");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        Button previous = Controls.iconButton("previous-step", Icons.PREVIOUS, model.messages(), "nav.previous.tip",
                model::previousStep);
        previous.textProperty().bind(model.messages().text("nav.previous"));
        previous.disableProperty().bind(model.canGoBackProperty().not());
        Button next = Controls.iconButton("next-step", Icons.NEXT, model.messages(), "nav.next.tip", model::nextStep);
        next.textProperty().bind(model.messages().text("nav.next"));
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.disableProperty().bind(model.canGoForwardProperty().not());
        next.getStyleClass().add("next-button");
        Label counter = new Label();
        counter.setId("step-counter");
        counter.getStyleClass().add("step-counter");
        counter.textProperty().bind(model.stepCounterProperty());
        Region left = new Region();
        Region right = new Region();
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(previous, left, counter, right, next);
        visibleProperty().bind(model.stepCountProperty().greaterThan(0));
        managedProperty().bind(visibleProperty());
    }
}
