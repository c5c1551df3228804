package cnnlab.ui.training;

/** Where a training run shown in the app stands; the buttons follow it. */
public enum TrainingState {
    /** Not started yet: seed and learning rate may change. */
    READY,
    /** Training on the background thread. */
    RUNNING,
    /** Waiting between two updates until resumed or stopped. */
    PAUSED,
    /** Every planned update was made. */
    FINISHED,
    /** Stopped by the student before the end. */
    STOPPED;

    /** True while a run is under way (running or paused): the controls that start a new run are locked. */
    public boolean active() {
        return this == RUNNING || this == PAUSED;
    }
}
