package cnnlab.ui;

import cnnlab.ui.i18n.Messages;
import cnnlab.ui.network.NetworkBuilderView;
import cnnlab.ui.network.NetworkBuilderViewModel;
import cnnlab.ui.network.NetworkPresets;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The network builder in a window of its own, opened from the header; one at a time. */
final class BuilderWindow {
    private static Stage open;

    private BuilderWindow() {
    }

    /** Shows the builder window beside {@code owner}, or brings the open one to the front. */
    static void show(Window owner, Messages messages) {
        if (open != null) {
            open.toFront();
            return;
        }
        NetworkBuilderViewModel model = NetworkPresets.standalone(messages);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.titleProperty().bind(messages.text("builder.window.title"));
        Scene scene = new Scene(new NetworkBuilderView(model, messages), 980, 640);
        CnnLabApp.addStylesheet(scene);
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            model.dispose();
            open = null;
        });
        open = stage;
        stage.show();
    }
}
