package cnnlab.engine.training;

import java.util.List;

/** Updates parameters from their gradients; keeps its own state (velocities, moments) per parameter. */
public interface Optimiser {

    /**
     * One update of every parameter from its current {@link Parameter#gradients()}.
     * Modified: {@link Parameter#values()} and the optimiser's state. Not modified: the gradients.
     */
    void step(List<Parameter> parameters);
}
