package cnnlab.engine;

/** What a pooling window keeps of the cells under it. */
public enum PoolKind {
    /** The largest value under the window; padding cells never win. */
    MAX,
    /** The mean of the real cells under the window; padding cells are not counted. */
    AVG
}
