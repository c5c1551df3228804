package cnnlab.ui.playground;

/** Pooling after the convolution (and ReLU): none, max or average. */
public enum Pooling {
    NONE, MAX, AVG
}
