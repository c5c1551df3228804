package cnnlab.ui.network;

import cnnlab.ui.i18n.Messages;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The model summary as a read-only table: name, type, output shape, parameters, receptive field, jump; the total below. */
public final class NetworkTableView extends VBox {

    public NetworkTableView(NetworkViewModel model, Messages messages) {
        getStyleClass().addAll("stage", "network-stage");
        setSpacing(8);
        Label input = new Label();
        input.textProperty().bind(model.inputProperty());
        TableView<NetworkViewModel.Row> table = new TableView<>(model.rows());
        table.setId("network-table");
        table.setEditable(false);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages, "network.column.name", NetworkViewModel.Row::name));
        table.getColumns().add(column(messages, "network.column.type", NetworkViewModel.Row::type));
        table.getColumns().add(column(messages, "network.column.shape", NetworkViewModel.Row::shape));
        table.getColumns().add(column(messages, "network.column.params", NetworkViewModel.Row::params));
        table.getColumns().add(column(messages, "network.column.field", NetworkViewModel.Row::field));
        table.getColumns().add(column(messages, "network.column.jump", NetworkViewModel.Row::jump));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label total = new Label();
        total.setId("network-total");
        total.getStyleClass().add("sum-line");
        total.textProperty().bind(model.totalProperty());
        getChildren().addAll(input, table, total);
    }

    /** A sortless, fixed column titled by message {@code key}, showing {@code value} of each row. */
    static <T> TableColumn<T, String> column(Messages messages, String key, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>();
        column.textProperty().bind(messages.text(key));
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
