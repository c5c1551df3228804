package cnnlab.ui.stage;

import cnnlab.ui.grid.TensorGridView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/**
 * A see-through layer over a stage on which results travel: for each {@link Carry} a label
 * moves along the straight line from the rectangle it leaves to the cell it lands in.
 */
public final class CarryLayer extends Pane {
    private final Map<String, TensorGridView> grids = new HashMap<>();
    private final List<ObservableValue<Carry>> carries;
    private final Label[] labels;

    /** @param carries the travelling results to draw, each null while nothing travels */
    public CarryLayer(List<ObservableValue<Carry>> carries) {
        this.carries = List.copyOf(carries);
        getStyleClass().add("carry-layer");
        setMouseTransparent(true);
        setPickOnBounds(false);
        labels = new Label[carries.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = new Label();
            labels[i].getStyleClass().add("carry-label");
            labels[i].setManaged(false);
            labels[i].setVisible(false);
            getChildren().add(labels[i]);
            carries.get(i).addListener(obs -> requestLayout());
        }
    }

    /** Makes {@code grid} findable under {@code key}, the name carries use for it. */
    public void register(String key, TensorGridView grid) {
        grids.put(key, grid);
    }

    @Override
    protected void layoutChildren() {
        for (int i = 0; i < labels.length; i++) {
            place(labels[i], carries.get(i).getValue());
        }
    }

    private void place(Label label, Carry carry) {
        TensorGridView from = carry == null ? null : grids.get(carry.fromGrid());
        TensorGridView to = carry == null ? null : grids.get(carry.toGrid());
        if (from == null || to == null || from.getScene() == null) {
            label.setVisible(false);
            return;
        }
        Point2D start = sceneToLocal(from.localToScene(
                from.centerOf(carry.fromTop(), carry.fromLeft(), carry.fromHeight(), carry.fromWidth())));
        Point2D end = sceneToLocal(to.localToScene(to.centerOf(carry.toY(), carry.toX(), 1, 1)));
        label.setText(carry.text());
        label.autosize();
        double x = Motion.between(start.getX(), end.getX(), carry.progress());
        double y = Motion.between(start.getY(), end.getY(), carry.progress());
        label.relocate(x - label.getWidth() / 2, y - label.getHeight() / 2);
        label.setVisible(true);
    }
}
